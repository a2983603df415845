import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import type { ResolvedRights } from "../license/index.js";
import type { FeedEntry } from "../serialize/feed-model.js";

/** What parsing one source produced, reduced to what selection needs (bodies are re-read when rendering). */
export interface ParsedFacts {
	readonly article?: CachedFacts;
	readonly diagnostics: readonly Diagnostic[];
}

/** Selection facts as stored: the path-derived ones come back from the listing, dates as epoch milliseconds. */
export interface CachedFacts {
	readonly id: string;
	readonly link: string;
	readonly published: number;
	readonly draft: boolean;
}

/** A cached source: the stat facts that let a rebuild skip reading it, its content hash, and what parsing gave. */
export interface CachedSource {
	readonly size: number;
	readonly mtimeMs: number;
	readonly hash: string;
	readonly parsed: ParsedFacts;
}

/** A cached render of one article, valid while its source hash is the same. */
export interface CachedEntry {
	readonly hash: string;
	readonly entry?: FeedEntry;
	readonly rights?: ResolvedRights;
	readonly cleanHits: Readonly<Record<string, number>>;
	readonly diagnostics: readonly Diagnostic[];
}

/** The outputs as last written, so an unchanged build can skip rendering feeds at all. */
export interface CachedOutputs {
	readonly key: string;
	readonly files: readonly { readonly path: string; readonly size: number; readonly mtimeMs: number }[];
}

/** Everything a build remembers between runs. Valid only for the same config and wirefeed version (`key`). */
export interface BuildCache {
	readonly key: string;
	readonly sources: Record<string, CachedSource>;
	readonly entries: Record<string, CachedEntry>;
	outputs?: CachedOutputs;
}

const SCHEMA = 1;

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

/** Reads a cache; anything missing, corrupt, from another schema or for another key gives an empty one. */
export function readCache(path: string, key: string): BuildCache {
	try {
		// No reviver: calling one for each of the ~10 values of 10,000 sources costs more than the parse itself.
		const data: unknown = JSON.parse(readFileSync(path, "utf8"));
		if (
			typeof data === "object" &&
			data !== null &&
			"schema" in data &&
			data.schema === SCHEMA &&
			"key" in data &&
			data.key === key &&
			"sources" in data &&
			"entries" in data
		) {
			// The file is our own output, checked by schema number and key; its shape is trusted from here.
			const cache = data as unknown as BuildCache;
			for (const cached of Object.values(cache.entries)) reviveEntryDates(cached);
			return cache;
		}
	} catch {
		// A missing or damaged cache only costs a cold build.
	}
	return emptyCache(key);
}

/** Writes the cache atomically (temp file, then rename), so a killed build never leaves a torn cache. */
export function writeCache(path: string, cache: BuildCache): void {
	const dir = join(path, "..");
	mkdirSync(dir, { recursive: true });
	const temp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
	try {
		writeFileSync(temp, JSON.stringify({ schema: SCHEMA, ...cache }));
		renameSync(temp, path);
	} catch {
		rmSync(temp, { force: true });
	}
}

// Rendered entries keep their dates as ISO strings in JSON; selection facts use numbers and are left alone.
function reviveEntryDates(cached: CachedEntry): void {
	const entry = cached.entry as { published: Date | string; updated: Date | string } | undefined;
	if (entry === undefined) return;
	entry.published = new Date(entry.published);
	entry.updated = new Date(entry.updated);
}
