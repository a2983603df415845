import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a cache file atomically (temp file, then rename), so a killed build never leaves a torn one. Returns false
 * on any failure (read-only folder, full disk): a cache that cannot be written only costs the next build its speed-up.
 */
export function writeCacheFile(path: string, text: string): boolean {
	const temp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(temp, text);
		renameSync(temp, path);
		return true;
	} catch {
		rmSync(temp, { force: true });
		return false;
	}
}
