import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { type FeedDocument, planFeedDocuments } from "./archive/plan-feed-documents.js";
import type { BuildOptions } from "./build.js";
import type { BuildResult } from "./build-result.js";
import { type CacheLayer, NO_CACHE, openCache } from "./cache/cache-layer.js";
import { configSourceFromObject, readConfigSource } from "./config/read-config-source.js";
import type { SiteConfig } from "./config/resolve-config.js";
import { createDiagnostic, type Diagnostic } from "./diagnostic.js";
import type { ReadBlocks } from "./evidence/read-article-blocks.js";
import { detectShrink, type LastBuild } from "./guard/detect-shrink.js";
import { listSources, type SourceEntry, type SourceListing } from "./load/list-sources.js";
import type { FactsResult } from "./parse/read-facts.js";
import type { RenderArticle } from "./render/render-article.js";
import type { FeedEntry } from "./serialize/feed-model.js";
import type { OutputDocument, RenderedDocuments } from "./serialize/render-documents.js";
import { checkOutputFolder } from "./write/check-output-folder.js";
import type { WrittenFile } from "./write/write-documents.js";

/** Default cache folder, relative to the project root (see `projectRoot`). */
export const DEFAULT_CACHE_DIR = "node_modules/.cache/wirefeed";

/** A build that failed before any article was read (the config cannot be read or is invalid). */
export interface FailedStart {
	readonly ok: false;
	readonly result: BuildResult;
}

/** A build with its paths, clock and config text, and the cache layer; nothing validated or parsed yet. */
export interface StartedBuild {
	readonly ok: true;
	readonly cache: CacheLayer;
	/** Validates the config and hands out the stages, bound to it and wrapped by the cache. */
	configure(): Promise<BuildRun | FailedStart>;
}

/** Everything the storyboard runs: the build's settings and its stages, each module loaded on first use. */
export interface BuildRun {
	readonly ok: true;
	readonly config: SiteConfig;
	readonly now: Date;
	readonly strict: boolean;
	/** False renders in memory only. */
	readonly write: boolean;
	/** The articles folder as the user named it, for messages. */
	readonly articlesLabel: string;
	readonly cache: CacheLayer;
	listSources(): SourceListing;
	readFacts(entry: SourceEntry): FactsResult;
	readonly readBlocks: ReadBlocks;
	readonly renderArticle: RenderArticle;
	/** The subscription documents and, with archives on, the archive pages behind them. Pure. */
	planDocuments(entries: readonly FeedEntry[]): FeedDocument<FeedEntry>[];
	renderDocuments(
		planned: readonly FeedDocument<FeedEntry>[],
		kept: ReadonlySet<FeedDocument<FeedEntry>>,
	): Promise<RenderedDocuments>;
	writeOutputs(documents: readonly OutputDocument[]): Promise<{ files: WrittenFile[]; diagnostics: Diagnostic[] }>;
	/** The `build/suspicious-shrink` error when this many article files would empty or halve the feeds, else undefined. */
	guardShrink(articleCount: number): Promise<Diagnostic | undefined>;
	/** Tells the configured WebSub hubs which subscription feeds changed; never throws, failures are warnings. */
	pingHubs(files: readonly WrittenFile[]): Promise<readonly Diagnostic[]>;
}

/**
 * Starts a build: resolves the paths and the clock, reads the config text (not yet validated: a no-change rebuild
 * replays the last result without loading the validator or any parser) and opens the cache layer.
 */
