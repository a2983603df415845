import { afterAll } from "vitest";
import { buildFeeds, type FeedBuild } from "./build-feeds.js";
import { useBeforeAll } from "./use-before-all.js";

/** One end-to-end build: a folder of articles built by the CLI with the repository's config, and its exit codes. */
export interface EndToEndBuild {
	readonly name: string;
	readonly articles: string;
	readonly exitCodes: readonly number[];
}

/**
 * The end-to-end builds of `npm test`: a frozen copy of the sample articles (a clean build) and hostile hand-written
 * articles (tests/fixtures/readers).
 */
export const BUILDS: readonly EndToEndBuild[] = [
	{ name: "sample", articles: "tests/fixtures/site/articles", exitCodes: [0] },
	{ name: "hostile", articles: "tests/fixtures/readers", exitCodes: [0] },
];

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
