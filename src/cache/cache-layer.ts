import { relative, resolve } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import type { FeedDocument } from "../archive/plan-feed-documents.js";
import type { BuildResult } from "../build-result.js";
import type { ConfigSource } from "../config/read-config-source.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { createDiagnostic, type Diagnostic, hasErrors } from "../diagnostic.js";
import type { ReadBlocks } from "../evidence/read-article-blocks.js";
import { ARTICLE_FAILED } from "../guard/article-failure.js";
import { CHANGED_DURING_BUILD } from "../guard/detect-lost-folder.js";
import type { LastBuild } from "../guard/detect-shrink.js";
import { listSources, type SourceEntry, type SourceListing } from "../load/list-sources.js";
import type { FactsResult, ReadFacts, SourceFacts } from "../parse/read-facts.js";
import type { WholeArticle } from "../parse/read-whole-article.js";
import type { RenderArticle, RenderSelected } from "../render/render-article.js";
import type { BuildReport } from "../report/collect-report.js";
import { markKnownWarnings } from "../report/mark-known-warnings.js";
import type { Selection } from "../select/select-articles.js";
import type { FeedEntry } from "../serialize/feed-model.js";
import type { WrittenFile } from "../write/write-documents.js";
import {
	type BuildCache,
	type CachedOutputs,
	type CachedSource,
	cachePath,
	emptyCache,
	hashContent,
	readCache,
	recordOf,
	SOURCE_FLAGS,
	type SourceRecord,
	withBlocks,
	writeCache,
} from "./build-cache.js";
import {
	type BuildStamp,
	digestListing,
	isStampCurrent,
	readStamp,
	stampKey,
	stampPath,
	writeStamp,
} from "./build-stamp.js";
import { FreshSources } from "./fresh-sources.js";
import { outputsIntact, statOutputs } from "./outputs-intact.js";

/**
 * The listing stage as the cache layer calls it: stats are listed only when a cache will compare them (they decide
 * which files are read at all). Otherwise every file is read, and its stats are taken when it is opened.
 */
export type ListSources = (ignore: readonly string[], withStats: boolean) => SourceListing;

/**
 * What a build remembers between runs, wrapped around pure stages from outside: no stage knows the cache's records.
 * `NO_CACHE` (`--no-cache`) runs the same stages with nothing to replay and nothing remembered.
 */
export interface CacheLayer {
	/** The last written build's result again, when nothing it depends on changed: reads only a stamp and the listing. */
	replay(): Promise<BuildResult | undefined>;
	/** Reads what earlier builds with this config remembered (nothing from another config or wirefeed version). */
	load(config: SiteConfig): void;
	/**
	 * The listing stage, after `load`; the one made while checking the stamp is reused when the ignore patterns are the
	 * same. Without a cache read from disk, nothing is compared: stats come from each file's first opening.
	 */
	memoizeListing(stage: ListSources): (ignore: readonly string[]) => SourceListing;
	/** The parse stage, skipped for a file whose size and mtime, or content, is as last time. */
	memoizeFacts(stage: ReadFacts): (entry: SourceEntry) => FactsResult;
	/** The evidence stage for one article, skipped while its file's size and mtime are as last time. */
	memoizeBlocks(stage: ReadBlocks): ReadBlocks;
	/**
	 * The render stage for one article, skipped while its file and the evidence about its blocks are as last time;
	 * `read` gives the file whole when it is needed (to tell a touched file from an edit, and to render it).
	 */
	memoizeEntry(stage: RenderArticle, read: (article: SourceFacts) => WholeArticle): RenderSelected;
	/** The files on disk, when they are what these published articles render to and nobody touched them since. */
	currentOutputs(published: readonly SourceFacts[]): Promise<readonly WrittenFile[] | undefined>;
	/**
	 * The archive pages whose files on disk are what rendering them would give (the same articles, unchanged, and the
	 * same links) and untouched since written: they need not be rendered or written again.
	 */
	keptDocuments(
		documents: readonly FeedDocument<FeedEntry>[],
		report: Pick<BuildReport, "entries" | "published">,
	): Promise<ReadonlySet<FeedDocument<FeedEntry>>>;
	/** The report with each warning the last written build already reported, about the same file, marked known. */
	recallWarnings(report: BuildReport, listing: SourceListing): BuildReport;
	/** What the last written build found and published, as its stamp says; undefined without one. */
	lastBuild(): LastBuild | undefined;
	/**
	 * Saves what this build learned, and the stamp of a written build: once, at the end. Never throws: a cache that
	 * cannot be written is the `cache/unwritable` warning returned, and the build's outcome stands.
	 */
	commit(
		result: BuildResult,
		scope: { readonly listing: SourceListing; readonly selection: Selection<SourceFacts> },
	): Promise<readonly Diagnostic[]>;
}

