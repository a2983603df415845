import type { Article } from "../article/article.js";
import type { SourceFacts } from "../parse/read-facts.js";
import type { WholeArticle } from "../parse/read-whole-article.js";
import type { ArticleBlocks } from "./learn-boilerplate.js";
import { readBlockFingerprints } from "./read-block-fingerprints.js";

/** The evidence stage for one article: its source host and block fingerprints (nothing for a file that fails). */
export type ReadBlocks = (article: SourceFacts) => ArticleBlocks;

/** Fingerprints the blocks of an article read whole; a file that cannot be read or parsed teaches nothing. */
export function readArticleBlocks(whole: WholeArticle): ArticleBlocks {
	const parsed = whole.parse().article;
	if (parsed === undefined) return { host: "", fingerprints: [] };
	return { host: readArticleHost(parsed), fingerprints: readBlockFingerprints(parsed.format, parsed.body) };
}

/** The host an article's boilerplate comes from: its source's (the original of a republished story), else its link's. */
export function readArticleHost(article: Pick<Article, "source" | "link">): string {
	try {
		return new URL(article.source ?? article.link).hostname.replace(/^www\./, "");
	} catch {
		return "";
	}
}
