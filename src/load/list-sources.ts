import { type Dirent, lstatSync, readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { extname, relative, resolve, sep } from "node:path";
import type { BodyFormat } from "../body/to-html.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import { compileIgnore } from "./compile-ignore.js";
import { describeReadError } from "./describe-read-error.js";
import { followLink } from "./follow-link.js";
import { MARKDOWN_EXTENSIONS } from "./markdown-extensions.js";

/** One article file found on disk, not yet read. */
export interface SourceEntry {
	/** Absolute path to read. */
	readonly path: string;
	/** Path for messages, relative to the working directory. */
	readonly file: string;
	/** Path relative to the articles folder, with `/` separators: the article's stable key. */
	readonly relPath: string;
	readonly format: BodyFormat;
	/**
	 * Size and mtime; -1 when listed without stats until the file is first opened (see takeOpenedStats), then those of
	 * the file as opened.
	 */
	readonly size: number;
	readonly mtimeMs: number;
	/** The real articles folder, ending in the separator: what is opened must be inside it (see openInside). */
	readonly root: string;
	/**
	 * Device and inode of the file (of a link's target), "" when listed without stats: with size and mtime, what tells
	 * a cached file from another one swapped in under the same name, even with the same size and mtime. Taken when first
	 * opened too.
	 */
	readonly fileId: string;
}

/** The article files and the problems met while listing them. */
export interface SourceListing {
	readonly entries: readonly SourceEntry[];
	readonly diagnostics: readonly Diagnostic[];
	/** Device and inode of the articles folder when listed: whether it is still the same folder (see isSameFolder). */
	readonly folderId: string;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, BodyFormat>> = {
	...Object.fromEntries(MARKDOWN_EXTENSIONS.map((extension) => [`.${extension}`, "markdown"])),
	// MDX is Markdown with JSX; its imports and components are reduced before rendering (src/site/strip-mdx.ts).
	".mdx": "markdown",
	".html": "html",
	".htm": "html",
	".txt": "text",
};

/** The body format an article file's extension says, or undefined when the file is not an article. */
export function formatOfPath(path: string): BodyFormat | undefined {
	return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * Lists every article file below `root`, sorted so order never depends on the file system, with size and mtime
 * (all a no-change rebuild needs). Without `withStats`, a file's size and mtime are taken when it is first opened
 * (see takeOpenedStats): a build that reads every file anyway spares one system call per file. Symbolic links are
 * followed only to files inside `root`. Throws only when `root` itself cannot be read; anything else becomes a
 * diagnostic.
 */
export function listSources(
	root: string,
	options: { readonly cwd: string; readonly ignore: readonly string[]; readonly withStats?: boolean },
): SourceListing {
	// Without a cache to compare them with, stats cannot spare a read: they wait for the file's first opening.
	const withStats = options.withStats ?? true;
	const realRoot = realpathSync(root);
	const rootStats = statSync(realRoot);
	if (!rootStats.isDirectory()) throw Object.assign(new Error(`${root} is not a folder`), { code: "ENOTDIR" });
	const isIgnored = compileIgnore(options.ignore);
	const entries: SourceEntry[] = [];
	const diagnostics: Diagnostic[] = [];
	// Paths are built by concatenation: path.relative on every one of 100k files costs more than reading a folder.
	// They name the folder as the user gave it, even when it is a link: the real path only decides what is inside.
	const fileRoot = relative(options.cwd, resolve(options.cwd, root));
	const filePrefix = fileRoot === "" ? "" : `${fileRoot}${sep}`;
	const base: ListingBase = { root: `${realRoot}${sep}`, filePrefix };
	// With stats, every entry is lstat'ed anyway (its kind comes with its size and mtime), so the folder is read as
	// plain names: no Dirent object per file. Without, the kinds from the folder read spare one system call per file.
	const visit = (dir: string, relDir: string): void => {
		if (withStats) {
			const names = readFolder(relDir, () => readdirSync(dir));
			for (const name of names?.sort() ?? []) visitEntry(dir, relDir, name, undefined);
		} else {
			const entries = readFolder(relDir, () => readdirSync(dir, { withFileTypes: true }));
			for (const entry of entries?.sort(byName) ?? []) visitEntry(dir, relDir, entry.name, kindOf(entry));
		}
	};
	// The articles folder itself throws (the caller says what is wrong with it); a subfolder that cannot be read, or
	// that vanished since its folder was read (a sync, a checkout), is an error naming it, and the rest is listed.
	const readFolder = <T>(relDir: string, read: () => T): T | undefined => {
		if (relDir === "") return read();
		try {
			return read();
		} catch (error) {
			const code = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
			const file = `${filePrefix}${nativePath(relDir.slice(0, -1))}`;
			diagnostics.push(
				code === "ENOENT" || code === "ENOTDIR"
					? createDiagnostic(
							"error",
							"load/changed-during-build",
							"folder vanished while it was listed; its articles were not read, run again",
							{ file },
						)
					: createDiagnostic("error", "load/unreadable", describeReadError(code, "folder"), { file }),
			);
			return undefined;
		}
	};
	const visitEntry = (dir: string, relDir: string, name: string, listedKind: EntryKind | undefined): void => {
		if (name.startsWith(".")) return;
		const path = `${dir}${sep}${name}`;
		const relPath = `${relDir}${name}`;
		if (isIgnored(relPath)) return;
		// A file removed since the folder was read is simply not there (an editor's temp file, a flipped link).
		const stats = listedKind === undefined ? lstatSync(path, { throwIfNoEntry: false }) : undefined;
		if (isNotUtf8(name, path, listedKind === undefined ? stats : undefined)) {
			diagnostics.push(notUtf8Name(`${filePrefix}${nativePath(relPath)}`));
			return;
		}
		if (listedKind === undefined && stats === undefined) return;
		const kind = listedKind ?? kindOf(stats ?? NO_KIND);
		if (kind === "directory") visit(path, `${relPath}/`);
		if (kind === "directory") return;
		const file = `${filePrefix}${nativePath(relPath)}`;
		const format = formatOfPath(name);
		if (kind === "other") {
			// A FIFO would block the build on its read; a socket or a device is no article either. Named like one, it says so.
			if (format !== undefined) {
				diagnostics.push(
					createDiagnostic(
						"warning",
						"load/not-a-file",
						"not a regular file (a FIFO, a socket or a device); skipped: replace it with the article file",
						{ file },
					),
				);
			}
			return;
		}
		if (format === undefined) {
			diagnostics.push(
				createDiagnostic(
					"info",
					"load/ignored-file",
					"not an article (.md and Markdown's other extensions, .mdx, .html, .htm, .txt); ignored",
					{
						file,
					},
				),
			);
			return;
		}
		const facts = kind === "link" ? followLink(path, realRoot) : (stats ?? NO_STATS);
		if ("rule" in facts) {
			diagnostics.push(createDiagnostic("warning", facts.rule, facts.message, { file }));
			return;
		}
		entries.push(new ListedSource(base, relPath, format, facts));
	};
	visit(realRoot, "");
	return { entries, diagnostics, folderId: fileIdOf(rootStats) };
}

/**
 * Whether `root` is still the folder a listing was made of: there, and the same folder (not one removed and made
 * again, or swapped in by a checkout or a sync). One system call.
 */
export function isSameFolder(root: string, listing: SourceListing): boolean {
	try {
		const stats = statSync(root);
		return stats.isDirectory() && fileIdOf(stats) === listing.folderId;
	} catch {
		return false; // gone, or a folder on its path is now a file
	}
}

// Listed without stats: none known until the file is opened (see takeOpenedStats).
const NO_STATS: FileFacts = { size: -1, mtimeMs: -1, dev: -1, ino: -1 };

/**
 * A file's identity, its device and inode, as one short string (`SourceEntry.fileId`). In base 36, so that it is
 * usually under 13 characters, where V8 makes a flat string instead of joining three: 32 bytes a file instead of 80,
 * ~10 MB of a 200k-article build (issue #16's peak memory).
 */
export function fileIdOf(stats: { readonly dev: number; readonly ino: number }): string {
	return `${stats.dev.toString(36)}:${stats.ino.toString(36)}`;
}

/** What a listing keeps of a file's stats. */
interface FileFacts {
	readonly size: number;
	readonly mtimeMs: number;
	readonly dev: number;
	readonly ino: number;
}

/** What every entry of one listing shares: where its paths start. */
interface ListingBase {
	/** The real articles folder, ending in the separator. */
	readonly root: string;
	/** The articles folder relative to the working directory, ending in the separator ("" when it is the same). */
	readonly filePrefix: string;
}

/**
 * A listed file. Its absolute path and its path for messages are made from the listing's base when asked for, not
 * kept: a 200k-file listing lives through the whole build, and the two strings would be ~150 bytes more a file.
 */
class ListedSource implements SourceEntry {
	readonly #base: ListingBase;
	readonly relPath: string;
	readonly format: BodyFormat;
	// Set once more, by takeOpenedStats, when listed without stats.
	size: number;
	mtimeMs: number;
	fileId: string;

	constructor(base: ListingBase, relPath: string, format: BodyFormat, facts: FileFacts) {
		this.#base = base;
		this.relPath = relPath;
		this.format = format;
		this.size = facts.size;
		this.mtimeMs = facts.mtimeMs;
		this.fileId = facts === NO_STATS ? "" : fileIdOf(facts);
	}

	get path(): string {
		return this.#base.root + nativePath(this.relPath);
	}

	takeStats(stats: Stats): void {
		if (this.size !== -1) return;
		this.size = stats.size;
		this.mtimeMs = stats.mtimeMs;
		this.fileId = fileIdOf(stats);
	}

	get root(): string {
		return this.#base.root;
	}

	get file(): string {
		return this.#base.filePrefix + nativePath(this.relPath);
	}
}

/**
 * Gives an entry listed without stats those of the file as `openInside` opened it, the first time it is opened and
 * before any byte of it is read: what the listing's `lstat` would have said, a moment later. A file changed after that
 * has another mtime (or size, or identity) at the next build, which then reads it again, as when the listing made
 * the stats. An entry that already has stats keeps them; one never opened (unreadable) keeps -1, which no file has,
 * so the next build reads it again.
 */
export function takeOpenedStats(entry: SourceEntry, stats: Stats): void {
	if (entry instanceof ListedSource) entry.takeStats(stats);
}

function nativePath(relPath: string): string {
	return sep === "/" ? relPath : relPath.split("/").join(sep);
}
type EntryKind = "directory" | "file" | "link" | "other";
const NO_KIND = { isDirectory: () => false, isFile: () => false, isSymbolicLink: () => false };

// Folders are walked, regular files and symbolic links are candidates, anything else (sockets, FIFOs) is skipped.
function kindOf(entry: { isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }): EntryKind {
	return entry.isDirectory() ? "directory" : entry.isFile() ? "file" : entry.isSymbolicLink() ? "link" : "other";
}

function byName(a: Dirent, b: Dirent): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

// Node lists a name that is not UTF-8 (Latin-1 from an old archive or a Windows share) with U+FFFD for each byte it
// cannot decode, and no file has that name: opening it fails as if the file had vanished. A real U+FFFD in a name is
// UTF-8 and opens. Checked only for names holding one, so no other name costs a system call.
function isNotUtf8(name: string, path: string, stats: Stats | undefined): boolean {
	if (!name.includes("\uFFFD")) return false;
	return (stats ?? lstatSync(path, { throwIfNoEntry: false })) === undefined;
}

function notUtf8Name(file: string): Diagnostic {
	return createDiagnostic(
		"error",
		"load/file-name-not-utf8",
		"the name is not UTF-8 (� marks the bytes that are not; a legacy encoding such as Latin-1), so it cannot be opened by that name or linked to; rename it in UTF-8, for example with `convmv -f latin1 -t utf8 --notest`",
		{ file },
	);
}
