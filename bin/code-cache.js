// V8's compiled code for the CLI bundle, kept between runs: compiling ~1.6 MB of JavaScript on every cron tick is a
// large part of a small build. Node 20 has no built-in compile cache (module.enableCompileCache came in Node 22).

import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Folder of the code cache: WIREFEED_CODE_CACHE_DIR, else node_modules/.cache/wirefeed-code in the package. */
export function codeCacheDir(root) {
	return process.env.WIREFEED_CODE_CACHE_DIR ?? join(root, "node_modules", ".cache", "wirefeed-code");
}

/**
 * The cache file for this bundle under this Node: any change to either gives a new name, and V8 itself rejects data
 * that does not match the source or the engine's flags.
 */
export function codeCachePath(root, bundle) {
	if (process.env.WIREFEED_CODE_CACHE === "off") return undefined;
	const stats = statSync(bundle);
	const key = `${process.version}-${process.arch}-${stats.size}-${Math.trunc(stats.mtimeMs)}`;
	return join(codeCacheDir(root), `wirefeed-${key}.bin`);
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

/** Writes the cache atomically; any failure (read-only install, full disk) only costs the next run its speed-up. */
export function writeCodeCache(path, data) {
	const temp = `${path}.${process.pid}.tmp`;
	try {
		mkdirSync(join(path, ".."), { recursive: true });
		writeFileSync(temp, data);
		renameSync(temp, path);
	} catch {
		rmSync(temp, { force: true });
	}
}
