import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";

/** One file to write into the output folder. */
export interface OutputFile {
	/** Plain file name inside the output folder (validated by the config schema: no folders, no `..`). */
	readonly name: string;
	readonly content: string;
}

/** What happened to one output file. */
export interface WrittenFile {
	readonly path: string;
	/** False when the file already had exactly this content and was left untouched (its mtime kept). */
	readonly changed: boolean;
}

/**
 * Writes the outputs in two phases: every changed file goes to a temp file in the same folder (flushed to disk),
 * and only when all are written are they renamed over the old ones. A failure leaves the previous files intact and
 * removes the temp files; a reader never sees a half-written feed. Unchanged files are not touched. Call it holding the
 * output lock: it also removes the temp files of a build that was killed.
 */
export async function writeOutputs(outDir: string, files: readonly OutputFile[]): Promise<WrittenFile[]> {
	await mkdir(outDir, { recursive: true });
	await removeStaleTemps(outDir, files);
	const pending: { path: string; temp: string }[] = [];
	const results: WrittenFile[] = [];
	try {
		for (const file of files) {
			const path = join(outDir, file.name);
			await assertReplaceable(path);
			if ((await readExisting(path)) === file.content) {
				results.push({ path, changed: false });
				continue;
			}
			const temp = join(outDir, `.${file.name}.${randomBytes(6).toString("hex")}.tmp`);
			pending.push({ path, temp });
			const handle = await open(temp, "wx", 0o644);
			try {
				await handle.writeFile(file.content, "utf8");
				await handle.sync();
			} finally {
				await handle.close();
			}
			results.push({ path, changed: true });
		}
		for (const { temp, path } of pending) await rename(temp, path);
	} catch (error) {
		await Promise.all(pending.map(({ temp }) => rm(temp, { force: true })));
		throw error;
	}
	return results;
}

// A build killed mid-write (SIGKILL, power loss) cannot remove its temp files; the next one, holding the lock, can.
async function removeStaleTemps(outDir: string, files: readonly OutputFile[]): Promise<void> {
	const names = new Set(files.map((file) => file.name));
	for (const entry of await readdir(outDir)) {
		const match = TEMP_NAME_RE.exec(entry);
		if (match?.[1] !== undefined && names.has(match[1])) await rm(join(outDir, entry), { force: true });
	}
}

const TEMP_NAME_RE = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

// Found before anything is renamed, so one blocked name never leaves the feeds half updated.
async function assertReplaceable(path: string): Promise<void> {
	const existing = await lstat(path).catch(() => undefined);
	if (existing !== undefined && !existing.isFile()) {
		throw new Error(`${path} exists and is not a regular file; move it away so the feed can be written there`);
	}
}

async function readExisting(path: string): Promise<string | undefined> {
	try {
		return await readFile(path, "utf8");
	} catch {
		return undefined;
	}
}
