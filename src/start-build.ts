import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { countToRender, type FeedDocument, planFeedDocuments } from "./archive/plan-feed-documents.js";
import type { BuildOptions } from "./build.js";
import type { CacheLayer } from "./cache/cache-layer.js";
import { startTimeBudget } from "./clean/time-budget.js";
import type { ConfigSource } from "./config/read-config-source.js";
import type { ConfigResult, SiteConfig } from "./config/resolve-config.js";
import type { Diagnostic } from "./diagnostic.js";
import type { ReadBlocks } from "./evidence/read-article-blocks.js";
import { countChanged, detectLostFolder } from "./guard/detect-lost-folder.js";
import { detectShrink, type LastBuild } from "./guard/detect-shrink.js";
import { isSameFolder, listSources, type SourceEntry, type SourceListing } from "./load/list-sources.js";
import { type FailedStart, failedEarly, type OpenedBuild, openBuild } from "./open-build.js";
import type { FactsResult, SourceFacts } from "./parse/read-facts.js";
import { readWholeArticle } from "./parse/read-whole-article.js";
import { shareReads } from "./parse/share-reads.js";
import type { RenderSelected } from "./render/render-article.js";
import type { BuildReport } from "./report/collect-report.js";
import type { FeedEntry } from "./serialize/feed-model.js";
import type { OutputDocument, RenderedDocuments } from "./serialize/render-documents.js";
import { detectSite } from "./site/detect-site.js";
import type { DetectedSite } from "./site/detected-site.js";
import { findHugoNonPages, nonPageFacts } from "./site/find-hugo-non-pages.js";
import { flagUnreadPages } from "./site/flag-unread-pages.js";
import { buildLinkIndex, type LinkIndex } from "./site/link-index.js";
import { missingSite } from "./site/missing-site.js";
import { type SiteSummary, summarizeSite } from "./site/summarize-site.js";
import { topicFeedOptions } from "./topics/topic-feed-options.js";
import type { WrittenFile } from "./write/write-documents.js";

export { DEFAULT_CACHE_DIR, projectRoot } from "./open-build.js";

/** An opened build (see `openBuild`) that can go on to validate its config and run its stages. */
export interface StartedBuild extends OpenedBuild {
	/** Validates the config and hands out the stages, bound to it and wrapped by the cache. */
	configure(): Promise<BuildRun | FailedStart>;
	/** The static site detected, summarized for the result. */
	readonly summary?: SiteSummary;
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
	/** What reading the site's config found worth saying (a URL kept in code, a value left out). */
	readonly notes: readonly Diagnostic[];
	listSources(): SourceListing;
	/** The links of the selected articles, for the references bodies make to one another. */
	indexLinks(articles: readonly SourceFacts[]): LinkIndex;
	readFacts(entry: SourceEntry): FactsResult;
	readonly readBlocks: ReadBlocks;
	readonly renderArticle: RenderSelected;
	/** The subscription documents and, with archives on, the archive pages behind them. Pure. */
	planDocuments(entries: readonly FeedEntry[]): FeedDocument<FeedEntry>[];
	/** The planned documents, then topic feeds (from `pool`, every rendered entry) and the pages for people. Pure. */
	renderDocuments(
		planned: readonly FeedDocument<FeedEntry>[],
		kept: ReadonlySet<FeedDocument<FeedEntry>>,
		pool: readonly FeedEntry[],
	): Promise<RenderedDocuments>;
	writeOutputs(documents: readonly OutputDocument[]): Promise<{ files: WrittenFile[]; diagnostics: Diagnostic[] }>;
	/**
	 * The error that keeps the feeds on disk as they are, else undefined: `load/changed-during-build` when the articles
	 * folder vanished while its files were read, `build/suspicious-shrink` when the article files found would empty or
	 * halve the feeds.
	 */
	guardShrink(
		report: Pick<BuildReport, "articleCount" | "diagnostics">,
		listing: SourceListing,
	): Promise<Diagnostic | undefined>;
	/** Tells the configured WebSub hubs which subscription feeds changed; never throws, failures are warnings. */
	pingHubs(files: readonly WrittenFile[]): Promise<readonly Diagnostic[]>;
}

/** Starts a build: `openBuild`, and the way on to the stages once the no-change shortcut did not apply. */
export async function startBuild(options: BuildOptions): Promise<StartedBuild | FailedStart> {
	// A site in the working directory (or `site`) is read as it is: its posts folder, its settings, its rules.
	const isDetecting = options.site !== false && (options.site !== undefined || options.config === undefined);
	const cwd = options.cwd ?? process.cwd();
	const detected = isDetecting ? detectSite(typeof options.site === "string" ? options.site : ".", cwd) : undefined;
	// A site asked for by name must be there; without `site`, no site means the wirefeed config is read.
	if (typeof options.site === "string" && detected === undefined) return failedEarly([missingSite(options.site, cwd)]);
	const opened = await openBuild(options, detected);
	return opened.ok ? startFrom(opened) : opened;
}

/** A build opened elsewhere (the CLI's no-change check), given the way on to its stages. */
export function startFrom(opened: OpenedBuild): StartedBuild {
	return {
		...opened,
		configure: () => configureBuild(opened),
		...(opened.site !== undefined && { summary: summarizeSite(opened.site, opened.cwd, opened.articlesDir) }),
	};
}

