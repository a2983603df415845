import { readdirSync, statSync } from "node:fs";

// A site reader looks for folders a generator names and reads their entries; a folder that is not there (or cannot
// be read) is simply empty to it, which its caller reports if it matters.

/** True when `path` is a folder that can be read. */
export function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** The names in a folder, hidden ones (a leading dot) left out; none when it cannot be read. */
export function readVisibleNames(dir: string): string[] {
	try {
		return readdirSync(dir).filter((name) => !name.startsWith("."));
	} catch {
		return [];
	}
}
