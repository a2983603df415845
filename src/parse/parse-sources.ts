import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CachedSource } from "../cache/build-cache.js";
import type { SiteConfig } from "../config/resolve-config.js";
import type { SourceEntry } from "../load/list-sources.js";
import { isUnchanged, type ParseMode, parseSource, scanSource } from "./parse-source.js";

// Below this many files to read, starting a worker (a second Node isolate, ~30 ms) costs more than it saves.
const PARALLEL_MIN_FILES = 2000;

/** What a parse worker is given: its share of the files, what the cache knew of them, and how to parse. */
export interface WorkerTask {
	readonly wirefeedParseTask: true;
	readonly entries: readonly SourceEntry[];
	readonly cached: readonly (CachedSource | undefined)[];
	readonly config: SiteConfig;
	readonly mode: ParseMode;
}

/**
 * Parses every listed source, in listing order. Reading and scanning thousands of files is the one stage of a cold
 * build whose cost grows with the archive; when enough files must be read and a second core exists, the second half
 * is parsed in a worker thread while this thread parses the first. Each file's result depends only on that file, so
 * the split never changes the outcome.
 */
export async function parseSources(
	entries: readonly SourceEntry[],
	previous: Readonly<Record<string, CachedSource>>,
	config: SiteConfig,
	mode: ParseMode & { readonly onProgress?: ((done: number, total: number) => void) | undefined },
): Promise<CachedSource[]> {
	const pending = entries.filter((entry) => {
		const cached = previous[entry.relPath];
		return cached === undefined || !isUnchanged(entry, cached);
	});
	const parseMode: ParseMode = { isCaching: mode.isCaching, isScanAllowed: mode.isScanAllowed };
	const split = canUseWorker() && pending.length >= PARALLEL_MIN_FILES ? pending.length >> 1 : pending.length;
	const offloaded = pending.slice(split);
	const fromWorker =
		offloaded.length === 0
			? Promise.resolve([])
			: runWorker({
					wirefeedParseTask: true,
					entries: offloaded,
					cached: offloaded.map((entry) => previous[entry.relPath]),
					config,
					mode: parseMode,
				});
	// Keep the rejection until awaited below, so a worker failure surfaces as this build's error.
	fromWorker.catch(() => undefined);
	const mine = pending.slice(0, split);
	const parsed = await parseShare(
		mine,
		mine.map((entry) => previous[entry.relPath]),
		config,
		parseMode,
		(done) => mode.onProgress?.(done, entries.length),
	);
	// `pending` in order: this thread's share, then the worker's.
	const fresh = [...parsed, ...(await fromWorker)];
	const results = new Map(pending.map((entry, index) => [entry.relPath, fresh[index] as CachedSource]));
	mode.onProgress?.(entries.length, entries.length);
	return entries.map((entry) => results.get(entry.relPath) ?? (previous[entry.relPath] as CachedSource));
}

// Scans first; the full parser (YAML, TOML, validation) is loaded only if some file needs it, which keeps a worker's
// start cheap when every article is plain front matter.
export async function parseShare(
	entries: readonly SourceEntry[],
	cached: readonly (CachedSource | undefined)[],
	config: SiteConfig,
	mode: ParseMode,
	onProgress?: (done: number) => void,
): Promise<CachedSource[]> {
	const results: (CachedSource | undefined)[] = entries.map((entry, index) => {
		onProgress?.(index + 1);
		return scanSource(entry, config, mode);
	});
	if (results.every((result) => result !== undefined)) return results;
	const { parseArticle } = await import("../article/parse-article.js");
	return results.map(
		(result, index) => result ?? parseSource(entries[index] as SourceEntry, cached[index], config, mode, parseArticle),
	);
}

// The worker is the bundled dist/parse-worker.cjs, beside the bundle this code runs from; from the TypeScript sources
// (tests) there is none, and everything is parsed on this thread.
const WORKER_FILE = fileURLToPath(new URL("./parse-worker.cjs", import.meta.url));

function canUseWorker(): boolean {
	return availableParallelism() >= 2 && existsSync(WORKER_FILE);
}

function runWorker(task: WorkerTask): Promise<CachedSource[]> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(WORKER_FILE, {
			workerData: task,
			// The worker keeps little: a small young generation holds its peak memory down.
			resourceLimits: { maxYoungGenerationSizeMb: 4 },
		});
		worker.once("message", (results: CachedSource[]) => resolve(results));
		worker.once("error", reject);
		worker.once("exit", (code) => reject(new Error(`parse worker exited with code ${code} before answering`)));
	});
}