/** No cache: every stage runs, nothing is read or written. */
export const NO_CACHE: CacheLayer = {
	replay: async () => undefined,
	load: () => undefined,
	// Without a cache to validate, size and mtime are never compared: skip one system call per file.
	memoizeListing: (stage) => (ignore) => stage(ignore, false),
	// Nothing is compared later, so hashing every file would be wasted work.
	memoizeFacts: (stage) => (entry) => stage(entry),
	memoizeBlocks: (stage) => stage,
	memoizeEntry: (stage, read) => (article, evidence, links) => stage(article, evidence, links, read(article)),
	currentOutputs: async () => undefined,
	keptDocuments: async () => new Set(),
	lastBuild: () => undefined,
	recallWarnings: (report) => report,
	commit: async () => [],
};

/** Where a cache lives and what it is for. */
export interface CacheTarget {
	/** The cache folder (resolved). */
	readonly cacheDir: string;
	readonly articlesDir: string;
	readonly outDir: string;
	readonly cwd: string;
	readonly now: Date;
	readonly strict: boolean;
	/** The config text (a file's, or an object's as JSON), when the build writes: only then is a stamp kept and replayed. */
	readonly stampedConfig?: ConfigSource;
}

/**
 * A cache kept in `cacheDir`, one per articles/out pair: a snapshot with a journal of changes (see build-cache.ts)
 * and the stamp of the last written build (see build-stamp.ts).
 */
