import { countToRender } from "./archive/plan-feed-documents.js";
import type { BuildResult } from "./build-result.js";
import type { WirefeedConfig } from "./config/wirefeed-config.js";
import type { Outcome } from "./decide-outcome.js";
import { decideOutcome } from "./decide-outcome.js";
import { type Diagnostic, hasErrors } from "./diagnostic.js";
import { learnEvidence } from "./evidence/learn-boilerplate.js";
import { foldIntoLostFolder } from "./guard/detect-lost-folder.js";
import type { SourceEntry } from "./load/list-sources.js";
import type { FailedStart } from "./open-build.js";
import type { FactsResult, SourceFacts } from "./parse/read-facts.js";
import { renderUntil } from "./render/render-until.js";
import { type BuildReport, collectReport } from "./report/collect-report.js";
import { rejectDuplicateIds } from "./select/find-duplicate-ids.js";
import { selectArticles } from "./select/select-articles.js";
import type { RenderedDocuments } from "./serialize/render-documents.js";
import type { SiteSummary } from "./site/summarize-site.js";
import { type StartedBuild, startBuild } from "./start-build.js";
import type { WrittenFile } from "./write/write-documents.js";

export type { BuildResult, PublishedItem } from "./build-result.js";
export { DEFAULT_CACHE_DIR } from "./start-build.js";

/** Options of `build`; paths are resolved against `cwd`. */
export interface BuildOptions {
	/** Folder of article files (default: `articles`). */
	readonly articlesDir?: string;
	/** Folder the feeds are written to (default: `out`). */
	readonly outDir?: string;
	/**
	 * The config file: JSON, YAML (`.yaml`/`.yml`), TOML (`.toml`) or a package.json's `"wirefeed"` key. Default: the
	 * one `wirefeed.config.{json,yaml,yml,toml}` in `cwd`, else the `"wirefeed"` key of its package.json.
	 */
	readonly configFile?: string;
	/**
	 * The config as an object, instead of a file; validated exactly as a config file is (a `SiteConfig` from
	 * `resolveConfig` is accepted too). Wins over `configFile`.
	 */
	readonly config?: WirefeedConfig;
	/** The time drafts and future articles are judged against (default: the clock). */
	readonly now?: Date;
	/** Any error leaves everything unwritten (default: false). */
	readonly strict?: boolean;
	/** Write the feeds (default: true); false renders in memory only. */
	readonly write?: boolean;
	/**
	 * Folder of the persistent cache, or false for none (default: `node_modules/.cache/wirefeed` in the folder holding
	 * the config file, or in `cwd` when the config is package.json's).
	 */
	readonly cacheDir?: string | false;
	/** Called as files are parsed, for progress display. */
	readonly onProgress?: (done: number, total: number) => void;
	/** Working directory (default: `process.cwd()`). */
	readonly cwd?: string;
	/** Tell the config's WebSub hubs when a feed changed (default: true). */
	readonly ping?: boolean;
	/** Write even when the articles folder is empty or lost more than half its files since the last build. */
	readonly allowShrink?: boolean;
	/** How long to wait for another build writing the same output folder before giving up (default: 10 000). */
	readonly lockWaitMs?: number;
	/**
	 * Folder of a Hugo, Jekyll, Zola, Astro or Eleventy site, or a WordPress export, to read as it is (default: the
	 * working directory when no `config` is given); false never looks for one.
	 */
	readonly site?: string | false;
}

/**
 * Builds the feeds: load → parse → select → render (clean, license) → serialize → write (see `buildFrom`). Never prints
 * or exits; bad input becomes diagnostics. Throws only for environment failures.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
	return buildFrom(await startBuild(options)); // paths, now, config text, cache layer
}

/**
 * The pipeline, one line per stage, from a started build (the CLI's no-change check may have opened it already). The
 * cache is a layer around the stages (see cache/cache-layer.ts): it replays a build when nothing changed, skips the
 * files and items that did not, and is saved once at the end.
 */
