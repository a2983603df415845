import { closeSync, type Dirent, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import type { BodyFormat } from "../body/to-html.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** One article file as read from disk: decoded, BOM removed, line endings normalized to LF. */
export interface SourceFile {
	/** Path for messages, relative to the working directory. */
	readonly file: string;
	/** Path relative to the articles folder, with `/` separators: the article's stable key. */
	readonly relPath: string;
	readonly format: BodyFormat;
	readonly text: string;
}

/** Sources and the problems met while reading them. */
export interface ReadSourcesResult {
	readonly sources: readonly SourceFile[];
	readonly diagnostics: readonly Diagnostic[];
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, BodyFormat>> = {
	".md": "markdown",
	".markdown": "markdown",
	".html": "html",
	".htm": "html",
	".txt": "text",
};

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Lists every article file below `root` (sorted, so order never depends on the file system) and reads it.
 * Throws only when `root` itself cannot be read; a bad file becomes a diagnostic.
 */
export function readSources(root: string, options: { readonly cwd: string; readonly maxFileSize: number }): ReadSourcesResult {
	const realRoot = realpathSync(root);
	if (!statSync(realRoot).isDirectory()) throw new Error(`${root} is not a folder`);
	const sources: SourceFile[] = [];
	const diagnostics: Diagnostic[] = [];
	const visit = (dir: string): void => {
		const entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const path = join(dir, entry.name);
			const file = relative(options.cwd, path) || path;
			if (entry.isSymbolicLink()) {
				const target = resolveLinkInside(path, realRoot);
				if (target === undefined) {
					diagnostics.push(
						createDiagnostic("warning", "load/symlink-outside", "symbolic link points outside the articles folder; not followed", {
							file,
						}),
					);
					continue;
				}
				if (lstatSync(target).isDirectory()) {
					diagnostics.push(
						createDiagnostic("warning", "load/symlink-folder", "symbolic link to a folder; not followed (avoids loops)", { file }),
					);
					continue;
				}
			} else if (entry.isDirectory()) {
				visit(path);
				continue;
			} else if (!entry.isFile()) {
				continue;
			}
			const format = FORMAT_BY_EXTENSION[extname(entry.name).toLowerCase()];
			if (format === undefined) {
				diagnostics.push(
					createDiagnostic("info", "load/ignored-file", "not an article (.md, .markdown, .html, .htm, .txt); ignored", { file }),
				);
				continue;
			}
			const relPath = relative(realRoot, path).split(sep).join("/");
			const read = readSource(path, file, options.maxFileSize);
			if ("text" in read) sources.push({ file, relPath, format, text: read.text });
			else diagnostics.push(read.diagnostic);
		}
	};
	visit(realRoot);
	return { sources, diagnostics };
}

function byName(a: Dirent, b: Dirent): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function resolveLinkInside(path: string, realRoot: string): string | undefined {
	try {
		const target = realpathSync(path);
		return target === realRoot || target.startsWith(realRoot + sep) ? target : undefined;
	} catch {
		return undefined;
	}
}

function readSource(path: string, file: string, maxFileSize: number): { text: string } | { diagnostic: Diagnostic } {
	const fail = (rule: string, message: string) => ({ diagnostic: createDiagnostic("error", rule, message, { file }) });
	let bytes: Buffer;
	try {
		const fd = openSync(path, "r");
		try {
			const size = fstatSync(fd).size;
			if (size > maxFileSize) {
				return fail(
					"load/too-large",
					`file is ${formatBytes(size)}, over the ${formatBytes(maxFileSize)} limit; split it or raise "maxFileSize" in the config`,
				);
			}
			bytes = Buffer.allocUnsafe(size);
			let offset = 0;
			while (offset < size) {
				const n = readSync(fd, bytes, offset, size - offset, offset);
				if (n === 0) break;
				offset += n;
			}
			bytes = bytes.subarray(0, offset);
		} finally {
			closeSync(fd);
		}
	} catch (error) {
		const code = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
		return fail("load/unreadable", `cannot read file (${code}); check its permissions`);
	}
	if (bytes.indexOf(0) !== -1) {
		return fail("load/binary", "file contains NUL bytes: it is binary, not text; remove it or give it another extension");
	}
	let text: string;
	try {
		text = UTF8.decode(bytes);
	} catch {
		return fail("load/invalid-utf8", "file is not valid UTF-8; re-save it as UTF-8");
	}
	// CRLF and lone CR become LF so line numbers and front-matter fences work the same everywhere.
	return { text: text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text };
}

function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