export function openCache(target: CacheTarget): CacheLayer {
	const file = cachePath(resolve(target.cacheDir), target.articlesDir, target.outDir);
	const stamp =
		target.stampedConfig === undefined
			? undefined
			: { file: stampPath(file), key: stampKey(packageJson.version, target.stampedConfig) };
	let stampListing: { readonly ignore: readonly string[]; readonly listing: SourceListing } | undefined;
	let config: SiteConfig | undefined;
	let previous: BuildCache<CachedSource> = emptyCache("");
	let next: BuildCache = emptyCache("");
	// With no cache read, nothing is compared: what the build learns is only listed for the snapshot.
	let fresh: FreshSources | undefined;
	let outputsKey = "";
	let documentKeys: Record<string, string> = {};
	const configured = (): SiteConfig => {
		if (config === undefined) throw new Error("cache used before load(config)");
		return config;
	};
	// Read once: the shortcut and the shrink guard both look at it.
	let lastStamp: { readonly stamp: BuildStamp | undefined } | undefined;
	const readLastStamp = (): BuildStamp | undefined => {
		lastStamp ??= { stamp: stamp === undefined ? undefined : readStamp(stamp.file) };
		return lastStamp.stamp;
	};

	let replayed: Promise<BuildResult | undefined> | undefined;
	const replayOnce = async (): Promise<BuildResult | undefined> => {
		if (stamp === undefined) return undefined;
		const last = readLastStamp();
		if (last === undefined || last.key !== stamp.key) return undefined;
		const listing = listSources(target.articlesDir, { cwd: target.cwd, ignore: last.ignore });
		stampListing = { ignore: last.ignore, listing };
		const current = { key: stamp.key, listing: digestListing(listing), now: target.now };
		if (!isStampCurrent(last, current) || !(await outputsIntact(last.outputs.files))) return undefined;
		return replayStamp(last, target.strict);
	};

	return {
		replay() {
			// Once per build: the CLI's no-change check asks first, then the build it hands on asks again.
			replayed ??= replayOnce();
			return replayed;
		},

		load(loaded) {
			config = loaded;
			const key = hashContent(JSON.stringify([packageJson.version, loaded]));
			previous = readCache(file, key);
			fresh = previous.origin === undefined ? new FreshSources() : undefined;
			next = { ...emptyCache(key), ...(fresh !== undefined && { listed: fresh }) };
		},

		memoizeListing(stage) {
			return (ignore) =>
				stampListing !== undefined && sameList(stampListing.ignore, ignore)
					? stampListing.listing
					: // A first build (or one after a config change) reads every file: the stats of its opening are as good.
						stage(ignore, previous.origin !== undefined);
		},

		memoizeFacts(stage) {
			return (entry) => {
				if (fresh !== undefined) {
					const result = stage(entry);
					// A file that vanished while read may come back as it was (same size, mtime, inode): it is read then.
					if (!isAboutTheRun(result.diagnostics)) fresh.add(entry, toSourceRecord(entry, result));
					return result;
				}
				const before = previous.sources[entry.relPath];
				// Size and mtime as last time: nothing is read. Otherwise the stage runs again: a scan of the head costs
				// about what hashing the file would, so a touched file is simply read again.
				if (
					before !== undefined &&
					before[0] === entry.size &&
					before[1] === entry.mtimeMs &&
					before[2] === entry.fileId
				) {
					next.sources[entry.relPath] = before;
					return factsOf(before, entry);
				}
				const result = stage(entry);
				// A file that vanished while read may come back as it was (same size, mtime, inode): it is read then.
				if (!isAboutTheRun(result.diagnostics)) next.sources[entry.relPath] = toSourceRecord(entry, result);
				return result;
			};
		},

		memoizeBlocks(stage) {
			return (article) => {
				if (fresh !== undefined) {
					const known = fresh.blocksOf(article.entry);
					if (known !== undefined) return known;
					const blocks = stage(article);
					fresh.addBlocks(article.entry, blocks);
					return blocks;
				}
				const kept = next.sources[article.relPath];
				const source = kept === undefined ? undefined : recordOf(kept);
				const known = source?.[8];
				if (known !== undefined && known !== 0) return known;
				const blocks = stage(article);
				// Kept with the source's facts: valid while its size and mtime are the same.
				if (source !== undefined) next.sources[article.relPath] = withBlocks(source, blocks);
				return blocks;
			};
		},

		memoizeEntry(stage, read) {
			return async (article, evidence, links) => {
				const { relPath, entry } = article;
				const before = previous.entries[relPath];
				// Rendered with other evidence about its blocks (an article of its host came or went): rendered again.
				// A body that links to other pages is current only while those links are as they were.
				const isSameContext =
					before?.evidenceKey === evidence?.key &&
					Object.entries(before?.linkLookups ?? {}).every(
						([reference, link]) => (links.find(reference) ?? null) === link,
					);
				if (
					before !== undefined &&
					isSameContext &&
					before.size === entry.size &&
					before.mtimeMs === entry.mtimeMs &&
					before.fileId === entry.fileId
				) {
					next.entries[relPath] = before;
					return before;
				}
				// Read whole here (the stage needs the body anyway) so the content hash can tell a touched file from an edit.
				const whole = read(article);
				const hash = "bytes" in whole.loaded ? hashContent(whole.loaded.bytes) : "";
				const stats = { size: entry.size, mtimeMs: entry.mtimeMs, fileId: entry.fileId };
				if (before !== undefined && isSameContext && hash !== "" && before.hash === hash) {
					const touched = { ...before, ...stats };
					next.entries[relPath] = touched;
					return touched;
				}
				const rendered = await stage(article, evidence, links, whole);
				// Running out of time says as much about the machine as about the file, and a file that vanished while
				// read may come back as it was: the next build tries again.
				if (isAboutTheRun(rendered.diagnostics)) return rendered;
				next.entries[relPath] = {
					hash,
					...stats,
					...(evidence !== undefined && { evidenceKey: evidence.key }),
					...rendered,
				};
				return rendered;
			};
		},

		async currentOutputs(published) {
			outputsKey = hashContent(
				published.map((article) => `${article.relPath}:${next.entries[article.relPath]?.hash ?? ""}`).join("\n"),
			);
			const last = previous.outputs;
			if (last?.key !== outputsKey || !(await outputsIntact(last.files))) return undefined;
			return last.files.map((f) => ({ path: f.path, changed: false }));
		},

		async keptDocuments(documents, report) {
			const hashes = new Map<FeedEntry, string>();
			report.entries.forEach((entry, index) => {
				const relPath = report.published[index]?.relPath ?? "";
				hashes.set(entry, `${relPath}:${next.entries[relPath]?.hash ?? ""}`);
			});
			documentKeys = {};
			const kept = new Set<FeedDocument<FeedEntry>>();
			const last = previous.outputs;
			const lastStats = new Map(last?.files.map((file) => [file.path, file]));
			// The subscription documents change with every new article and are small: they are always rendered.
			for (const document of documents.slice(1)) {
				const key = hashContent(
					JSON.stringify([document.paths, document.history ?? null, document.entries.map((e) => hashes.get(e))]),
				);
				const paths = Object.values(document.paths);
				for (const path of paths) documentKeys[path] = key;
				if (last?.documents === undefined || !paths.every((path) => last.documents?.[path] === key)) continue;
				const files = paths.map((path) => lastStats.get(resolve(target.outDir, path)));
				if (files.every((file) => file !== undefined) && (await outputsIntact(files))) kept.add(document);
			}
			return kept;
		},

		recallWarnings(report, listing) {
			const previous = new Set(readLastStamp()?.knownWarnings);
			if (previous.size === 0) return report;
			const { diagnostics } = markKnownWarnings(report.diagnostics, versionsOf(listing, next), previous);
			return { ...report, diagnostics };
		},

		lastBuild() {
			// Whatever the config: the stamp belongs to this articles and output folder pair.
			const last = readLastStamp();
			if (last === undefined) return undefined;
			return { articleCount: last.result.articleCount, published: last.result.items.length };
		},

		async commit(result, scope) {
			// A build stopped because the articles look lost (or vanished while read) keeps what the cache knows about
			// them for their return.
			if (result.diagnostics.some((d) => d.rule === "build/suspicious-shrink")) return [];
			if (result.status === "failed" && result.diagnostics.some((d) => d.rule === CHANGED_DURING_BUILD)) return [];
			// Freshly written outputs are stat'ed for the next build's check; otherwise the last written ones still hold.
			const isFresh = result.status === "written" && result.outputs !== undefined;
			// A file removed the moment after it was written is simply not remembered: the next build writes it again.
			const files = isFresh ? await statOutputs(result.files.map((f) => f.path)).catch(() => undefined) : undefined;
			const outputs: CachedOutputs | undefined = isFresh
				? files && {
						key: outputsKey,
						files,
						...(Object.keys(documentKeys).length > 0 && { documents: documentKeys }),
					}
				: previous.outputs;
			if (outputs !== undefined) next.outputs = outputs;
			const failure = writeCache(file, next, previous);
			if (failure !== undefined) return [unwritable(target, failure)];
			const said = previous.damage === undefined ? [] : [rebuilt(target, file, previous.damage)];
			// Nor is a result with an article that ran out of time, or a file that vanished, replayed as the outcome of
			// unchanged files.
			if (
				stamp !== undefined &&
				result.status === "written" &&
				outputs !== undefined &&
				!isAboutTheRun(result.diagnostics)
			) {
				const { fingerprints } = markKnownWarnings(result.diagnostics, versionsOf(scope.listing, next), new Set());
				const stampFailure = writeStamp(stamp.file, {
					...stampOf(stamp.key, configured(), result, scope, outputs),
					knownWarnings: fingerprints,
				});
				if (stampFailure !== undefined) return [...said, unwritable(target, stampFailure)];
			}
			return said;
		},
	};
}

