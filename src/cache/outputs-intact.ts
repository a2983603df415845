import { stat } from "node:fs/promises";

/** An output file as last written: a later build compares these to tell whether anyone replaced it. */
export interface OutputStats {
	readonly path: string;
	readonly size: number;
	readonly mtimeMs: number;
}

/** Size and mtime of each written output. */
export async function statOutputs(paths: readonly string[]): Promise<OutputStats[]> {
	return Promise.all(
		paths.map(async (path) => {
			const stats = await stat(path);
			return { path, size: stats.size, mtimeMs: stats.mtimeMs };
		}),
	);
}

/** True when every output is still on disk with the size and mtime it was written with. */
export async function outputsIntact(files: readonly OutputStats[]): Promise<boolean> {
	try {
		const current = await statOutputs(files.map((f) => f.path));
		return current.every((c, i) => c.size === files[i]?.size && c.mtimeMs === files[i]?.mtimeMs);
	} catch {
		return false;
	}
}
