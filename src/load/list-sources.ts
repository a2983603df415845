import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, relative, sep } from "node:path";
import picomatch from "picomatch";
import type { BodyFormat } from "../body/to-html.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** One article file found on disk, not yet read. */
export interface SourceEntry {
	/** Absolute path to read. */
	readonly path: string;
	/** Path for messages, relative to the working directory. */
	readonly file: string;
	/** Path relative to the articles folder, with `/` separators: the article's stable key. */
	readonly relPath: string;
	readonly format: BodyFormat;
	/** Size and mtime; -1 when listed without stats (no cache). */
	readonly size: number;
	readonly mtimeMs: number;
}

/** The article files and the problems met while listing them. */
export interface SourceListing {
	readonly entries: readonly SourceEntry[];
	readonly diagnostics: readonly Diagnostic[];
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, BodyFormat>> = {
	".md": "markdown",
	".markdown": "markdown",
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
 * (all a no-change rebuild needs). Symbolic links are followed only to files inside `root`. Throws only when `root`
 * itself cannot be read; anything else becomes a diagnostic.
 */
export function listSources(
	root: string,
	options: { readonly cwd: string; readonly ignore: readonly string[]; readonly withStats?: boolean },
): SourceListing {
	// Without a cache to validate, size and mtime are never compared: skip one system call per file.
	const withStats = options.withStats ?? true;
	const realRoot = realpathSync(root);
	if (!statSync(realRoot).isDirectory()) throw Object.assign(new Error(`${root} is not a folder`), { code: "ENOTDIR" });
	const isIgnored = picomatch([...options.ignore], { dot: true });
	const entries: SourceEntry[] = [];
	const diagnostics: Diagnostic[] = [];
	// Paths are built by concatenation: path.relative on every one of 100k files costs more than reading a folder.
	const fileRoot = relative(options.cwd, realRoot);
	const filePrefix = fileRoot === "" ? "" : `${fileRoot}${sep}`;
	const visit = (dir: string, relDir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
			if (entry.name.startsWith(".")) continue;
			const path = `${dir}${sep}${entry.name}`;
			const relPath = `${relDir}${entry.name}`;
			const file = `${filePrefix}${relPath.split("/").join(sep)}`;
			if (isIgnored(relPath)) continue;
			if (entry.isDirectory()) {
				visit(path, `${relPath}/`);
				continue;
			}
			if (!entry.isFile() && !entry.isSymbolicLink()) continue;
			const format = formatOfPath(entry.name);
			if (format === undefined) {
				diagnostics.push(
					createDiagnostic("info", "load/ignored-file", "not an article (.md, .markdown, .html, .htm, .txt); ignored", {
						file,
					}),
				);
				continue;
			}
			const stats = entry.isSymbolicLink() ? statLinkInside(path, realRoot) : withStats ? lstatSync(path) : NO_STATS;
			if (stats === undefined) {
				diagnostics.push(
					createDiagnostic(
						"warning",
						"load/symlink-outside",
						"symbolic link points outside the articles folder (or nowhere); not followed",
						{ file },
					),
				);
				continue;
			}
			entries.push({ path, file, relPath, format, size: stats.size, mtimeMs: stats.mtimeMs });
		}
	};
	visit(realRoot, "");
	return { entries, diagnostics };
}

const NO_STATS = { size: -1, mtimeMs: -1 };

function byName(a: Dirent, b: Dirent): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

// A link is followed only when its target is a regular file inside the articles folder: a link must never
// publish /etc/passwd, and links to folders could loop.
function statLinkInside(path: string, realRoot: string): { size: number; mtimeMs: number } | undefined {
	try {
		const target = realpathSync(path);
		if (!target.startsWith(realRoot + sep)) return undefined;
		const stats = statSync(target);
		return stats.isFile() ? stats : undefined;
	} catch {
		return undefined;
	}
}
