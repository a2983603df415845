import { resolve } from "node:path";
import packageJson from "../package.json" with { type: "json" };
import type { ArticleFacts } from "./article/article.js";
import {
	type BuildCache,
	type CachedEntry,
	type CachedOutputs,
	type CachedSource,
	cachePath,
	emptyCache,
	hashContent,
	readCache,
	writeCache,
} from "./cache/build-cache.js";
import {
	type BuildStamp,
	digestListing,
	isStampCurrent,
	readStamp,
	stampKey,
	stampPath,
	writeStamp,
} from "./cache/build-stamp.js";
import { outputsIntact, statOutputs } from "./cache/outputs-intact.js";
import { readConfigSource } from "./config/read-config-source.js";
import type { SiteConfig } from "./config/resolve-config.js";
import { appendDiagnostics, createDiagnostic, type Diagnostic, hasErrors } from "./diagnostic.js";
import type { ResolvedRights } from "./license/index.js";
import { listSources, type SourceEntry, type SourceListing } from "./load/list-sources.js";
import { readSource } from "./load/read-source.js";
import { rejectDuplicateIds } from "./select/find-duplicate-ids.js";
import { selectArticles } from "./select/select-articles.js";
import type { FeedEntry } from "./serialize/feed-model.js";
import type { WrittenFile } from "./write/write-outputs.js";

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
	/** Folder of the persistent cache, or false for none (default: `node_modules/.cache/wirefeed`). */
	readonly cacheDir?: string | false;
	/** Called as files are parsed, for progress display. */
	readonly onProgress?: (done: number, total: number) => void;
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

/** What a build did: `written` means the output folder is up to date (changed or not). */
export interface BuildResult {
	readonly status: "written" | "rendered" | "failed";
	/** Rendered documents by format; absent when the build failed early or nothing changed since the last build. */
	readonly outputs?: { readonly rss: string; readonly atom: string; readonly json: string };
	readonly files: readonly WrittenFile[];
	readonly items: readonly PublishedItem[];
	readonly diagnostics: readonly Diagnostic[];
	/** Number of article files found. */
	readonly articleCount: number;
	/** Earliest future publication date among held-back articles. */
	readonly nextScheduled?: Date;
}

/** Default cache folder, relative to the working directory. */
export const DEFAULT_CACHE_DIR = "node_modules/.cache/wirefeed";

