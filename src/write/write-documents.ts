import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, readdir, readFile, rename, rm, rmdir } from "node:fs/promises";
import { basename, dirname, join, posix } from "node:path";
import type { OutputDocument } from "../serialize/render-documents.js";

/** What happened to one output document. */
export interface WrittenFile {
	readonly path: string;
	/** False when the file already had exactly this content and was left untouched (its mtime kept). */
	readonly changed: boolean;
}

/**
 * The list of files wirefeed wrote into the output folder, kept inside it so it survives `--no-cache`: a file a
 * previous build wrote and this one no longer produces is removed, and nothing else in the folder is ever touched.
 */
export const MANIFEST_NAME = ".wirefeed-manifest.json";

const MANIFEST_SCHEMA = 1;
// A segment is a plain name: no empty, `.` or `..` segments, nothing hidden (our temp files and manifest start with a
// dot), no backslash or colon that another OS would read as a separator or drive.
const SEGMENT_RE = /^[^./\\:\0][^/\\:\0]*$/;

/**
 * Writes the documents in two phases: every changed document goes to a temp file beside its final name (flushed to
 * disk), and only when all are written are they renamed over the old ones. A failure before the renames leaves the
 * previous files intact and removes the temp files; a reader never sees a half-written document. Unchanged files, and
 * documents the render stage kept as they are, are not touched; missing folders are created. Then the files a previous build wrote and this one does not are removed.
 * The manifest is first widened to every file that may now exist, so a build killed at any point leaves none
 * untracked. A page (`isPage`) is written only where no file is or wirefeed wrote the one there; the others are
 * returned as `notOurs`, untouched and never listed. Call it holding the output lock: it also removes the temp files
 * of a build that was killed.
 */
export async function writeDocuments(
	outDir: string,
	documents: readonly OutputDocument[],
): Promise<{ files: WrittenFile[]; notOurs: string[] }> {
	assertDocumentPaths(documents.map((document) => document.path));
	await mkdir(outDir, { recursive: true });
	const previous = await readManifest(outDir);
	// A page (index.html) never replaces a file wirefeed did not write: `out/` may be the site's own folder.
	const notOurs: string[] = [];
	for (const document of documents) {
		if (!("isPage" in document) || previous.includes(document.path)) continue;
		if ((await lstat(join(outDir, document.path)).catch(() => undefined)) !== undefined) notOurs.push(document.path);
	}
	const ours = documents.filter((document) => !notOurs.includes(document.path));
	const paths = ours.map((document) => document.path);
	await removeStaleTemps(outDir, [...paths, ...previous, MANIFEST_NAME]);
	let listed = previous;
	const pending: { path: string; temp: string }[] = [];
	const results: WrittenFile[] = [];
	try {
		for (const document of ours) {
			const path = join(outDir, document.path);
			if ("isKept" in document) {
				// The render stage found it on disk as it would write it: it stays, and stays listed.
				if ((await lstat(path).catch(() => undefined))?.isFile() !== true) throw new Error(`${path} vanished`);
				results.push({ path, changed: false });
				continue;
			}
			await assertReplaceable(path);
			if ((await readExisting(path)) === document.content) {
				results.push({ path, changed: false });
				continue;
			}
			await mkdir(dirname(path), { recursive: true });
			pending.push({ path, temp: await writeTemp(path, document.content) });
			results.push({ path, changed: true });
		}
		const wider = [...previous, ...paths.filter((path) => !previous.includes(path))];
		if (wider.length > previous.length) {
			await writeManifest(outDir, wider);
			listed = wider;
		}
		for (const { temp, path } of pending) await rename(temp, path);
	} catch (error) {
		await Promise.all(pending.map(({ temp }) => rm(temp, { force: true })));
		throw error;
	}
	await removeDropped(
		outDir,
		previous.filter((path) => !paths.includes(path)),
	);
	if (!sameList(listed, paths)) await writeManifest(outDir, paths).catch(() => undefined);
	return { files: results, notOurs };
}

/** Throws for a path that could leave the output folder or clash with our own files: a bug in a renderer. */
function assertDocumentPaths(paths: readonly string[]): void {
	const seen = new Set<string>();
	for (const path of paths) {
		if (!isDocumentPath(path))
			throw new Error(`cannot write "${path}": not a plain relative path inside the output folder`);
		if (seen.has(path)) throw new Error(`cannot write "${path}" twice in one build`);
		seen.add(path);
	}
}

function isDocumentPath(path: string): boolean {
	return path.split("/").every((segment) => SEGMENT_RE.test(segment));
}

// The previous build's files; a missing or damaged manifest (or a path in it that is not ours to touch) means none.
async function readManifest(outDir: string): Promise<string[]> {
	try {
		const data: unknown = JSON.parse(await readFile(join(outDir, MANIFEST_NAME), "utf8"));
		if (typeof data !== "object" || data === null || !("schema" in data) || data.schema !== MANIFEST_SCHEMA) return [];
		const files = "files" in data && Array.isArray(data.files) ? data.files : [];
		return files.filter((path): path is string => typeof path === "string" && isDocumentPath(path));
	} catch {
		return [];
	}
}

async function writeManifest(outDir: string, paths: readonly string[]): Promise<void> {
	const path = join(outDir, MANIFEST_NAME);
	const content = `${JSON.stringify({ schema: MANIFEST_SCHEMA, files: paths }, null, "\t")}\n`;
	const temp = await writeTemp(path, content);
	try {
		await rename(temp, path);
	} catch (error) {
		await rm(temp, { force: true });
		throw error;
	}
}

// Flushed before the rename: after a power loss the new name holds the whole new content or the old file.
async function writeTemp(path: string, content: string): Promise<string> {
	const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
	const handle = await open(temp, "wx", 0o644);
	try {
		await handle.writeFile(content, "utf8");
		await handle.sync();
	} catch (error) {
		// A full disk fails here: the half-written temp file goes at once.
		await handle.close();
		await rm(temp, { force: true });
		throw error;
	}
	await handle.close();
	return temp;
}

// Files this build no longer produces. Only regular files are removed (a folder or link there is someone else's),
// then the folders they leave empty. Best effort: what stays is still listed in the manifest and retried next time.
async function removeDropped(outDir: string, dropped: readonly string[]): Promise<void> {
	for (const relPath of dropped) {
		const path = join(outDir, relPath);
		const stats = await lstat(path).catch(() => undefined);
		if (stats?.isFile() === true) await rm(path, { force: true }).catch(() => undefined);
		for (let dir = posix.dirname(relPath); dir !== "."; dir = posix.dirname(dir)) {
			if (
				!(await rmdir(join(outDir, dir)).then(
					() => true,
					() => false,
				))
			)
				break;
		}
	}
}

// A build killed mid-write (SIGKILL, power loss) cannot remove its temp files; the next one, holding the lock, can.
async function removeStaleTemps(outDir: string, paths: readonly string[]): Promise<void> {
	const namesByDir = new Map<string, Set<string>>();
	for (const path of paths) {
		const dir = join(outDir, posix.dirname(path));
		const names = namesByDir.get(dir) ?? new Set<string>();
		names.add(posix.basename(path));
		namesByDir.set(dir, names);
	}
	for (const [dir, names] of namesByDir) {
		const entries = await readdir(dir).catch(() => []);
		for (const entry of entries) {
			const match = TEMP_NAME_RE.exec(entry);
			if (match?.[1] !== undefined && names.has(match[1])) await rm(join(dir, entry), { force: true });
		}
	}
}

const TEMP_NAME_RE = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

// Found before anything is renamed, so one blocked name never leaves the documents half updated.
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

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((value, index) => value === b[index]);
}
