import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a cache file atomically (temp file, then rename), so a killed build never leaves a torn one. Returns false
 * on any failure (read-only folder, full disk): a cache that cannot be written only costs the next build its speed-up.
 */
export function writeCacheFile(path: string, text: string | Iterable<string>): boolean {
	const temp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
	try {
		mkdirSync(dirname(path), { recursive: true });
		if (typeof text === "string") writeFileSync(temp, text);
		else writeChunks(temp, text);
		renameSync(temp, path);
		return true;
	} catch {
		rmSync(temp, { force: true });
		return false;
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