/**
 * The pipeline, in order: load → parse (front matter → article) → select → render (clean, license) → serialize → write.
 * First, the stamp of the last written build: when nothing changed, its result is reported again and nothing else is
 * read. Otherwise parsing and rendering are cached per file, keyed by content hash, config and wirefeed version, so a
 * rebuild reads only what changed. Never prints or exits; bad input becomes diagnostics. Throws only for environment
 * failures.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
	const cwd = options.cwd ?? process.cwd();
	const articlesDir = resolve(cwd, options.articlesDir ?? "articles");
	const outDir = resolve(cwd, options.outDir ?? "out");
	const now = options.now ?? new Date();
	const wantsWrite = options.write !== false;
	const cacheFile =
		options.cacheDir === false
			? undefined
			: cachePath(resolve(cwd, options.cacheDir ?? DEFAULT_CACHE_DIR), articlesDir, outDir);
	let config = options.config;
	let stamp: StampTarget | undefined;
	let reusableListing: ReusableListing | undefined;
	if (config === undefined) {
		const read = await readConfigSource({ configFile: options.configFile, cwd });
		if (!read.ok) return failedEarly([read.diagnostic]);
		if (cacheFile !== undefined && wantsWrite) {
			stamp = { file: stampPath(cacheFile), key: stampKey(packageJson.version, read.source) };
			const last = await reuseLastBuild(stamp, { articlesDir, cwd, now, strict: options.strict === true });
			if ("result" in last) return last.result;
			reusableListing = last.listing;
		}
		// Validation (zod) and the parsers load only when something has to be built.
		const { parseConfigSource } = await import("./config/read-config.js");
		const loaded = parseConfigSource(read.source);
		if (!loaded.ok) return failedEarly(loaded.diagnostics);
		config = loaded.config;
	}
	const cacheKey = hashContent(JSON.stringify([packageJson.version, config]));
	const previous = cacheFile === undefined ? emptyCache(cacheKey) : readCache(cacheFile, cacheKey);
	const next: BuildCache = emptyCache(cacheKey);

	const diagnostics: Diagnostic[] = [];
	const listing =
		reusableListing !== undefined && sameList(reusableListing.ignore, config.ignore)
			? reusableListing.listing
			: listSources(articlesDir, { cwd, ignore: config.ignore, withStats: cacheFile !== undefined });
	appendDiagnostics(diagnostics, listing.diagnostics);
	if (listing.entries.length === 0) {
		diagnostics.push(
			createDiagnostic("warning", "build/no-articles", "no article files found; the feeds will be empty", {
				file: options.articlesDir ?? "articles",
			}),
		);
	}

	// Without a cache, articles that will not be published only need their selection facts: a fast scan reads them,
	// and only the published ones are fully validated. With a cache (each file is parsed once) or --strict, all are.
	const isScanAllowed = cacheFile === undefined && options.strict !== true;
	const articles: ArticleFacts[] = [];
	let cacheChanged = Object.keys(previous.sources).length !== listing.entries.length;
	// Loaded here, not at the top: a no-change rebuild never needs the parsers.
	const { parseSource } = await import("./parse/parse-source.js");
	const mode = { isCaching: cacheFile !== undefined, isScanAllowed };
	listing.entries.forEach((entry, index) => {
		const before = previous.sources[entry.relPath];
		const cached = parseSource(entry, before, config, mode);
		if (cached !== before) cacheChanged = true;
		next.sources[entry.relPath] = cached;
		appendDiagnostics(diagnostics, cached.parsed.diagnostics);
		const facts = cached.parsed.article;
		if (facts !== undefined) {
			articles.push({
				file: entry.file,
				relPath: entry.relPath,
				id: facts.id,
				link: facts.link,
				published: new Date(facts.published),
				draft: facts.draft,
			});
		}
		options.onProgress?.(index + 1, listing.entries.length);
	});
	const unique = rejectDuplicateIds(articles);
	appendDiagnostics(diagnostics, unique.diagnostics);
	const selection = selectArticles(unique.kept, now);
	appendDiagnostics(diagnostics, selection.diagnostics);

	const entriesByPath = new Map(listing.entries.map((entry) => [entry.relPath, entry]));
	// Render newest first until the limit is met: an article rejected while rendering gives its place to the next one.
	const entries: FeedEntry[] = [];
	const items: PublishedItem[] = [];
	const entryHashes: string[] = [];
	for (const article of selection.candidates) {
		if (entries.length >= config.limit) break;
		const source = next.sources[article.relPath];
		if (source === undefined) continue;
		const rendered = await renderCached(article, source, previous.entries[article.relPath], config, entriesByPath);
		if (rendered !== previous.entries[article.relPath]) cacheChanged = true;
		next.entries[article.relPath] = rendered;
		appendDiagnostics(diagnostics, rendered.diagnostics);
		if (rendered.entry === undefined) continue;
		entries.push(rendered.entry);
		entryHashes.push(`${article.relPath}:${rendered.hash}`);
		items.push({
			file: article.file,
			id: article.id,
			title: rendered.entry.title,
			link: article.link,
			...(rendered.rights !== undefined && { rights: rendered.rights }),
			cleanHits: rendered.cleanHits,
		});
	}

	const base = {
		items,
		diagnostics,
		articleCount: listing.entries.length,
		...(selection.nextScheduled !== undefined && { nextScheduled: selection.nextScheduled }),
	};
	const outputsKey = hashContent(entryHashes.join("\n"));
	if (wantsWrite && options.strict === true && hasErrors(diagnostics)) {
		saveCache(cacheFile, next, previous.outputs, previous);
		return { ...base, status: "failed", files: [] };
	}
	// What the next build may report again if nothing changes. Waiting for another build's lock is about this run, not
	// about the input, so it is not repeated.
	const stampFor = (key: string, outputs: CachedOutputs): BuildStamp => ({
		key,
		ignore: config.ignore,
		listing: digestListing(listing),
		validFrom: selection.candidates[0]?.published.getTime() ?? null,
		validUntil: selection.nextScheduled?.getTime() ?? null,
		outputs,
		result: {
			items,
			diagnostics: diagnostics.filter((d) => d.rule !== "io/waited-for-lock"),
			articleCount: listing.entries.length,
			nextScheduled: selection.nextScheduled?.getTime() ?? null,
		},
	});
	// Nothing that feeds depend on changed and the files on disk are the ones we wrote: no rendering, no writing.
	if (wantsWrite && previous.outputs?.key === outputsKey && (await outputsIntact(previous.outputs.files))) {
		if (cacheChanged) saveCache(cacheFile, next, previous.outputs, previous);
		if (stamp !== undefined) writeStamp(stamp.file, stampFor(stamp.key, previous.outputs));
		return { ...base, status: "written", files: previous.outputs.files.map((f) => ({ path: f.path, changed: false })) };
	}

	const { renderFeeds } = await import("./serialize/render-feeds.js");
	const outputs = renderFeeds(config, entries);
	if (!wantsWrite) {
		saveCache(cacheFile, next, previous.outputs, previous);
		return { ...base, outputs, status: "rendered", files: [] };
	}
	const { lockOutput } = await import("./write/lock-output.js");
	const { writeOutputs } = await import("./write/write-outputs.js");
	let waitStarted: number | undefined;
	const release = await lockOutput(outDir, { onWait: () => (waitStarted = Date.now()) });
	if (waitStarted !== undefined) {
		const seconds = ((Date.now() - waitStarted) / 1000).toFixed(1);
		diagnostics.push(
			createDiagnostic(
				"warning",
				"io/waited-for-lock",
				`another wirefeed build was writing here; waited ${seconds} s for it to end`,
				{
					file: options.outDir ?? "out",
				},
			),
		);
	}
	try {
		const files = await writeOutputs(outDir, [
			{ name: config.output.rss, content: outputs.rss },
			{ name: config.output.atom, content: outputs.atom },
			{ name: config.output.json, content: outputs.json },
		]);
		const written: CachedOutputs = { key: outputsKey, files: await statOutputs(files.map((f) => f.path)) };
		saveCache(cacheFile, next, written, previous);
		if (stamp !== undefined) writeStamp(stamp.file, stampFor(stamp.key, written));
		return { ...base, outputs, status: "written", files };
	} finally {
		await release();
	}
}

async function renderCached(
	article: ArticleFacts,
	source: CachedSource,
	cached: CachedEntry | undefined,
	config: SiteConfig,
	entries: ReadonlyMap<string, SourceEntry>,
): Promise<CachedEntry> {
	if (cached !== undefined && cached.hash === source.hash) return cached;
	// The body is not cached (it would make the cache as large as the articles): read it again for the few we render.
	const entry = entries.get(article.relPath);
	const read = entry === undefined ? undefined : readSource(entry, config.maxFileSize);
	// A scanned article is read whole for the first time here, so a body too large, binary or not UTF-8 shows now.
	if (read !== undefined && "diagnostic" in read && read.diagnostic.rule !== "load/unreadable") {
		return { hash: source.hash, cleanHits: {}, diagnostics: [read.diagnostic] };
	}
	if (read === undefined || "diagnostic" in read) {
		const diagnostic = createDiagnostic(
			"error",
			"load/changed-during-build",
			"file changed or vanished while building; run again",
			{ file: article.file },
		);
		return { hash: source.hash, cleanHits: {}, diagnostics: [diagnostic] };
	}
	// A scanned article is validated here, the first time it matters: its errors reject it like any other.
	const { parseArticle } = await import("./article/parse-article.js");
	const parsed = parseArticle(read.source, config);
	const full = parsed.article;
	if (full === undefined) return { hash: source.hash, cleanHits: {}, diagnostics: parsed.diagnostics };
	const { renderEntry } = await import("./render/render-entry.js");
	const rendered = renderEntry(full, config);
	return {
		hash: source.hash,
		cleanHits: rendered.cleanHits,
		// A fully parsed source already reported its warnings while listing; a scanned one reports them now.
		diagnostics:
			source.parsed.diagnostics.length > 0 ? rendered.diagnostics : [...parsed.diagnostics, ...rendered.diagnostics],
		...(rendered.entry !== undefined && { entry: rendered.entry }),
		...(rendered.rights !== undefined && { rights: rendered.rights }),
	};
}

function saveCache(
	file: string | undefined,
	cache: BuildCache,
	outputs: BuildCache["outputs"],
	previous: BuildCache,
): void {
	if (file === undefined) return;
	if (outputs !== undefined) cache.outputs = outputs;
	writeCache(file, cache, previous);
}

interface StampTarget {
	readonly file: string;
	readonly key: string;
}

/** A listing made while checking the stamp, reusable when the config's ignore patterns are the stamped ones. */
interface ReusableListing {
	readonly ignore: readonly string[];
	readonly listing: SourceListing;
}

