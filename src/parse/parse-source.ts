import type { ArticleFacts } from "../article/article.js";
import { parseArticle } from "../article/parse-article.js";
import { type CachedFacts, type CachedSource, hashContent, type ParsedFacts } from "../cache/build-cache.js";
import type { SiteConfig } from "../config/resolve-config.js";
import type { SourceEntry } from "../load/list-sources.js";
import { readSource, readSourceHead } from "../load/read-source.js";
import { scanArticleFacts } from "../scan/scan-article-facts.js";

/** How sources are parsed in this build. */
export interface ParseMode {
	/** A cache is kept: every file is hashed, so a touched but unchanged file is recognised next time. */
	readonly isCaching: boolean;
	/** Unpublished articles may be scanned for their selection facts instead of fully parsed (no cache, not strict). */
	readonly isScanAllowed: boolean;
}

/**
 * The selection facts and diagnostics of one source. Reuses what the last build learned when its size and mtime are
 * unchanged (nothing is read) or its content hash is (a touched file is not parsed again). Where scanning is allowed,
 * one read of the head of the file is enough when the scan is sure of it; the full parser reads the rest.
 */
export function parseSource(
	entry: SourceEntry,
	cached: CachedSource | undefined,
	config: SiteConfig,
	mode: ParseMode,
): CachedSource {
	if (cached !== undefined && cached.size === entry.size && cached.mtimeMs === entry.mtimeMs) return cached;
	if (mode.isScanAllowed) {
		const head = readSourceHead(entry);
		const facts = head === undefined ? undefined : scanArticleFacts(head, config);
		if (facts !== undefined)
			return { ...statsOf(entry), hash: "", parsed: { diagnostics: [], article: toFacts(facts) } };
	}
	const read = readSource(entry, config.maxFileSize);
	if ("diagnostic" in read) return { ...statsOf(entry), hash: "", parsed: { diagnostics: [read.diagnostic] } };
	// Without a cache nothing is compared later, so hashing every file would be wasted work.
	const hash = mode.isCaching ? hashContent(read.bytes) : "";
	if (cached !== undefined && cached.hash === hash) return { ...cached, ...statsOf(entry) };
	const { article, diagnostics } = parseArticle(read.source, config);
	const parsed: ParsedFacts = { diagnostics, ...(article !== undefined && { article: toFacts(article) }) };
	return { ...statsOf(entry), hash, parsed };
}

function statsOf(entry: SourceEntry): { size: number; mtimeMs: number } {
	return { size: entry.size, mtimeMs: entry.mtimeMs };
}

function toFacts(article: ArticleFacts): CachedFacts {
	return { id: article.id, link: article.link, published: article.published.getTime(), draft: article.draft };
}
