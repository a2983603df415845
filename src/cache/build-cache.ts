import { createHash, randomBytes } from "node:crypto";
import { appendFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import type { ArticleBlocks } from "../evidence/learn-boilerplate.js";
import type { FullTextDecision, ResolvedRights } from "../license/index.js";
import type { FeedEntry } from "../serialize/feed-model.js";
import { writeCacheFile } from "./write-cache-file.js";

/**
 * A cached source, as a flat array (a 200k-article cache is read on every build that is not a no-change one: arrays
 * parse a third faster than nested objects and take less memory): its size and mtime, which let a rebuild skip reading
 * it; what reading its facts gave — `SOURCE_FLAGS`, then the article's id, link and publication time (epoch ms; empty
 * strings and 0 without an article); its diagnostics (0 when none); and its source host and block fingerprints, once
 * the evidence stage has read it (see src/evidence/) (0 when not); and the article's embargo and expiry, when it has
either. Trailing elements that say nothing are left out.
 */
export type CachedSource = readonly [
	size: number,
	mtimeMs: number,
	flags: number,
	id: string,
	link: string,
	published: number,
	diagnostics?: readonly Diagnostic[] | 0,
	blocks?: ArticleBlocks | 0,
	// An embargo (Hugo publishDate) and an expiry, epoch ms (0: none), when the article has either.
	bounds?: readonly [availableFrom: number, expires: number],
];

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
export interface BuildCache {
	readonly key: string;
	readonly sources: Record<string, CachedSource>;
	readonly entries: Record<string, CachedEntry>;
	outputs?: CachedOutputs;
	/** Where a cache read from disk came from, so the next write can append to it instead of rewriting it. */
	readonly origin?: CacheOrigin;
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
	readonly sources: Record<string, CachedSource | null>;
	readonly entries: Record<string, CachedEntry | null>;
	readonly outputs?: CachedOutputs;
}

const SCHEMA = 4;
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
export function emptyCache(key: string): BuildCache {
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
export function readCache(path: string, key: string): BuildCache {
	let snapshot: string;
	try {
		snapshot = readFileSync(path, "utf8");
	} catch {
		return emptyCache(key);
	}
	let cache: BuildCache & { generation?: unknown };
	try {
		// No reviver: calling one for each of the ~10 values of 10,000 sources costs more than the parse itself.
		const data: unknown = JSON.parse(snapshot);
		if (!isSnapshot(data, key)) return emptyCache(key);
		// The file is our own output, checked by schema number and key; its shape is trusted from here.
		cache = data as unknown as BuildCache & { generation?: unknown };
	} catch {
		// A damaged cache only costs a cold build.
		return emptyCache(key);
	}
	const generation = String(cache.generation);
	const sources = cache.sources;
	const entries = cache.entries;
	let outputs = cache.outputs;
	let journal = "";
	try {
		journal = readFileSync(journalPath(path), "utf8");
	} catch {
		// No changes appended since the snapshot.
	}
	let isJournalClean = true;
	for (const line of journal.split("\n")) {
		if (line === "") continue;
		let change: JournalLine;
		try {
			change = JSON.parse(line) as JournalLine;
		} catch {
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
		origin: { generation, snapshotLength: snapshot.length, journalLength: journal.length, isJournalClean },
	};
}

/**
 * Writes the cache. When `next` differs from the cache it was built from by a little, the difference is appended to
 * the journal (one line: a build that changed one article writes a few KB, not the whole cache); otherwise, or when
 * the journal has grown, a new snapshot is written atomically (temp file, then rename) and the journal restarted.
 * A killed build never leaves a cache that says more than is true: a torn line is ignored on reading.
 */
export function writeCache(path: string, next: BuildCache, previous: BuildCache): void {
	const origin = previous.origin;
	if (origin?.isJournalClean && previous.key === next.key) {
		const change = changeBetween(previous, next, origin.generation);
		// `wirefeed licenses` and a failed --strict build save the cache too, usually with nothing new in it.
		if (isEmptyChange(change)) return;
		const line = JSON.stringify(change);
		if (origin.journalLength + line.length < origin.snapshotLength * JOURNAL_SHARE) {
			try {
				appendFileSync(journalPath(path), `${line}\n`);
				return;
			} catch {
				// Fall back to a full snapshot.
			}
		}
	}
	const generation = randomBytes(8).toString("hex");
	const { key, sources, entries, outputs } = next;
	const snapshot = JSON.stringify({ schema: SCHEMA, key, generation, sources, entries, outputs });
	// Lines of the old generation would be ignored anyway; removing them keeps the journal small.
	if (writeCacheFile(path, snapshot)) rmSync(journalPath(path), { force: true });
}

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

function isSnapshot(data: unknown, key: string): boolean {
	return (
		typeof data === "object" &&
		data !== null &&
		"schema" in data &&
		data.schema === SCHEMA &&
		"key" in data &&
		data.key === key &&
		"generation" in data &&
		"sources" in data &&
		"entries" in data
	);
}

// Rendered entries keep their dates as ISO strings in JSON; selection facts use numbers and are left alone.
function reviveEntryDates(cached: CachedEntry): void {
	const entry = cached.entry as { published: Date | string; updated: Date | string } | undefined;
	if (entry === undefined) return;
	entry.published = new Date(entry.published);
	entry.updated = new Date(entry.updated);
}