export async function buildFrom(start: StartedBuild | FailedStart): Promise<BuildResult> {
	if (!start.ok) return start.result;
	const replayed = await start.cache.replay(); // nothing changed since the last written build: report it again
	if (replayed !== undefined) return withSite(replayed, start.summary);
	const run = await start.configure(); // validated config; stages bound to it, each loaded on first use
	if (!run.ok) return run.result;
	const listing = run.listSources(); // load/: every article file, sorted, with size and mtime
	const facts = readEach(listing.entries, run.readFacts, start.options.onProgress); // parse/: scan or full parse; memoized
	const unique = rejectDuplicateIds(foundArticles(facts)); // select/: the first file of each id and link
	const selection = selectArticles(unique.kept, run.now, run.config.site); // select/: no drafts or future articles; newest first
	const links = run.indexLinks(unique.kept); // site/: every article's link, for the references bodies make
	const evidenceOf = learnEvidence(selection.candidates, run.config.limit, run.readBlocks); // evidence/: blocks repeated
	const render = (article: SourceFacts) => run.renderArticle(article, evidenceOf(article), links); // render/: memoized
	const rendered = await renderUntil(selection.candidates, countToRender(run.config), render); // newest first
	const found = collectReport({ notes: run.notes, listing, facts, unique, selection, rendered }, run.articlesLabel);
	const report = run.cache.recallWarnings(found, listing); // warnings the last build reported already: known
	const shrink = await run.guardShrink(report, listing); // guard/: a lost folder never empties the feeds
	const current = await run.cache.currentOutputs(report.published); // the files on disk, if this renders them again
	const outcome = decideOutcome({
		strict: run.strict,
		hasErrors: hasErrors(report.diagnostics),
		write: run.write,
		isOutputCurrent: current !== undefined,
		isSuspiciousShrink: shrink !== undefined,
	});
	const planned = run.planDocuments(report.entries); // archive/: the subscription feeds, then any archive pages
	const kept = await run.cache.keptDocuments(outcome.write ? planned : [], report); // pages on disk as planned
	const rendering = outcome.render ? await run.renderDocuments(planned, kept, report.entries) : undefined; // serialize/: feeds, topics, pages
	const written = outcome.write && rendering ? await run.writeOutputs(rendering.documents) : undefined; // write/
	const pinged = written === undefined ? [] : await run.pingHubs(written.files); // publish/: WebSub, changed feeds
	const result = toBuildResult(outcome, report, { rendering, written, pinged, current, shrink });
	const saved = await run.cache.commit(result, { listing, selection }); // the cache and the stamp, saved once
	return withSite(withWarnings(result, saved), start.summary); // a cache that cannot be saved: a warning
}

function withWarnings(result: BuildResult, warnings: readonly Diagnostic[]): BuildResult {
	return warnings.length === 0 ? result : { ...result, diagnostics: result.diagnostics.concat(warnings) };
}

function withSite(result: BuildResult, site: SiteSummary | undefined): BuildResult {
	return site === undefined ? result : { ...result, site };
}

function readEach(
	entries: readonly SourceEntry[],
	readFacts: (entry: SourceEntry) => FactsResult,
	onProgress: BuildOptions["onProgress"],
): FactsResult[] {
	return entries.map((entry, index) => {
		const result = readFacts(entry);
		onProgress?.(index + 1, entries.length);
		return result;
	});
}

function foundArticles(facts: readonly FactsResult[]): SourceFacts[] {
	const articles: SourceFacts[] = [];
	for (const result of facts) if (result.article !== undefined) articles.push(result.article);
	return articles;
}

function toBuildResult(
	outcome: Outcome,
	report: BuildReport,
	done: {
		readonly rendering: RenderedDocuments | undefined;
		readonly written: { readonly files: WrittenFile[]; readonly diagnostics: readonly Diagnostic[] } | undefined;
		readonly pinged: readonly Diagnostic[];
		readonly current: readonly WrittenFile[] | undefined;
		readonly shrink: Diagnostic | undefined;
	},
): BuildResult {
	const files = done.written?.files ?? (outcome.status === "written" ? (done.current ?? []) : []);
	return {
		status: outcome.status,
		...(done.rendering !== undefined && { outputs: done.rendering.feeds }),
		files,
		items: report.items,
		diagnostics: [
			...foldIntoLostFolder(report.diagnostics, done.shrink),
			...(done.shrink === undefined ? [] : [done.shrink]),
			...(done.written?.diagnostics ?? []),
			...done.pinged,
		],
		articleCount: report.articleCount,
		...(report.nextScheduled !== undefined && { nextScheduled: report.nextScheduled }),
	};
}
