import type { Article } from "../article/article.js";
import { readSourceUrl } from "../article/read-source-url.js";
import type { SiteConfig } from "../config/resolve-config.js";
import type { SourceFacts } from "../parse/read-facts.js";
import type { WholeArticle } from "../parse/read-whole-article.js";
import { scanEvidenceFacts } from "../scan/scan-evidence-facts.js";
import type { ArticleBlocks } from "./learn-boilerplate.js";
import { readBlockFingerprints } from "./read-block-fingerprints.js";

/** The evidence stage for one article: its source host and block fingerprints (nothing for a file that fails). */
export type ReadBlocks = (article: SourceFacts) => ArticleBlocks;

/**
 * Fingerprints the blocks of an article read whole; a file that cannot be read or parsed teaches nothing, nor does one
 * that meets a bug here (the render stage, which reads it again, reports a bug it meets there: see
 * guard/article-failure.ts). Front matter the scanner can vouch for is not parsed (issue #16: most of the window is not
 * rendered); the rest is, as the render stage will.
 */
export function readArticleBlocks(whole: WholeArticle, config: SiteConfig): ArticleBlocks {
	try {
		return fingerprintArticle(whole, config);
	} catch {
		return NOTHING_LEARNED;
	}
}

const NOTHING_LEARNED: ArticleBlocks = { host: "", fingerprints: [] };

function fingerprintArticle(whole: WholeArticle, config: SiteConfig): ArticleBlocks {
	const scanned = "source" in whole.loaded ? scanEvidenceFacts(whole.loaded.source, config) : undefined;
	if (scanned !== undefined) {
		const source = scanned.source === undefined ? undefined : readSourceUrl(scanned.source);
		return {
			host: readArticleHost({ source, link: scanned.link }),
			fingerprints: readBlockFingerprints(scanned.format, scanned.body),
		};
	}
	const parsed = whole.parse().article;
	if (parsed === undefined) return NOTHING_LEARNED;
	return { host: readArticleHost(parsed), fingerprints: readBlockFingerprints(parsed.format, parsed.body) };
}

/** The host an article's boilerplate comes from: its source's (the original of a republished story), else its link's. */
export function readArticleHost(article: {
	readonly source?: Article["source"] | undefined;
	readonly link: string;
}): string {
	try {
		return new URL(article.source ?? article.link).hostname.replace(/^www\./, "");
	} catch {
		return "";
	}
}
