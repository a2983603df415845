import type { ArticleFacts } from "../article/article.js";
import { parseArticle } from "../article/parse-article.js";
import type { SiteConfig } from "../config/resolve-config.js";
import type { Diagnostic } from "../diagnostic.js";
import { articleFailure } from "../guard/article-failure.js";
import type { SourceEntry } from "../load/list-sources.js";
import { type LoadedSource, readSource, readSourceHead } from "../load/read-source.js";
import { scanArticleFacts } from "../scan/scan-article-facts.js";

/** Selection facts of one article, with what the render stage needs to find and check it again. */
export interface SourceFacts extends ArticleFacts {
	readonly entry: SourceEntry;
	/** False when the facts came from the quick scan: the render stage validates the article (and reports it). */
	readonly isValidated: boolean;
}

/** What reading one source gave: its facts (absent when it cannot be an article) and the problems found. */
export interface FactsResult {
	readonly article?: SourceFacts;
	readonly diagnostics: readonly Diagnostic[];
}

/** The parse stage for one source. */
export type ReadFacts = (entry: SourceEntry) => FactsResult;

/** A parse stage whose bug, met by one file, rejects that file alone (see guard/article-failure.ts). */
export function containFailures(read: (entry: SourceEntry, config: SiteConfig) => FactsResult) {
	return (entry: SourceEntry, config: SiteConfig): FactsResult => {
		try {
			return read(entry, config);
		} catch (error) {
			return { diagnostics: [articleFailure(entry.file, "reading", error)] };
		}
	};
}

/** Reads the whole file and validates its front matter into an article, keeping what selection needs. */
export function parseFacts(entry: SourceEntry, config: SiteConfig, loaded?: LoadedSource): FactsResult {
	const read = loaded ?? readSource(entry, config.maxFileSize);
	if ("diagnostic" in read) return { diagnostics: [read.diagnostic] };
	const { article, diagnostics } = parseArticle(read.source, config);
	return { diagnostics, ...(article !== undefined && { article: toSourceFacts(article, entry, true) }) };
}

/**
 * Reads the selection facts from one read of the head of the file when the quick scan is sure of them (front matter
 * longer than the head: from the whole file); otherwise parses the whole file. An article found by the scan is
 * validated only if it is rendered.
 */
export function scanFacts(entry: SourceEntry, config: SiteConfig): FactsResult {
	const head = readSourceHead(entry);
	const loaded = head === undefined ? readSource(entry, config.maxFileSize) : undefined;
	const text = head ?? (loaded !== undefined && "source" in loaded ? loaded.source : undefined);
	const facts = text === undefined ? undefined : scanArticleFacts(text, config);
	if (facts === undefined) return parseFacts(entry, config, loaded);
	return { diagnostics: NONE, article: toSourceFacts(facts, entry, false) };
}

// One empty list for every scanned article (200k of them keep their result until the report is made).
const NONE: readonly Diagnostic[] = [];

function toSourceFacts(facts: ArticleFacts, entry: SourceEntry, isValidated: boolean): SourceFacts {
	return {
		file: facts.file,
		relPath: facts.relPath,
		id: facts.id,
		link: facts.link,
		published: facts.published,
		draft: facts.draft,
		...(facts.availableFrom !== undefined && { availableFrom: facts.availableFrom }),
		...(facts.expires !== undefined && { expires: facts.expires }),
		entry,
		isValidated,
	};
}
