import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/** Why a cache file was not written: the system's error code (`EACCES`, `ENOTDIR`, `ENOSPC`…). */
export type CacheWriteFailure = string;

/**
 * Writes a cache file atomically (temp file, then rename), so a killed build never leaves a torn one. Never throws:
 * returns why it failed (read-only folder, a file where the folder should be, full disk), or undefined when written.
 * A cache that cannot be written only costs the next build its speed-up, never this build its feeds.
 */
export function writeCacheFile(path: string, text: string | Iterable<string>): CacheWriteFailure | undefined {
	const temp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
	try {
		mkdirSync(dirname(path), { recursive: true });
		if (typeof text === "string") writeFileSync(temp, text);
		else writeChunks(temp, text);
		renameSync(temp, path);
		return undefined;
	} catch (error) {
		try {
			rmSync(temp, { force: true });
		} catch {
			// Never made (the folder is a file, or cannot be entered).
		}
		return error instanceof Error && "code" in error ? String(error.code) : "unknown error";
	}
}

// A large file as it is made, chunk by chunk: a 200k-article snapshot never exists as one string (60 MB, and as much
// again for its bytes).
function writeChunks(path: string, chunks: Iterable<string>): void {
	const fd = openSync(path, "w");
	try {
		for (const chunk of chunks) writeSync(fd, chunk);
	} finally {
		closeSync(fd);
	}
}
