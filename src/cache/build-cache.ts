import { createHash, randomBytes } from "node:crypto";
import { appendFileSync, closeSync, openSync, readFileSync, readSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import type { ArticleBlocks } from "../evidence/learn-boilerplate.js";
import type { FullTextDecision, ResolvedRights } from "../license/index.js";
import type { FeedEntry } from "../serialize/feed-model.js";
import { type CacheWriteFailure, writeCacheFile } from "./write-cache-file.js";

/**
 * A cached source, as a flat array (a 200k-article cache is read on every build that is not a no-change one: arrays
 * parse a third faster than nested objects and take less memory): its size, mtime and identity (device and inode),
 * which let a rebuild skip reading
 * it; what reading its facts gave — `SOURCE_FLAGS`, then the article's id, link and publication time (epoch ms; empty
 * strings and 0 without an article); its diagnostics (0 when none); and its source host and block fingerprints, once
 * the evidence stage has read it (see src/evidence/) (0 when not); and the article's embargo and expiry, when it has
either. Trailing elements that say nothing are left out.
 */
export type CachedSource = readonly [
	size: number,
	mtimeMs: number,
	// Device and inode (SourceEntry.fileId): a file swapped in under the same name is never taken for the cached one.
	fileId: string,
	flags: number,
	id: string,
	link: string,
	published: number,
	diagnostics?: readonly Diagnostic[] | 0,
	blocks?: ArticleBlocks | 0,
	// An embargo (Hugo publishDate) and an expiry, epoch ms (0: none), when the article has either.
	bounds?: readonly [availableFrom: number, expires: number],
];

/**
 * A source as a build holds it until the cache is saved: its record, or what the record is made from, encoded only
 * when written (JSON.stringify calls `toJSON`). A first build of 200k articles then keeps one small object per file
 * beside facts it keeps anyway, not a second copy of them as arrays and numbers (≈ 30 MB; issue #16's peak memory).
 */
export type SourceRecord = CachedSource | { toJSON(): CachedSource };

/** The record of a source, encoded if it was kept unencoded. */
export function recordOf(source: SourceRecord): CachedSource {
	return "toJSON" in source ? source.toJSON() : source;
}

/** The record with the blocks the evidence stage read from its file (see memoizeBlocks). */
export function withBlocks(source: CachedSource, blocks: ArticleBlocks): CachedSource {
	const [size, mtimeMs, fileId, flags, id, link, published, diagnostics = 0, , bounds] = source;
	const withBlocks = [size, mtimeMs, fileId, flags, id, link, published, diagnostics, blocks] as const;
	return bounds === undefined ? withBlocks : [...withBlocks, bounds];
}

/** Bits of a cached source's flags. */
export const SOURCE_FLAGS = {
	/** The file is an article (its facts follow). */
	isArticle: 1,
	draft: 2,
	/** The facts came from the quick scan: the article is validated (and its problems reported) when rendered. */
	scanned: 4,
} as const;

/**
 * A cached render of one article: valid while the file has the same size and mtime, or (a touched file) the same
 * content hash.
 */
export interface CachedEntry {
	readonly hash: string;
	readonly size: number;
	readonly mtimeMs: number;
	/** Device and inode (SourceEntry.fileId). */
	readonly fileId: string;
	/** The cross-article evidence it was rendered with (`ArticleEvidence.key`), if any: another one renders it again. */
	readonly evidenceKey?: string;
	readonly entry?: FeedEntry;
	readonly rights?: ResolvedRights;
	readonly fullText?: FullTextDecision;
	readonly cleanHits: Readonly<Record<string, number>>;
	readonly diagnostics: readonly Diagnostic[];
	readonly frontMatterDiagnostics: readonly Diagnostic[];
	/** References to other pages and what they gave, for a body that has some (a site's `ref`, `post_url`). */
	readonly linkLookups?: Readonly<Record<string, string | null>>;
}

/** The outputs as last written, so an unchanged build can skip rendering feeds at all. */
export interface CachedOutputs {
	readonly key: string;
	readonly files: readonly { readonly path: string; readonly size: number; readonly mtimeMs: number }[];
	/** Each archive document's key by output path: a page whose key and file are unchanged is not rendered again. */
	readonly documents?: Readonly<Record<string, string>>;
}

/** Everything a build remembers between runs. Valid only for the same config and wirefeed version (`key`). */
export interface BuildCache<Source extends SourceRecord = SourceRecord> {
	readonly key: string;
	/** As read from disk, records; as a build makes them, possibly still unencoded (see SourceRecord). */
	readonly sources: Record<string, Source>;
	/**
	 * More sources, by relative path, in the order they are listed: what a build that read no cache learned (see
	 * FreshSources). Written after `sources`; a cache with them is always written whole, never as a journal line.
	 */
	readonly listed?: Iterable<readonly [relPath: string, source: SourceRecord]>;
	readonly entries: Record<string, CachedEntry>;
	outputs?: CachedOutputs;
	/** Where a cache read from disk came from, so the next write can append to it instead of rewriting it. */
	readonly origin?: CacheOrigin;
	/** What was wrong with a cache file that could not be used (a garbled or cut line), when it was damaged. */
	readonly damage?: string;
}

/** The files a cache was read from: a snapshot and the journal of changes appended since. */
export interface CacheOrigin {
	/** Random id of the snapshot; journal lines of any other generation are ignored. */
	readonly generation: string;
	/** Sizes in characters, to tell when the journal has grown enough to be folded in. */
	readonly snapshotLength: number;
	readonly journalLength: number;
	/** False when the journal ended in a torn line: the next write rewrites the snapshot. */
	readonly isJournalClean: boolean;
}

/** One journal line: what changed since the snapshot and the lines before it (null: removed). */
interface JournalLine {
	readonly generation: string;
	readonly sources: Record<string, SourceRecord | null>;
	readonly entries: Record<string, CachedEntry | null>;
	readonly outputs?: CachedOutputs;
}

const SCHEMA = 8;
// The journal is folded into a new snapshot once it is a quarter of the snapshot's size.
const JOURNAL_SHARE = 0.25;

/** SHA-1 of text or bytes, hex: a content key, not a security boundary (SHA-1 hashes about twice as fast as SHA-256). */
export function hashContent(content: string | Uint8Array): string {
	return createHash("sha1").update(content).digest("hex");
}

/** The cache file for one articles/out pair inside `cacheDir`. */
export function cachePath(cacheDir: string, articlesDir: string, outDir: string): string {
	return join(cacheDir, `build-${hashContent(`${articlesDir}\0${outDir}`).slice(0, 16)}.json`);
}

/** An empty cache for `key`. */
export function emptyCache(key: string): BuildCache<CachedSource> {
	return { key, sources: {}, entries: {} };
}

/** The journal beside a snapshot. */
export function journalPath(path: string): string {
	return path.replace(/\.json$/, ".journal.ndjson");
}

/**
 * Reads a cache: the snapshot, then each line of its journal in order. Anything missing, corrupt, from another schema
 * or for another key gives an empty cache; a torn journal line ends the journal there (the cache is only older).
 */
export function readCache(path: string, key: string): BuildCache<CachedSource> {
	let header: { generation?: unknown } | undefined;
	const sources: Record<string, CachedSource> = {};
	let rest: { entries?: Record<string, CachedEntry>; outputs?: CachedOutputs } | undefined;
	let snapshotLength = 0;
	let lineNumber = 0;
	// A cache that is not there, or of another schema or key, is read again as a matter of course; a damaged one is
	// said (see `damage`): the build that reads every article again for it is explained.
	const damaged = (damage: string) => ({ ...emptyCache(key), damage });
	try {
		// No reviver: calling one for each of the ~10 values of 10,000 sources costs more than the parse itself.
		for (const line of readLines(path)) {
			lineNumber++;
			snapshotLength += line.length + 1;
			if (line === "") continue;
			let data: unknown;
			try {
				data = JSON.parse(line);
			} catch {
				return damaged(`line ${lineNumber} is not JSON`);
			}
			if (header === undefined) {
				if (!isSnapshotHeader(data, key))
					return isOwnHeader(data) ? emptyCache(key) : damaged("its first line is not a cache header");
				header = data as { generation?: unknown };
			} else if (Array.isArray(data)) {
				// Our own output, checked by schema number and key, and each line's outline (a line damaged on disk gives
				// a cold build, never a failed one); the fields of a record are trusted from here.
				if (!isSourcesLine(data)) return damaged(`line ${lineNumber} is not a list of articles' records`);
				for (let index = 0; index < data.length; index += 2)
					sources[data[index] as string] = data[index + 1] as CachedSource;
			} else if (isRest(data)) rest = data;
			else return damaged(`line ${lineNumber} is not an article's record`);
		}
	} catch {
		// Missing or unreadable: that only costs a cold build.
		return emptyCache(key);
	}
	if (header === undefined) return lineNumber === 0 ? emptyCache(key) : damaged("it is empty");
	// The last line holds the rendered entries: without it the snapshot is not whole.
	if (rest?.entries === undefined) return damaged("it ends before its last line, the rendered entries");
	const generation = String(header.generation);
	const entries = rest.entries;
	let outputs = rest.outputs;
	let journal = "";
	try {
		journal = readFileSync(journalPath(path), "utf8");
	} catch {
		// No changes appended since the snapshot.
	}
	let isJournalClean = true;
	for (const line of journal.split("\n")) {
		if (line === "") continue;
		let change: unknown;
		try {
			change = JSON.parse(line);
		} catch {
			change = undefined;
		}
		// A torn line (a build killed while appending it) or a damaged one: the journal ends there, the cache is only
		// older, and the next write makes a new snapshot.
		if (!isJournalLine(change)) {
			isJournalClean = false;
			break;
		}
		// A line from an older snapshot (left by a build killed between rewriting the snapshot and the journal).
		if (change.generation !== generation) continue;
		apply(sources, change.sources);
		apply(entries, change.entries);
		if (change.outputs !== undefined) outputs = change.outputs;
	}
	for (const cached of Object.values(entries)) reviveEntryDates(cached);
	return {
		key,
		sources,
		entries,
		...(outputs !== undefined && { outputs }),
		origin: { generation, snapshotLength, journalLength: journal.length, isJournalClean },
	};
}

/**
 * Writes the cache. When `next` differs from the cache it was built from by a little, the difference is appended to
 * the journal (one line: a build that changed one article writes a few KB, not the whole cache); otherwise, or when
 * the journal has grown, a new snapshot is written atomically (temp file, then rename) and the journal restarted.
 * A killed build never leaves a cache that says more than is true: a torn line is ignored on reading.
 */
export function writeCache(path: string, next: BuildCache, previous: BuildCache): CacheWriteFailure | undefined {
	const origin = previous.origin;
	if (origin?.isJournalClean && previous.key === next.key && next.listed === undefined) {
		const change = changeBetween(previous, next, origin.generation);
		// `wirefeed licenses` and a failed --strict build save the cache too, usually with nothing new in it.
		if (isEmptyChange(change)) return undefined;
		const line = JSON.stringify(change);
		if (origin.journalLength + line.length < origin.snapshotLength * JOURNAL_SHARE) {
			try {
				appendFileSync(journalPath(path), `${line}\n`);
				return undefined;
			} catch {
				// Fall back to a full snapshot.
			}
		}
	}
	const generation = randomBytes(8).toString("hex");
	const failure = writeCacheFile(path, snapshotChunks(next, generation));
	if (failure !== undefined) return failure;
	try {
		// Lines of the old generation would be ignored anyway; removing them keeps the journal small.
		rmSync(journalPath(path), { force: true });
	} catch {
		// Ignored on reading: a journal of another generation, or one that cannot be read, adds nothing.
	}
	return undefined;
}

/**
 * The snapshot, one JSON value a line: a header `{ schema, key, generation }`, then the sources (`sources`, then
 * `listed`) as `[relPath, source, relPath, source, …]`, up to SOURCES_PER_LINE a line, then `{ entries, outputs }`.
 * Written and read a line at a time (≈ 30K characters, small enough to be collected young): a 200k-article snapshot
 * never exists as one string (60 MB, twice that when a rendered entry has a non-ASCII character, and as much again for
 * its bytes).
 */
function* snapshotChunks(cache: BuildCache, generation: string): Generator<string> {
	const { key, entries, outputs } = cache;
	yield `${JSON.stringify({ schema: SCHEMA, key, generation })}\n`;
	let line: (string | CachedSource)[] = [];
	for (const [relPath, source] of sourcesOf(cache)) {
		line.push(relPath, recordOf(source));
		if (line.length === 2 * SOURCES_PER_LINE) {
			yield `${JSON.stringify(line)}\n`;
			line = [];
		}
	}
	if (line.length > 0) yield `${JSON.stringify(line)}\n`;
	yield `${JSON.stringify({ entries, ...(outputs !== undefined && { outputs }) })}\n`;
}

// Many sources a line: one JSON.stringify (and one JSON.parse) a source cost a first build of 200k articles a third
// more than these (issue #16).
const SOURCES_PER_LINE = 100;

// Every source of a cache as `[relPath, source]`: the table's, then the list's.
function* sourcesOf(cache: BuildCache): Generator<readonly [string, SourceRecord]> {
	for (const relPath in cache.sources) {
		const source = cache.sources[relPath];
		if (source !== undefined) yield [relPath, source];
	}
	if (cache.listed !== undefined) yield* cache.listed;
}

// The lines of a file, decoded one by one from reads of a megabyte.
function* readLines(path: string): Generator<string> {
	const fd = openSync(path, "r");
	try {
		const chunk = Buffer.allocUnsafe(1 << 20);
		let pending = Buffer.alloc(0);
		for (;;) {
			const read = readSync(fd, chunk, 0, chunk.length, null);
			const data = pending.length === 0 ? chunk.subarray(0, read) : Buffer.concat([pending, chunk.subarray(0, read)]);
			let start = 0;
			for (let end = data.indexOf(NEWLINE); end !== -1; end = data.indexOf(NEWLINE, start)) {
				yield data.toString("utf8", start, end);
				start = end + 1;
			}
			if (read === 0) {
				if (start < data.length) yield data.toString("utf8", start);
				return;
			}
			// A copy: `chunk` is read into again.
			pending = Buffer.from(data.subarray(start));
		}
	} finally {
		closeSync(fd);
	}
}

const NEWLINE = 0x0a;

/** What changed from `before` to `after`, by identity: a build hands on unchanged records as the same objects. */
function changeBetween(before: BuildCache, after: BuildCache, generation: string): JournalLine {
	return {
		generation,
		sources: diffRecords(before.sources, after.sources),
		entries: diffRecords(before.entries, after.entries),
		...(after.outputs !== undefined && after.outputs !== before.outputs && { outputs: after.outputs }),
	};
}

function isEmptyChange(change: JournalLine): boolean {
	return (
		change.outputs === undefined && Object.keys(change.sources).length === 0 && Object.keys(change.entries).length === 0
	);
}

function diffRecords<T>(before: Record<string, T>, after: Record<string, T>): Record<string, T | null> {
	const changed: Record<string, T | null> = {};
	for (const [name, value] of Object.entries(after)) if (before[name] !== value) changed[name] = value;
	for (const name of Object.keys(before)) if (!(name in after)) changed[name] = null;
	return changed;
}

function apply<T>(target: Record<string, T>, change: Record<string, T | null>): void {
	for (const [name, value] of Object.entries(change)) {
		if (value === null) delete target[name];
		else target[name] = value;
	}
}

// `[relPath, source, relPath, source, …]`: a path, then the outline of its record.
function isSourcesLine(data: readonly unknown[]): boolean {
	if (data.length % 2 !== 0) return false;
	for (let index = 0; index < data.length; index += 2)
		if (typeof data[index] !== "string" || !Array.isArray(data[index + 1])) return false;
	return true;
}

function isRecord(data: unknown): data is Record<string, unknown> {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}

// The outline of what a snapshot's last line and a journal line hold: records of the right kind where records go.
function isOutputs(data: unknown): data is CachedOutputs {
	return isRecord(data) && Array.isArray(data.files) && (data.documents === undefined || isRecord(data.documents));
}

function isRest(data: unknown): data is { entries: Record<string, CachedEntry>; outputs?: CachedOutputs } {
	return (
		isRecord(data) &&
		isRecord(data.entries) &&
		Object.values(data.entries).every(isRecord) &&
		(data.outputs === undefined || isOutputs(data.outputs))
	);
}

function isJournalLine(data: unknown): data is JournalLine {
	return (
		isRecord(data) &&
		typeof data.generation === "string" &&
		isRecord(data.sources) &&
		Object.values(data.sources).every((source) => source === null || Array.isArray(source)) &&
		isRecord(data.entries) &&
		Object.values(data.entries).every((entry) => entry === null || isRecord(entry)) &&
		(data.outputs === undefined || isOutputs(data.outputs))
	);
}

// A header of a cache file, of any schema or key: another version's or config's cache, not a damaged one.
function isOwnHeader(data: unknown): boolean {
	return typeof data === "object" && data !== null && "schema" in data && "key" in data;
}

function isSnapshotHeader(data: unknown, key: string): boolean {
	return (
		typeof data === "object" &&
		data !== null &&
		"schema" in data &&
		data.schema === SCHEMA &&
		"key" in data &&
		data.key === key &&
		"generation" in data
	);
}

// Rendered entries keep their dates as ISO strings in JSON; selection facts use numbers and are left alone.
function reviveEntryDates(cached: CachedEntry): void {
	const entry = cached.entry as { published: Date | string; updated: Date | string } | undefined;
	if (entry === undefined) return;
	entry.published = new Date(entry.published);
	entry.updated = new Date(entry.updated);
}
