import { createHash } from "node:crypto";
import type { BoilerplateEvidence } from "../clean/index.js";

/** What the evidence stage keeps of one article: where it comes from and the fingerprints of its blocks. */
export interface ArticleBlocks {
	/** Host of the article's source (the original of a republished story), else of its link. */
	readonly host: string;
	readonly fingerprints: readonly string[];
}

/** Per source host: how many articles the build has from it and which of their blocks recur. */
export interface LearnedBoilerplate {
	readonly hosts: ReadonlyMap<string, HostBoilerplate>;
}

interface HostBoilerplate {
	readonly articles: number;
	readonly recurring: ReadonlySet<string>;
	readonly everywhere: ReadonlySet<string>;
}

/** Evidence for one article, with the key its cached render is valid for. */
export interface ArticleEvidence {
	readonly evidence: BoilerplateEvidence;
	/** Changes exactly when the evidence touching this article's blocks changes (issue #12: cache invalidation). */
	readonly key: string;
}

// Issue #12 (b): a block whose normalised text recurs verbatim in many articles from the same source host. Three
// articles is "many" for a site's template (a story's own paragraph rarely recurs in three stories, and the rule
// only trusts evidence at the edges of a body or for labels and link lists); half of them is "everywhere".
const MIN_RECURRING_ARTICLES = 3;
// Boilerplate stands beside an article. A body of one or two blocks is all article (or all junk, which the curated
// wordings judge): what it shares with others teaches nothing ("The deepest words." as the text of nine test posts).
const MIN_TEACHING_BLOCKS = 3;
const EVERYWHERE_SHARE = 0.5;
const MIN_EVERYWHERE_ARTICLES = 5;
// The newest articles teach: boilerplate is the site's current template, and reading every body of a 10,000-article
// build would cost more than the build (issue #16). The window depends only on the build's inputs, so cold, cached
// and incremental builds learn the same.
const MIN_WINDOW = 100;
const WINDOW_PER_ITEM = 4;

/** The articles the evidence is learned from: the newest of the selected candidates. */
export function selectEvidenceWindow<T>(candidates: readonly T[], limit: number): readonly T[] {
	return candidates.slice(0, Math.max(MIN_WINDOW, WINDOW_PER_ITEM * limit));
}

/** Counts, per source host, in how many articles each block fingerprint occurs. Pure and order-independent. */
export function learnBoilerplate(articles: readonly ArticleBlocks[]): LearnedBoilerplate {
	const counts = new Map<string, { articles: number; blocks: Map<string, number> }>();
	for (const article of articles) {
		if (new Set(article.fingerprints).size < MIN_TEACHING_BLOCKS) continue;
		let host = counts.get(article.host);
		if (host === undefined) {
			host = { articles: 0, blocks: new Map() };
			counts.set(article.host, host);
		}
		host.articles++;
		for (const fingerprint of new Set(article.fingerprints))
			host.blocks.set(fingerprint, (host.blocks.get(fingerprint) ?? 0) + 1);
	}
	const hosts = new Map<string, HostBoilerplate>();
	for (const [name, host] of counts) {
		const everywhereAt = Math.max(MIN_EVERYWHERE_ARTICLES, Math.ceil(EVERYWHERE_SHARE * host.articles));
		const recurring = new Set<string>();
		const everywhere = new Set<string>();
		for (const [fingerprint, count] of host.blocks) {
			if (count >= MIN_RECURRING_ARTICLES) recurring.add(fingerprint);
			if (count >= everywhereAt) everywhere.add(fingerprint);
		}
		if (recurring.size > 0) hosts.set(name, { articles: host.articles, recurring, everywhere });
	}
	return { hosts };
}

/** The evidence about one article's own blocks, or undefined when none of them recurs. */
export function evidenceFor(learned: LearnedBoilerplate, article: ArticleBlocks): ArticleEvidence | undefined {
	const host = learned.hosts.get(article.host);
	if (host === undefined) return undefined;
	const recurring = article.fingerprints.filter((fingerprint) => host.recurring.has(fingerprint)).sort();
	if (recurring.length === 0) return undefined;
	const everywhere = recurring.filter((fingerprint) => host.everywhere.has(fingerprint));
	const key = createHash("sha1")
		.update(JSON.stringify([article.host, recurring, everywhere]))
		.digest("hex");
	return {
		evidence: {
			host: article.host,
			hostArticles: host.articles,
			recurring: new Set(recurring),
			everywhere: new Set(everywhere),
		},
		key,
	};
}

/**
 * The evidence stage: learns from the newest candidates (`readBlocks` of each) and answers, for any article, what the
 * other articles of its host say about its blocks.
 */
export function learnEvidence<T>(
	candidates: readonly T[],
	limit: number,
	readBlocks: (article: T) => ArticleBlocks,
): (article: T) => ArticleEvidence | undefined {
	const window = new Map(selectEvidenceWindow(candidates, limit).map((article) => [article, readBlocks(article)]));
	const learned = learnBoilerplate([...window.values()]);
	// Nothing recurs: no article outside the window needs reading for it.
	if (learned.hosts.size === 0) return () => undefined;
	return (article) => evidenceFor(learned, window.get(article) ?? readBlocks(article));
}
