import { type ParsedArticle, parseArticle } from "../article/parse-article.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { type LoadedSource, readSource } from "../load/read-source.js";
import type { SourceFacts } from "./read-facts.js";

/**
 * A selected article's file read whole, with its front matter validated on first ask: what the evidence stage and the
 * render stage both need, so that an article they both look at is read and parsed once (issue #16).
 */
export interface WholeArticle {
	readonly loaded: LoadedSource;
	/** `parseArticle` of the file (the read's diagnostic when it could not be read); computed once, on first call. */
	parse(): ParsedArticle;
}

/** Reads an article's file whole; its front matter is parsed only when asked (a cached render may not need it). */
export function readWholeArticle(article: Pick<SourceFacts, "entry">, config: SiteConfig): WholeArticle {
	const loaded = readSource(article.entry, config.maxFileSize);
	let parsed: ParsedArticle | undefined;
	return {
		loaded,
		parse() {
			parsed ??= "diagnostic" in loaded ? { diagnostics: [loaded.diagnostic] } : parseArticle(loaded.source, config);
			return parsed;
		},
	};
}