export async function startBuild(options: BuildOptions): Promise<StartedBuild | FailedStart> {
	const cwd = options.cwd ?? process.cwd();
	const articlesDir = resolve(cwd, options.articlesDir ?? "articles");
	const outDir = resolve(cwd, options.outDir ?? "out");
	const now = options.now ?? new Date();
	const strict = options.strict === true;
	const write = options.write !== false;
	const outLabel = options.outDir ?? "out";
	const unsafeOut = checkOutputFolder(outDir, articlesDir, outLabel);
	if (unsafeOut !== undefined) {
		return failedEarly([createDiagnostic("error", "build/unsafe-out", unsafeOut, { file: outLabel })]);
	}
	// A config object is read as the text a JSON file would hold: validated the same way, and stamped the same way.
	const read =
		options.config !== undefined
			? configSourceFromObject(options.config)
			: await readConfigSource({ configFile: options.configFile, cwd });
	if (!read.ok) return failedEarly([read.diagnostic]);
	const source = read.source;
	const isCaching = options.cacheDir !== false;
	const cache = !isCaching
		? NO_CACHE
		: openCache({
				// The default lives with the project (the folder holding the config file), not wherever cron started.
				cacheDir:
					options.cacheDir === undefined
						? resolve(projectRoot(cwd, options.configFile), DEFAULT_CACHE_DIR)
						: resolve(cwd, options.cacheDir),
				articlesDir,
				outDir,
				cwd,
				now,
				strict,
				...(write && { stampedConfig: source }),
			});

	const configure = async (): Promise<BuildRun | FailedStart> => {
		const { parseConfigSource } = await import("./config/read-config.js");
		const loaded = parseConfigSource(source);
		if (!loaded.ok) return failedEarly(loaded.diagnostics);
		const site = loaded.config;
		cache.load(site);
		const { parseFacts, scanFacts } = await import("./parse/read-facts.js");
		const { readArticleBlocks } = await import("./evidence/read-article-blocks.js");
		// The README's trade-off: an article that will not be published only needs its selection facts, which a quick
		// scan of its head gives; only published ones are fully validated. With --strict, every article is.
		const readFacts = strict ? parseFacts : scanFacts;
		const listAll = cache.memoizeListing((ignore, withStats) => listSources(articlesDir, { cwd, ignore, withStats }));
		return {
			ok: true,
			config: site,
			now,
			strict,
			write,
			articlesLabel: options.articlesDir ?? "articles",
			cache,
			listSources: () => listAll(site.ignore),
			readFacts: cache.memoizeFacts((entry) => readFacts(entry, site)),
			readBlocks: cache.memoizeBlocks((article) => readArticleBlocks(article, site)),
			renderArticle: cache.memoizeEntry(async (article, evidence, loaded) =>
				(await import("./render/render-article.js")).renderArticle(article, site, evidence, loaded),
			),
			planDocuments: (entries) => planFeedDocuments(site, entries),
			renderDocuments: async (planned, kept) =>
				(await import("./serialize/render-documents.js")).renderDocuments(site, planned, kept),
			writeOutputs: async (documents) =>
				(await import("./write/write-outputs.js")).writeOutputs(outDir, documents, {
					label: options.outDir ?? "out",
					...(options.lockWaitMs !== undefined && { waitMs: options.lockWaitMs }),
				}),
			guardShrink: async (articleCount) => {
				if (options.allowShrink === true || !write) return undefined;
				// Without a stamp (no cache, or a first cached build), the feed on disk says whether there is anything to lose.
				const last =
					cache.lastBuild() ?? (articleCount === 0 ? await countFeedItems(join(outDir, site.output.json)) : undefined);
				return detectShrink(last, articleCount, options.articlesDir ?? "articles");
			},
			pingHubs: async (files) => {
				if (options.ping === false || site.hub.length === 0) return [];
				const topics = changedFeedUrls(site, outDir, files);
				if (topics.length === 0) return [];
				return (await (await import("./publish/ping-hubs.js")).pingHubs(site.hub, topics)).diagnostics;
			},
		};
	};
	return { ok: true, cache, configure };
}

/** The folder holding the config file (`--config`), else the working directory, whose package.json holds it. */
export function projectRoot(cwd: string, configFile: string | undefined): string {
	return configFile === undefined ? cwd : dirname(resolve(cwd, configFile));
}

// The JSON Feed we wrote last time, if it is there: how many items readers hold now.
async function countFeedItems(path: string): Promise<LastBuild | undefined> {
	try {
		const feed: unknown = JSON.parse(await readFile(path, "utf8"));
		const items = typeof feed === "object" && feed !== null && "items" in feed ? feed.items : undefined;
		return Array.isArray(items) ? { published: items.length } : undefined;
	} catch {
		return undefined;
	}
}

// WebSub topics are the subscription feeds' self URLs; archive pages are not subscribed to.
function changedFeedUrls(config: SiteConfig, outDir: string, files: readonly WrittenFile[]): string[] {
	const changed = new Set(files.filter((file) => file.changed).map((file) => file.path));
	return [config.output.rss, config.output.atom, config.output.json]
		.filter((name) => changed.has(join(outDir, name)))
		.map((name) => new URL(name, config.feedUrl).href);
}

function failedEarly(diagnostics: readonly Diagnostic[]): FailedStart {
	return { ok: false, result: { status: "failed", files: [], items: [], diagnostics, articleCount: 0 } };
}
