import { resolve } from "node:path";
import type { Article, Person } from "./article/article.js";
import { toArticle } from "./article/to-article.js";
import { readConfig } from "./config/read-config.js";
import type { SiteConfig } from "./config/resolve-config.js";
import { createDiagnostic, type Diagnostic, hasErrors } from "./diagnostic.js";
import { parseFrontMatter } from "./front-matter/parse-front-matter.js";
import { resolveLicense, type ResolvedRights } from "./license/index.js";
import { readSources } from "./load/read-sources.js";
import { renderEntry } from "./render/render-entry.js";
import { rejectDuplicateIds } from "./select/find-duplicate-ids.js";
import { selectArticles } from "./select/select-articles.js";
import type { FeedEntry, FeedMeta, FeedRights } from "./serialize/feed-model.js";
import { renderAtom } from "./serialize/render-atom.js";
import { renderJsonFeed } from "./serialize/render-json-feed.js";
import { renderRss } from "./serialize/render-rss.js";
import { lockOutput } from "./write/lock-output.js";
import { type WrittenFile, writeOutputs } from "./write/write-outputs.js";

/** Options of `build`; paths are resolved against `cwd`. */
export interface BuildOptions {
	/** Folder of article files (default: `articles`). */
	readonly articlesDir?: string;
	/** Folder the feeds are written to (default: `out`). */
	readonly outDir?: string;
	/** JSON config file; default: the `"wirefeed"` key of `package.json` in `cwd`. */
	readonly configFile?: string;
	/** Already validated config; skips reading one. */
	readonly config?: SiteConfig;
	/** The time drafts and future articles are judged against (default: the clock). */
	readonly now?: Date;
	/** Any error leaves everything unwritten (default: false). */
	readonly strict?: boolean;
	/** Write the feeds (default: true); false renders in memory only. */
	readonly write?: boolean;
	/** Working directory (default: `process.cwd()`). */
	readonly cwd?: string;
}

/** One published item, for reports and the licence audit. */
export interface PublishedItem {
	readonly file: string;
	readonly id: string;
	readonly title: string;
	readonly link: string;
	readonly rights?: ResolvedRights;
	readonly cleanHits: Readonly<Record<string, number>>;
}

/** What a build did: `written` tells whether the output folder was updated. */
export interface BuildResult {
	readonly status: "written" | "rendered" | "failed";
	/** Rendered documents by format (absent when the build failed before rendering). */
	readonly outputs?: { readonly rss: string; readonly atom: string; readonly json: string };
	readonly files: readonly WrittenFile[];
	readonly items: readonly PublishedItem[];
	readonly diagnostics: readonly Diagnostic[];
	/** Number of article files read. */
	readonly articleCount: number;
	/** Earliest future publication date among held-back articles. */
	readonly nextScheduled?: Date;
}

