import { isUtf8 } from "node:buffer";
import { closeSync, readSync } from "node:fs";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import { normalizeText } from "../text/normalize-text.js";
import { describeReadError } from "./describe-read-error.js";
import { findInvalidUtf8Line } from "./find-invalid-utf8-line.js";
import { findWideEncoding } from "./find-wide-encoding.js";
import { type SourceEntry, takeOpenedStats } from "./list-sources.js";
import { type OpenRefusal, openInside } from "./open-inside.js";
import { type FileDates, readFileDates } from "./read-file-dates.js";

/** One article file as read from disk: decoded, BOM removed, line endings normalized to LF. */
export interface SourceFile {
	/** Path for messages, relative to the working directory. */
	readonly file: string;
	/** Path relative to the articles folder, with `/` separators: the article's stable key. */
	readonly relPath: string;
	readonly format: SourceEntry["format"];
	readonly text: string;
	/** When the file was made and changed, for a generator that dates pages by them; absent for a head-only read. */
	readonly fileDates?: FileDates;
}

/** A whole file as read: decoded with its raw bytes, or the error diagnostic saying why it cannot be used. */
export type LoadedSource =
	| { readonly source: SourceFile; readonly bytes: Buffer }
	| { readonly diagnostic: Diagnostic };

/** Reads and decodes one article file; a file that is too large, binary or not UTF-8 becomes an error diagnostic. */
export function readSource(entry: SourceEntry, maxFileSize: number): LoadedSource {
	const fail = (rule: string, message: string) => ({
		diagnostic: createDiagnostic("error", rule, message, { file: entry.file }),
	});
	let bytes: Buffer;
	let fileDates: FileDates;
	try {
		const opened = openInside(entry.path, entry.root);
		if ("refusal" in opened) return changedWhileBuilding(entry, opened.refusal);
		const { fd, stats } = opened;
		takeOpenedStats(entry, stats);
		fileDates = readFileDates(entry.path, stats);
		try {
			// Size is checked on the open file, not the listing, so a file that grew since cannot slip past the limit.
			const size = stats.size;
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
		// Listed a moment ago, gone now (the file, or a folder on its path): a change, not a permission problem.
		if (code === "ENOENT" || code === "ENOTDIR") return changedWhileBuilding(entry, "gone");
		return fail("load/unreadable", describeReadError(code, "file"));
	}
	const hasNul = bytes.indexOf(0) !== -1;
	// UTF-8 has no NUL in text and never starts with 0xFE or 0xFF: only then can the file be UTF-16 or UTF-32.
	const wide = hasNul || (bytes[0] ?? 0) >= 0xfe ? findWideEncoding(bytes) : undefined;
	if (wide !== undefined) {
		return fail(
			"load/invalid-utf8",
			`file is ${wide} text, not UTF-8 (Windows PowerShell 5's > and Notepad's "Unicode" save text so); re-save it as UTF-8`,
		);
	}
	if (hasNul) {
		return fail(
			"load/binary",
			"file contains NUL bytes: it is binary, not text; remove it or give it another extension",
		);
	}
	if (!isUtf8(bytes)) {
		return {
			diagnostic: createDiagnostic(
				"error",
				"load/invalid-utf8",
				"file is not valid UTF-8 (this line is the first with bytes of another encoding, such as Latin-1 or Windows-1252); re-save it as UTF-8",
				{ file: entry.file, line: findInvalidUtf8Line(bytes) },
			),
		};
	}
	const text = decodeText(bytes);
	return { source: { file: entry.file, relPath: entry.relPath, format: entry.format, text, fileDates }, bytes };
}

// One page: front matter is rarely longer, and a read of a page costs no more than a read of a few bytes.
const HEAD_BYTES = 4096;
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);
const FENCE = Buffer.from("\n---");

/**
 * The front matter of a file, from one read of its first 4 KiB: the text up to the end of the first line that may
 * close a `---` fence, decoded and normalized as `readSource` does. Undefined when there is no such line in the head,
 * or anything `readSource` would refuse (NUL bytes, invalid UTF-8) is in it: the caller then reads the whole file.
 * The rest of the file is not looked at, so it is not validated either — the caller must not publish from this.
 */
export function readSourceHead(entry: SourceEntry): SourceFile | undefined {
	let length: number;
	try {
		const opened = openInside(entry.path, entry.root);
		// The full read says why.
		if ("refusal" in opened) return undefined;
		const { fd, stats } = opened;
		takeOpenedStats(entry, stats);
		try {
			length = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
		} finally {
			closeSync(fd);
		}
	} catch {
		return undefined;
	}
	const head = headBuffer.subarray(0, length);
	const fence = head.indexOf(FENCE, 3);
	if (fence === -1) return undefined;
	const lineEnd = head.indexOf(0x0a, fence + FENCE.length);
	// A fence on the file's last line, without a newline, is whole only when the whole file was read.
	const end = lineEnd !== -1 ? lineEnd + 1 : length < HEAD_BYTES ? length : -1;
	if (end === -1) return undefined;
	const bytes = head.subarray(0, end);
	if (bytes.indexOf(0) !== -1 || !isUtf8(bytes)) return undefined;
	return { file: entry.file, relPath: entry.relPath, format: entry.format, text: decodeText(bytes) };
}

// Valid UTF-8 as text: no BOM (a file saved with one by two tools has two, and the second hid its front matter), LF.
function decodeText(bytes: Buffer): string {
	return normalizeText(bytes.toString("utf8"));
}

function changedWhileBuilding(entry: SourceEntry, refusal: OpenRefusal | "gone"): LoadedSource {
	const now =
		refusal === "outside"
			? "a symbolic link on its path now leads outside the articles folder"
			: refusal === "gone"
				? "it is no longer there"
				: "it is no longer a regular file";
	return {
		diagnostic: createDiagnostic(
			"error",
			"load/changed-during-build",
			`file changed while building (${now}); not read, run again`,
			{ file: entry.file },
		),
	};
}

function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
