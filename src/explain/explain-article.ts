import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, relative, resolve, sep } from "node:path";
import type { Article } from "../article/article.js";
import { parseArticle } from "../article/parse-article.js";
import { renderBodyHtml } from "../body/to-html.js";
import { type CleanExplanation, cleanHtml, explainClean } from "../clean/index.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import { type ArticleBlocks, type ArticleEvidence, learnEvidence } from "../evidence/learn-boilerplate.js";
import { readArticleBlocks, readArticleHost } from "../evidence/read-article-blocks.js";
import { readBlockFingerprints } from "../evidence/read-block-fingerprints.js";
import { describeReadError } from "../load/describe-read-error.js";
import { fileIdOf, formatOfPath, listSources, type SourceEntry } from "../load/list-sources.js";
import { readSource } from "../load/read-source.js";
import { parseFacts, type SourceFacts, scanFacts } from "../parse/read-facts.js";
import { readWholeArticle } from "../parse/read-whole-article.js";
import { cleanContextFor } from "../render/clean-context.js";
import { rejectDuplicateIds } from "../select/find-duplicate-ids.js";
import { selectArticles } from "../select/select-articles.js";
import { buildLinkIndex, EMPTY_LINK_INDEX, type LinkIndex } from "../site/link-index.js";
import { prepareBody } from "../site/prepare-body.js";

/** What cleaning did to one article: each rule that changed the body, with the body before and after it. */
export interface ArticleExplanation {
	readonly file: string;
	readonly steps: readonly CleanExplanation[];
	/** Rule id → changes made, as in the `--json` report. */
	readonly hits: Readonly<Record<string, number>>;
	/** Rights notice moved out of the body, if any. */
	readonly notice?: string;
	/** Trailing source link moved out of the body, if any. */
	readonly sourceUrl?: string;
	readonly diagnostics: readonly Diagnostic[];
}

/** Runs the pipeline up to cleaning for one file and records every cleaning step. */
export function explainArticle(
	path: string,
	options: { config: SiteConfig; cwd: string; articlesDir: string; now?: Date; strict?: boolean },
): ArticleExplanation {
	const { config, cwd } = options;
	const absolute = resolve(cwd, path);
	const articlesDir = resolve(cwd, options.articlesDir);
	const file = relative(cwd, absolute) || absolute;
	// As in a build, a link in the articles folder is followed only to a file inside it: explaining one must not print
	// /etc/passwd either. A file named outside the folder is explained when it is one, not a link.
	let real: string;
	try {
		real = realpathSync(absolute);
	} catch (error) {
		return failed(cannotOpen(error, file));
	}
	const realArticles = existsSync(articlesDir) ? realpathSync(articlesDir) : articlesDir;
	const isInside = real.startsWith(realArticles + sep);
	if (!isInside && (absolute.startsWith(articlesDir + sep) || lstatSync(absolute).isSymbolicLink())) {
		const diagnostic = createDiagnostic(
			"error",
			"load/symlink-outside",
			"symbolic link points outside the articles folder; not followed",
			{ file },
		);
		return failed(diagnostic);
	}
	// A file with another extension is explained as Markdown, so any text file can be tried.
	const format = formatOfPath(absolute) ?? "markdown";
	const stats = statSync(absolute);
	if (!stats.isFile()) {
		return failed(
			createDiagnostic(
				"error",
				"load/not-a-file",
				"not a regular file (a folder, a FIFO, a socket or a device); pass an article file to --explain",
				{ file },
			),
		);
	}
	const entry: SourceEntry = {
		path: absolute,
		file,
		// Relative to the articles folder when inside it, so slugs (and page bundles) come out as in a build.
		relPath: insideOrName(absolute, articlesDir),
		format,
		size: stats.size,
		mtimeMs: stats.mtimeMs,
		fileId: fileIdOf(stats),
		// What is opened must still be where it was checked: in the articles folder, or for a file named outside it,
		// in its own folder.
		root: `${isInside ? realArticles : dirname(real)}${sep}`,
	};
	const read = readSource(entry, config.maxFileSize);
	if ("diagnostic" in read) return { file: entry.file, steps: [], hits: {}, diagnostics: [read.diagnostic] };
	const { article, diagnostics } = parseArticle(read.source, config);
	if (article === undefined) return { file: entry.file, steps: [], hits: {}, diagnostics };
	// The folder's other articles, as a build reads them: the links its references name, and the evidence it learns.
	const folder = existsSync(articlesDir) ? readFolder(options) : undefined;
	const prepared = prepareBody(article, config, folder?.links ?? EMPTY_LINK_INDEX);
	const html = renderBodyHtml(article.format, prepared.body, config.site);
	const evidence = folder?.evidenceOf(readHostBlocks(article));
	const context = cleanContextFor(article, config, evidence?.evidence, prepared);
	const result = cleanHtml(html, context);
	return {
		file: entry.file,
		steps: explainClean(html, context),
		hits: result.hits,
		...(result.notice !== undefined && { notice: result.notice }),
		...(result.sourceUrl !== undefined && { sourceUrl: result.sourceUrl }),
		diagnostics: [...diagnostics, ...prepared.diagnostics, ...result.diagnostics],
	};
}

/**
 * What a build of the articles folder knows of its articles: the links of the pages their references name (the same
 * index), and the cross-article evidence it learns (the same window of newest candidates), so that `--explain` links
 * and removes, and says why, exactly what the build does.
 */
function readFolder(options: {
	readonly config: SiteConfig;
	readonly cwd: string;
	readonly articlesDir: string;
	readonly now?: Date;
	readonly strict?: boolean;
}): { readonly links: LinkIndex; readonly evidenceOf: (blocks: ArticleBlocks) => ArticleEvidence | undefined } {
	const { config, cwd } = options;
	const listing = listSources(resolve(cwd, options.articlesDir), { cwd, ignore: config.ignore });
	// The facts a build reads (start-build.ts): a file only its full parse rejects is a candidate there, and takes a
	// place in the window, unless the build is strict.
	const readFacts = options.strict === true ? parseFacts : scanFacts;
	const found: SourceFacts[] = [];
	for (const entry of listing.entries) {
		const article = readFacts(entry, config).article;
		if (article !== undefined) found.push(article);
	}
	const unique = rejectDuplicateIds(found).kept;
	const { candidates } = selectArticles(unique, options.now ?? new Date(), config.site);
	// The build's evidence stage; the explained file, named by its blocks, is asked about as any article outside the window.
	const evidenceOf = learnEvidence<SourceFacts | ArticleBlocks>(candidates, config.limit, (article) =>
		"fingerprints" in article ? article : readArticleBlocks(readWholeArticle(article, config), config),
	);
	return { links: buildLinkIndex(unique, config.site, config.url), evidenceOf };
}

function readHostBlocks(article: Article): ArticleBlocks {
	return { host: readArticleHost(article), fingerprints: readBlockFingerprints(article.format, article.body) };
}

function insideOrName(path: string, folder: string): string {
	return path.startsWith(folder + sep) ? relative(folder, path).split(sep).join("/") : basename(path);
}

function failed(diagnostic: Diagnostic): ArticleExplanation {
	return { file: diagnostic.file, steps: [], hits: {}, diagnostics: [diagnostic] };
}

// The file named to --explain cannot be found or opened: missing, or a loop of links on its path.
function cannotOpen(error: unknown, file: string): Diagnostic {
	const code = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
	return code === "ENOENT" || code === "ENOTDIR"
		? createDiagnostic("error", "io/not-found", "no such file; check the path given to --explain", { file })
		: createDiagnostic("error", "load/unreadable", describeReadError(code, "file"), { file });
}
