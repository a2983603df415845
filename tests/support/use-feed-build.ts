import { afterAll } from "vitest";
import { buildFeeds, CORPUS_DIR, type FeedBuild } from "./build-feeds.js";
import { useBeforeAll } from "./use-before-all.js";

/**
 * The end-to-end builds: the sample articles (a clean build), hostile hand-written articles (tests/fixtures/readers)
 * and the real corpus (where a few articles are rightly rejected).
 */
export const BUILDS = [
	{ name: "sample", articles: "articles", exitCodes: [0] },
	{ name: "hostile", articles: "tests/fixtures/readers", exitCodes: [0] },
	{ name: "corpus", articles: CORPUS_DIR, exitCodes: [0, 1] },
] as const;

/** Builds `articles` with the CLI once before the enclosing suite and removes the output after it. */
export function useFeedBuild(articles: string): () => FeedBuild {
	const build = useBeforeAll(() => buildFeeds(articles), 180_000);
	afterAll(async () => {
		let current: FeedBuild;
		try {
			current = build();
		} catch {
			return; // a failed build has removed its own folder
		}
		await current.cleanup();
	});
	return build;
}