/**
 * The pipeline, in order: load → front matter → article → select → render (clean, license) → serialize → write.
 * Never prints or exits; bad input becomes diagnostics. Throws only for environment failures (unreadable folder, disk).
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
	const cwd = options.cwd ?? process.cwd();
	const failed = (diagnostics: readonly Diagnostic[], articleCount = 0): BuildResult => ({
		status: "failed",
		files: [],
		items: [],
		diagnostics,
		articleCount,
	});

	let config = options.config;
	if (config === undefined) {
		const loaded = await readConfig({ configFile: options.configFile, cwd });
		if (!loaded.ok) return failed(loaded.diagnostics);
		config = loaded.config;
	}
	const articlesDir = resolve(cwd, options.articlesDir ?? "articles");
	const outDir = resolve(cwd, options.outDir ?? "out");
	const now = options.now ?? new Date();

	const diagnostics: Diagnostic[] = [];
	const loaded = readSources(articlesDir, { cwd, maxFileSize: config.maxFileSize });
	diagnostics.push(...loaded.diagnostics);

	const articles: Article[] = [];
	for (const source of loaded.sources) {
		const frontMatter = parseFrontMatter(source);
		if ("severity" in frontMatter) {
			diagnostics.push(frontMatter);
			continue;
		}
		const result = toArticle(source, frontMatter, config);
		diagnostics.push(...result.diagnostics);
		if (result.article !== undefined) articles.push(result.article);
	}
	const unique = rejectDuplicateIds(articles);
	diagnostics.push(...unique.diagnostics);

	const selection = selectArticles(unique.kept, now);
	diagnostics.push(...selection.diagnostics);
	const entries: FeedEntry[] = [];
	const items: PublishedItem[] = [];
	// Render newest first until the limit is met: an article rejected while rendering gives its place to the next one.
	for (const article of selection.candidates) {
		if (entries.length >= config.limit) break;
		const rendered = renderEntry(article, config);
		diagnostics.push(...rendered.diagnostics);
		if (rendered.entry === undefined) continue;
		entries.push(rendered.entry);
		items.push({
			file: article.file,
			id: article.id,
			title: article.title,
			link: article.link,
			...(rendered.rights !== undefined && { rights: rendered.rights }),
			cleanHits: rendered.cleanHits,
		});
	}
	if (loaded.sources.length === 0) {
		diagnostics.push(
			createDiagnostic("warning", "build/no-articles", "no article files found; the feeds will be empty", {
				file: options.articlesDir ?? "articles",
			}),
		);
	}

	const meta = buildFeedMeta(config, entries);
	const outputs = { rss: renderRss(meta, entries), atom: renderAtom(meta, entries), json: renderJsonFeed(meta, entries) };
	const base = {
		outputs,
		items,
		diagnostics,
		articleCount: loaded.sources.length,
		...(selection.nextScheduled !== undefined && { nextScheduled: selection.nextScheduled }),
	};
	if (options.write === false) return { ...base, status: "rendered", files: [] };
	if (options.strict === true && hasErrors(diagnostics)) return { ...base, status: "failed", files: [] };

	const release = await lockOutput(outDir);
	try {
		const files = await writeOutputs(outDir, [
			{ name: config.output.rss, content: outputs.rss },
			{ name: config.output.atom, content: outputs.atom },
			{ name: config.output.json, content: outputs.json },
		]);
		return { ...base, status: "written", files };
	} finally {
		await release();
	}
}

function buildFeedMeta(config: SiteConfig, entries: readonly FeedEntry[]): FeedMeta {
	const newest = entries.reduce<Date | undefined>((max, e) => (max === undefined || e.updated > max ? e.updated : max), undefined);
	return {
		title: config.title,
		description: config.description,
		siteUrl: config.url,
		feedUrls: {
			rss: new URL(config.output.rss, config.feedUrl).href,
			atom: new URL(config.output.atom, config.feedUrl).href,
			json: new URL(config.output.json, config.feedUrl).href,
		},
		...(config.language !== undefined && { language: config.language }),
		author: config.author === undefined ? { name: config.title } : toPerson(config.author),
		// The newest item's date, never the clock: an unchanged site gives byte-identical feeds.
		updated: newest ?? new Date(0),
		rights: siteRights(config),
	};
}

function siteRights(config: SiteConfig): FeedRights {
	const license = config.license === undefined ? undefined : resolveLicense(config.license);
	const known = license?.kind === "known" ? license.license : undefined;
	const licenseUrl = known?.url ?? (license?.kind === "url" ? license.url : undefined);
	const text = config.rights ?? (known !== undefined ? `Licensed under ${known.shortName}.` : undefined);
	return {
		...(text !== undefined && { text }),
		...(licenseUrl !== undefined && { licenseUrl }),
		...(known !== undefined && { licenseName: known.name }),
	};
}

function toPerson(author: NonNullable<SiteConfig["author"]>): Person {
	return {
		name: author.name,
		...(author.email !== undefined && { email: author.email }),
		...(author.url !== undefined && { url: author.url }),
	};
}
