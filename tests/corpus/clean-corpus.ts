import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Article } from "../../src/article/article.js";
import { parseArticle } from "../../src/article/parse-article.js";
import { renderBodyHtml } from "../../src/body/to-html.js";
import { type BoilerplateEvidence, type CleanResult, cleanHtml } from "../../src/clean/index.js";
import type { SiteConfig } from "../../src/config/resolve-config.js";
import { evidenceFor, learnBoilerplate } from "../../src/evidence/learn-boilerplate.js";
import { readArticleHost } from "../../src/evidence/read-article-blocks.js";
import { readBlockFingerprints } from "../../src/evidence/read-block-fingerprints.js";
import { formatOfPath } from "../../src/load/list-sources.js";
import { cleanContextFor } from "../../src/render/clean-context.js";
import { makeConfig } from "../factories.js";
import { CORPUS_DIR } from "../support/shared-dirs.js";

/** One corpus article as a build reads it, and what cleaning did to it (with the build's cross-article evidence). */
export interface CleanedArticle {
	/** Path relative to the corpus folder, e.g. `notices/2016-…-cbs-news.md`. */
	readonly name: string;
	readonly article: Article;
	/** The body as rendered to HTML, before cleaning. */
	readonly html: string;
	/** What the other articles of its host say about its blocks, if anything. */
	readonly evidence?: BoilerplateEvidence;
	readonly result: CleanResult;
}

/** The config the corpus is built with in tests: the sample site's, every article published. */
export function corpusConfig(): SiteConfig {
	return makeConfig({ url: "https://corpus.example/", limit: 1000 });
}

/**
 * Parses every article of the corpus as a build does (front matter, title, format, source), learns the cross-article
 * evidence from all of them (the corpus is smaller than a build's window) and cleans each body with it.
 */
export function cleanCorpus(config: SiteConfig = corpusConfig()): CleanedArticle[] {
	const parsed = listFiles(CORPUS_DIR)
		.filter((path) => formatOfPath(path) !== undefined)
		.sort()
		.flatMap((path) => {
			const name = relative(CORPUS_DIR, path).split("\\").join("/");
			const format = formatOfPath(path) ?? "markdown";
			const source = { file: name, relPath: name, format, text: readFileSync(path, "utf8") };
			const { article } = parseArticle(source, config);
			return article === undefined ? [] : [{ name, article }];
		});
	const blocks = new Map(
		parsed.map(({ name, article }) => [
			name,
			{ host: readArticleHost(article), fingerprints: readBlockFingerprints(article.format, article.body) },
		]),
	);
	const learned = learnBoilerplate([...blocks.values()]);
	return parsed.map(({ name, article }) => {
		const html = renderBodyHtml(article.format, article.body);
		const ownBlocks = blocks.get(name);
		const evidence = ownBlocks === undefined ? undefined : evidenceFor(learned, ownBlocks)?.evidence;
		const result = cleanHtml(html, cleanContextFor(article, config, evidence));
		return { name, article, html, ...(evidence !== undefined && { evidence }), result };
	});
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? listFiles(join(dir, entry.name))
			: entry.name.endsWith(".md") && /^[A-Z]+\.md$/.test(entry.name)
				? []
				: [join(dir, entry.name)],
	);
}
