import type { ArticleFacts } from "../article/article.js";
import type { parseArticle } from "../article/parse-article.js";
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

/** True when the cached parse of this file is still valid by its size and mtime alone (nothing is read). */
export function isUnchanged(entry: SourceEntry, cached: CachedSource | undefined): boolean {
	return cached !== undefined && cached.size === entry.size && cached.mtimeMs === entry.mtimeMs;
}

/**
 * The selection facts of an article that will be parsed in full only if it is published: from one read of the head
 * of the file, without the full parser. Undefined when scanning is not allowed in this build or the scan is unsure.
 */
export function scanSource(entry: SourceEntry, config: SiteConfig, mode: ParseMode): CachedSource | undefined {
	// Scanning is only for builds that hash nothing: with a cache, every file is parsed once and remembered.
	if (!mode.isScanAllowed || mode.isCaching) return undefined;
	const head = readSourceHead(entry);
	const facts = head === undefined ? undefined : scanArticleFacts(head, config);
	return facts === undefined
		? undefined
		: { ...statsOf(entry), hash: "", parsed: { diagnostics: [], article: toFacts(facts) } };
}

/**
 * The selection facts and diagnostics of one source, from the full parser. Reuses what the last build learned when
 * the content hash is unchanged (a touched file is not parsed again).
 */
export function parseSource(
	entry: SourceEntry,
	cached: CachedSource | undefined,
	config: SiteConfig,
	mode: ParseMode,
	parse: typeof parseArticle,
): CachedSource {
	const read = readSource(entry, config.maxFileSize);
	if ("diagnostic" in read) return { ...statsOf(entry), hash: "", parsed: { diagnostics: [read.diagnostic] } };
	// Without a cache nothing is compared later, so hashing every file would be wasted work.
	const hash = mode.isCaching ? hashContent(read.bytes) : "";
	if (cached !== undefined && cached.hash === hash) return { ...cached, ...statsOf(entry) };
	const { article, diagnostics } = parse(read.source, config);
	const parsed: ParsedFacts = { diagnostics, ...(article !== undefined && { article: toFacts(article) }) };
	return { ...statsOf(entry), hash, parsed };
}

function statsOf(entry: SourceEntry): { size: number; mtimeMs: number } {
	return { size: entry.size, mtimeMs: entry.mtimeMs };
}

function toFacts(article: ArticleFacts): CachedFacts {
	return { id: article.id, link: article.link, published: article.published.getTime(), draft: article.draft };
}
