import type { SiteConfig } from "../config/resolve-config.js";
import type { Diagnostic } from "../diagnostic.js";
import { parseFrontMatter } from "../front-matter/parse-front-matter.js";
import type { SourceFile } from "../load/read-source.js";
import type { Article } from "./article.js";
import { toArticle } from "./to-article.js";

/** A validated `Article` with the warnings about its front matter, or the diagnostics saying why it cannot be one. */
export interface ParsedArticle {
	readonly article?: Article;
	readonly diagnostics: readonly Diagnostic[];
}

/** Front matter → validated `Article`, or the diagnostics saying why the file cannot be one. Pure. */
export function parseArticle(source: SourceFile, config: SiteConfig): ParsedArticle {
	const frontMatter = parseFrontMatter(source, {
		isHugo: config.site?.generator === "hugo",
		isPlainFolder: config.site === undefined,
	});
	if ("severity" in frontMatter) return { diagnostics: [frontMatter] };
	return toArticle(source, frontMatter, config);
}