async function configureBuild(opened: OpenedBuild): Promise<BuildRun | FailedStart> {
	const { options, source, cache, strict, write, now, cwd, articlesDir, outDir, articlesLabel } = opened;
	let notes: readonly Diagnostic[] = [];
	let validated: ConfigResult;
	if (opened.site !== undefined) {
		const resolved = await resolveDetected(opened.site, source, articlesDir);
		validated = resolved;
		notes = (resolved.ok && resolved.notes) || [];
	} else if (source !== undefined) {
		validated = (await import("./config/read-config.js")).parseConfigSource(source);
	} else throw new Error("build: no config and no site");
	if (!validated.ok) return failedEarly(validated.diagnostics);
	const site = validated.config;
	cache.load(site);
	const { containFailures, parseFacts, scanFacts } = await import("./parse/read-facts.js");
	const { readArticleBlocks } = await import("./evidence/read-article-blocks.js");
	// The README's trade-off: an article that will not be published only needs its selection facts, which a quick
	// scan of its head gives; only published ones are fully validated. With --strict, every article is.
	const readFacts = containFailures(strict ? parseFacts : scanFacts);
	const listAll = cache.memoizeListing((ignore, withStats) => listSources(articlesDir, { cwd, ignore, withStats }));
	const memoizedFacts = cache.memoizeFacts((entry) => readFacts(entry, site));
	// Found in the listing, when it is made.
	let nonPages: ReadonlyMap<string, string> = new Map();
	// The evidence stage reads the newest candidates whole; the ones rendered are not read or parsed again.
	const reads = shareReads((article: SourceFacts) => readWholeArticle(article, site), countToRender(site));
	return {
		ok: true,
		config: site,
		now,
		strict,
		write,
		articlesLabel,
		cache,
		notes,
		listSources: () => {
			const listing = flagUnreadPages(listAll(site.ignore), site.site); // a post the generator publishes: a warning
			nonPages = findHugoNonPages(listing.entries, site.site);
			return listing;
		},
		indexLinks: (articles) => buildLinkIndex(articles, site.site, site.url),
		// A Hugo page bundle's other files, and those `ignoreFiles` matches, are no pages: not read (the listing keeps
		// them, so the stamp does too).
		readFacts: (entry) => {
			const why = nonPages.get(entry.relPath);
			return why === undefined ? memoizedFacts(entry) : nonPageFacts(entry, why);
		},
		readBlocks: cache.memoizeBlocks((article) => readArticleBlocks(reads.read(article), site)),
		renderArticle: cache.memoizeEntry(async (article, evidence, links, whole) => {
			const { renderArticle } = await import("./render/render-article.js");
			// The clock is read here, at the edge: the budget starts once the stage's code is loaded.
			const budget = startTimeBudget(site.maxArticleSeconds, () => performance.now());
			return renderArticle(article, site, whole, evidence, links, budget);
		}, reads.take),
		planDocuments: (entries) => planFeedDocuments(site, entries),
		renderDocuments: async (planned, kept, pool) => {
			const { renderDocuments } = await import("./serialize/render-documents.js");
			// Topic planning is loaded only when the config asks for topic feeds: the transliteration tables of their
			// slugs take ~20-35 ms to set up, a tenth of a one-new-article build at 10k (issue #16).
			const topics = topicFeedOptions(site);
			const plans =
				topics === undefined ? [] : (await import("./topics/plan-topic-feeds.js")).planTopicFeeds(pool, topics);
			return renderDocuments(site, planned, kept, plans);
		},
		writeOutputs: async (documents) =>
			(await import("./write/write-outputs.js")).writeOutputs(outDir, documents, {
				label: options.outDir ?? "out",
				...(options.lockWaitMs !== undefined && { waitMs: options.lockWaitMs }),
			}),
		guardShrink: async (report, listing) => {
			if (!write) return undefined;
			const lost = detectLostFolder(report.diagnostics, () => isSameFolder(articlesDir, listing), articlesLabel);
			if (lost !== undefined || options.allowShrink === true) return lost;
			// Files that vanished while being read are not there to publish: a folder emptied mid-build is a shrink.
			const articleCount = report.articleCount - countChanged(report.diagnostics);
			// Without a stamp (no cache, or a first cached build), the feed on disk says whether there is anything to lose.
			const last =
				cache.lastBuild() ?? (articleCount === 0 ? await countFeedItems(join(outDir, site.output.json)) : undefined);
			return detectShrink(last, articleCount, articlesLabel);
		},
		pingHubs: async (files) => {
			if (options.ping === false || site.hub.length === 0) return [];
			const topics = changedFeedUrls(site, outDir, files);
			if (topics.length === 0) return [];
			return (await (await import("./publish/ping-hubs.js")).pingHubs(site.hub, topics)).diagnostics;
		},
	};
}

// The wirefeed config (if any) over the detected site's settings.
async function resolveDetected(site: DetectedSite, source: ConfigSource | undefined, articlesDir: string) {
	const { readConfigData } = await import("./config/read-config.js");
	const { resolveSiteConfig } = await import("./config/resolve-site-config.js");
	const read = source === undefined ? undefined : readConfigData(source);
	if (read !== undefined && !read.ok) return read;
	if (site.rules.generator === "zola" || site.rules.generator === "eleventy")
		await (await import("./site/load-generator-slugs.js")).loadGeneratorSlugs();
	const file = source?.file ?? site.files[0] ?? ".";
	return resolveSiteConfig(read?.data, file, read?.keyPrefix ?? "", site, articlesDir);
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
