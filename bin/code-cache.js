// V8's compiled code for the CLI bundle, kept between runs: compiling ~1.6 MB of JavaScript on every cron tick is a
// large part of a small build. Node 20 has no built-in compile cache (module.enableCompileCache came in Node 22).

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The last line of dist/wirefeed.cjs starts with this, followed by a digest of the bundle (scripts/bundle.js). */
export const BUILD_ID_PREFIX = "// wirefeed-build ";

/**
 * Folder of the code cache: WIREFEED_CODE_CACHE_DIR; else, when wirefeed is installed in a project
 * (`<project>/node_modules/wirefeed`), the project's `node_modules/.cache/wirefeed-code`, where build tools keep their
 * caches; else (a clone) `node_modules/.cache/wirefeed-code` in the repository.
 */
export function codeCacheDir(root) {
	if (process.env.WIREFEED_CODE_CACHE_DIR) return process.env.WIREFEED_CODE_CACHE_DIR;
	const parent = dirname(root);
	const nodeModules = basename(parent) === "node_modules" ? parent : join(root, "node_modules");
	return join(nodeModules, ".cache", "wirefeed-code");
}

/**
 * The cache file for this bundle under this Node, or undefined for no cache. It is named after the bundle's build id:
 * V8 rejects data from another engine or other flags, but of the source it checks only the length, and an installed
 * package's files all have the same mtime, so neither can tell two builds apart.
 */
export function codeCachePath(root, source) {
	if (process.env.WIREFEED_CODE_CACHE === "off") return undefined;
	const tail = source.slice(-100);
	const at = tail.lastIndexOf(BUILD_ID_PREFIX);
	if (at === -1) return undefined;
	const id = tail.slice(at + BUILD_ID_PREFIX.length).trim();
	return /^[0-9a-f]{8,64}$/.test(id)
		? join(codeCacheDir(root), `wirefeed-${process.version}-${process.arch}-${id}.bin`)
		: undefined;
}

/** The cached data, or undefined when there is none. */
export function readCodeCache(path) {
	if (path === undefined) return undefined;
	try {
		return readFileSync(path);
	} catch {
		return undefined;
	}
}

/**
 * Writes the cache atomically; any failure (a read-only install, a full disk) only costs the next run its speed-up,
 * and never prints: the run itself succeeded.
 */
export function writeCodeCache(path, data) {
	const temp = `${path}.${process.pid}.tmp`;
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(temp, data);
		renameSync(temp, path);
	} catch {
		rmSync(temp, { force: true });
	}
}