// The feeds stand; only the next build's speed-up is lost. Said on every build until fixed: the cache is never kept.
function unwritable(target: CacheTarget, code: string): Diagnostic {
	return createDiagnostic(
		"warning",
		"cache/unwritable",
		`cannot write the build cache here (${code}); the feeds were written, but the next build cannot skip unchanged articles. Make it a writable folder, or pass --cache-dir DIR or --no-cache`,
		{ file: relative(target.cwd, target.cacheDir) || "." },
	);
}

// The cache only makes builds faster: a damaged one is replaced, and said as an info (shown with --verbose) so that
// the slower build is explained. Said once: the build writes a whole new cache.
function rebuilt(target: CacheTarget, file: string, damage: string): Diagnostic {
	return createDiagnostic(
		"info",
		"cache/rebuilt",
		`the build cache was damaged (${damage}); every article was read again and a new cache written. If this recurs, check the disk, or whether another program writes in the cache folder`,
		{ file: relative(target.cwd, file) },
	);
}

// Errors about this run, not about the file (a slow moment, a file caught mid-write, a bug whose trigger may be the
// run, such as the depth of the call stack): the next build reads and renders the file again.
const FILE_ERRORS_OF_THE_RUN = new Set(["clean/too-slow", CHANGED_DURING_BUILD, ARTICLE_FAILED]);

function isAboutTheRun(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => FILE_ERRORS_OF_THE_RUN.has(d.rule));
}

// The no-change shortcut's result: the stamped one, with the files as they are.
function replayStamp(last: BuildStamp, strict: boolean): BuildResult {
	const { items, diagnostics, articleCount, nextScheduled } = last.result;
	const base = {
		items,
		// Nothing changed: every warning was reported by the build that wrote the stamp.
		diagnostics: diagnostics.map((d) => (d.severity === "warning" && d.isKnown !== true ? { ...d, isKnown: true } : d)),
		articleCount,
		...(nextScheduled !== null && { nextScheduled: new Date(nextScheduled) }),
	};
	// --strict writes nothing when there are errors; the files on disk stay, as a failed strict build leaves them.
	if (strict && hasErrors(diagnostics)) return { ...base, status: "failed", files: [] };
	return { ...base, status: "written", files: last.outputs.files.map((f) => ({ path: f.path, changed: false })) };
}

