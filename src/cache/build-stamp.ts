import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { PublishedItem } from "../build-result.js";
import type { Diagnostic } from "../diagnostic.js";
import type { SourceListing } from "../load/list-sources.js";
import { type CachedOutputs, hashContent } from "./build-cache.js";
import { type CacheWriteFailure, writeCacheFile } from "./write-cache-file.js";

/**
 * What the last written build produced, and the conditions under which a build now would produce exactly the same:
 * the same wirefeed version and config text, the same listing (every path, size and mtime), a `now` in the same
 * publication window, and the outputs on disk still the ones it wrote. Small, so checking it costs little more than
 * listing the articles: a no-change rebuild reads neither the articles nor the full cache.
 */
export interface BuildStamp {
	/** Version and config source (see `stampKey`). */
	readonly key: string;
	/** The resolved `ignore` patterns, so the listing can be checked without validating the config. */
	readonly ignore: readonly string[];
	/** Digest of the listing (see `digestListing`). */
	readonly listing: string;
	/** Newest publication date among published articles: an earlier `now` would hold that article back. */
	readonly validFrom: number | null;
	/** Earliest future publication date: from then on, that article is published. */
	readonly validUntil: number | null;
	readonly outputs: CachedOutputs;
	readonly result: StampedResult;
	/** Fingerprints of the warnings reported about article files (see markKnownWarnings); absent in older stamps. */
	readonly knownWarnings?: readonly string[];
}

/** The parts of the build result a no-change rebuild reports again. */
export interface StampedResult {
	readonly items: readonly PublishedItem[];
	readonly diagnostics: readonly Diagnostic[];
	readonly articleCount: number;
	readonly nextScheduled: number | null;
}

const SCHEMA = 2;

/** The stamp's key: wirefeed's version and the exact config text, so no validation is needed to compare it. */
export function stampKey(version: string, config: { readonly file: string; readonly text: string }): string {
	return hashContent(JSON.stringify([SCHEMA, version, config.file, config.text]));
}

/** Digest of every listed path with its size and mtime, and of what listing reported (ignored files, links). */
export function digestListing(listing: SourceListing): string {
	// A listing made for the shortcut is reused by the build that follows it: digest it once.
	const known = digests.get(listing);
	if (known !== undefined) return known;
	// Fed to the hashes in pieces: the text of a 200k-file listing would be a 16 MB string. The sizes and mtimes go in
	// as the bytes of their doubles: writing an mtime with its fraction as text took two thirds of the digest.
	const names = createHash("sha1");
	const stats = createHash("sha1");
	const numbers = new Float64Array(NUMBERS_PER_UPDATE);
	let text = "";
	let count = 0;
	for (const entry of listing.entries) {
		text += `${entry.relPath}\0${entry.fileId}\n`;
		numbers[count++] = entry.size;
		numbers[count++] = entry.mtimeMs;
		if (count === NUMBERS_PER_UPDATE) {
			names.update(text);
			stats.update(numbers);
			text = "";
			count = 0;
		}
	}
	names.update(`${text}\0${JSON.stringify(listing.diagnostics)}`);
	stats.update(numbers.subarray(0, count));
	const digest = hashContent(`${names.digest("hex")}:${stats.digest("hex")}`);
	digests.set(listing, digest);
	return digest;
}

// Two numbers a file: a flush every 1,024 files (a text of ≈ 100 KB at 100-character paths).
const NUMBERS_PER_UPDATE = 2 * 1024;

const digests = new WeakMap<SourceListing, string>();

/** True when a build at `now` over this listing would give the stamped result. */
export function isStampCurrent(stamp: BuildStamp, current: { key: string; listing: string; now: Date }): boolean {
	const now = current.now.getTime();
	return (
		stamp.key === current.key &&
		stamp.listing === current.listing &&
		(stamp.validFrom === null || now >= stamp.validFrom) &&
		(stamp.validUntil === null || now < stamp.validUntil)
	);
}

/** The stamp file for one articles/out pair, beside the full cache. */
export function stampPath(cacheFile: string): string {
	return cacheFile.replace(/\.json$/, ".stamp.json");
}

/** Reads a stamp; anything missing, damaged or of another schema gives undefined. */
export function readStamp(path: string): BuildStamp | undefined {
	try {
		const data: unknown = JSON.parse(readFileSync(path, "utf8"));
		// Our own file, checked by schema number and outline (a stamp damaged on disk gives a full build, never a
		// failed one); its key is compared before anything else is used.
		if (isStamp(data)) return data;
	} catch {
		// A missing or damaged stamp only costs a full (cached) build.
	}
	return undefined;
}

/** Writes the stamp atomically; a failure (returned) only costs the next build its shortcut. */
export function writeStamp(path: string, stamp: BuildStamp): CacheWriteFailure | undefined {
	return writeCacheFile(path, JSON.stringify({ schema: SCHEMA, ...stamp }));
}

function isStamp(data: unknown): data is BuildStamp {
	if (typeof data !== "object" || data === null || !("schema" in data) || data.schema !== SCHEMA) return false;
	const stamp = data as Partial<Record<keyof BuildStamp, unknown>>;
	const { result, outputs } = stamp;
	const isTime = (value: unknown) => value === null || typeof value === "number";
	return (
		typeof stamp.key === "string" &&
		Array.isArray(stamp.ignore) &&
		typeof stamp.listing === "string" &&
		isTime(stamp.validFrom) &&
		isTime(stamp.validUntil) &&
		typeof outputs === "object" &&
		outputs !== null &&
		Array.isArray((outputs as { files?: unknown }).files) &&
		typeof result === "object" &&
		result !== null &&
		Array.isArray((result as { items?: unknown }).items) &&
		Array.isArray((result as { diagnostics?: unknown }).diagnostics) &&
		typeof (result as { articleCount?: unknown }).articleCount === "number" &&
		isTime((result as { nextScheduled?: unknown }).nextScheduled) &&
		(stamp.knownWarnings === undefined || Array.isArray(stamp.knownWarnings))
	);
}