// The no-change shortcut: when the last written build's stamp still holds, report its result again. Reads the stamp,
// lists the articles (one stat each) and stats the outputs; nothing else is read, parsed or loaded.
async function reuseLastBuild(
	stamp: StampTarget,
	at: { readonly articlesDir: string; readonly cwd: string; readonly now: Date; readonly strict: boolean },
): Promise<{ readonly result: BuildResult } | { readonly listing?: ReusableListing }> {
	const last = readStamp(stamp.file);
	if (last === undefined || last.key !== stamp.key) return {};
	const listing = listSources(at.articlesDir, { cwd: at.cwd, ignore: last.ignore });
	const current = { key: stamp.key, listing: digestListing(listing), now: at.now };
	if (!isStampCurrent(last, current) || !(await outputsIntact(last.outputs.files))) {
		return { listing: { ignore: last.ignore, listing } };
	}
	const { items, diagnostics, articleCount, nextScheduled } = last.result;
	const base = {
		items,
		diagnostics,
		articleCount,
		...(nextScheduled !== null && { nextScheduled: new Date(nextScheduled) }),
	};
	// --strict writes nothing when there are errors; the files on disk stay, as a failed strict build leaves them.
	if (at.strict && hasErrors(diagnostics)) return { result: { ...base, status: "failed", files: [] } };
	return {
		result: { ...base, status: "written", files: last.outputs.files.map((f) => ({ path: f.path, changed: false })) },
	};
}

function failedEarly(diagnostics: readonly Diagnostic[]): BuildResult {
	return { status: "failed", files: [], items: [], diagnostics, articleCount: 0 };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((value, index) => value === b[index]);
}