// What the next build may report again if nothing changes. Waiting for another build's lock, a lock path in the way or
// lost, and a hub that did not answer are about this run, not about the input, so they are not repeated.
const ABOUT_THE_RUN = new Set(["io/waited-for-lock", "io/not-a-lock", "io/lock-lost", "publish/hub-failed"]);

function stampOf(
	key: string,
	config: SiteConfig,
	result: BuildResult,
	scope: { readonly listing: SourceListing; readonly selection: Selection<SourceFacts> },
	outputs: CachedOutputs,
): BuildStamp {
	return {
		key,
		ignore: config.ignore,
		listing: digestListing(scope.listing),
		validFrom: scope.selection.candidates[0]?.published.getTime() ?? null,
		validUntil: scope.selection.nextScheduled?.getTime() ?? null,
		outputs,
		result: {
			items: result.items,
			diagnostics: result.diagnostics.filter((d) => !ABOUT_THE_RUN.has(d.rule)),
			articleCount: result.articleCount,
			nextScheduled: result.nextScheduled?.getTime() ?? null,
		},
	};
}

// A file's version for known warnings: the content hash of a rendered article (a checkout that only touches files keeps
// its warnings known), else its size and mtime.
function versionsOf(listing: SourceListing, cache: BuildCache): (file: string) => string | undefined {
	// Asked only for the files of warnings, often none: the index of 200k files is made on the first question.
	let byFile: Map<string, SourceEntry> | undefined;
	return (file) => {
		byFile ??= new Map(listing.entries.map((entry) => [entry.file, entry]));
		const entry = byFile.get(file);
		return entry === undefined ? undefined : cache.entries[entry.relPath]?.hash || `${entry.size}:${entry.mtimeMs}`;
	};
}

function factsOf(cached: CachedSource, entry: SourceEntry): FactsResult {
	const [, , , flags, id, link, published, listed, , bounds] = cached;
	const diagnostics = listed === undefined || listed === 0 ? NONE : listed;
	if ((flags & SOURCE_FLAGS.isArticle) === 0) return { diagnostics };
	return {
		diagnostics,
		article: {
			file: entry.file,
			relPath: entry.relPath,
			id,
			link,
			published: new Date(published),
			draft: (flags & SOURCE_FLAGS.draft) !== 0,
			...(bounds !== undefined && bounds[0] !== 0 && { availableFrom: new Date(bounds[0]) }),
			...(bounds !== undefined && bounds[1] !== 0 && { expires: new Date(bounds[1]) }),
			entry,
			isValidated: (flags & SOURCE_FLAGS.scanned) === 0,
		},
	};
}

// Encoded when the cache is written, once the entry's stats are known: they are taken at the file's first opening and
// never change after (see takeOpenedStats), so the record says what it would have said now.
function toSourceRecord(entry: SourceEntry, result: FactsResult): SourceRecord {
	return entry.size === -1 ? toCachedSource(entry, result) : new ScannedSource(entry, result);
}

class ScannedSource {
	constructor(
		private readonly entry: SourceEntry,
		private readonly result: FactsResult,
	) {}

	toJSON(): CachedSource {
		return toCachedSource(this.entry, this.result);
	}
}

function toCachedSource(entry: SourceEntry, result: FactsResult): CachedSource {
	const { article, diagnostics } = result;
	const flags =
		article === undefined
			? 0
			: SOURCE_FLAGS.isArticle |
				(article.draft ? SOURCE_FLAGS.draft : 0) |
				(article.isValidated ? 0 : SOURCE_FLAGS.scanned);
	const facts = [
		entry.size,
		entry.mtimeMs,
		entry.fileId,
		flags,
		article?.id ?? "",
		article?.link ?? "",
		article?.published.getTime() ?? 0,
	] as const;
	const bounds =
		article?.availableFrom === undefined && article?.expires === undefined
			? undefined
			: ([article.availableFrom?.getTime() ?? 0, article.expires?.getTime() ?? 0] as const);
	if (bounds !== undefined) return [...facts, diagnostics.length === 0 ? 0 : diagnostics, 0, bounds];
	return diagnostics.length === 0 ? facts : [...facts, diagnostics];
}

const NONE: readonly never[] = [];

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((value, index) => value === b[index]);
}
