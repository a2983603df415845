import { appendAll } from "./append-all.js";
import { escapeControls } from "./report/escape-controls.js";

/** How bad a problem is: `error` rejects the article, `warning` means something was repaired or skipped, `info` is an expected skip. */
export type Severity = "error" | "warning" | "info";

/** One problem with one input, positioned so an editor can jump to it (modelled on vfile's VFileMessage). */
export interface Diagnostic {
	readonly severity: Severity;
	/** Path of the input, relative to the working directory where possible. */
	readonly file: string;
	/** 1-based line, when known. */
	readonly line?: number;
	/** 1-based column, when known. */
	readonly column?: number;
	/** Stable id `area/what-is-wrong`, listed in the README. */
	readonly rule: string;
	/** One sentence saying what is wrong and what to do. */
	readonly message: string;
	/** A warning the last build already reported about the same file, unchanged: summed up, not repeated. */
	readonly isKnown?: boolean;
}

/** Where a diagnostic points. */
export interface Position {
	readonly file: string;
	readonly line?: number | undefined;
	readonly column?: number | undefined;
}

/**
 * Builds a diagnostic without `undefined` keys (exactOptionalPropertyTypes). The file and message often carry text from
 * an article (a front matter value, a file name): their control characters are escaped here, once for every output
 * (`\u001b`, `\n`), so no diagnostic can drive a terminal or add a line to a log.
 */
export function createDiagnostic(severity: Severity, rule: string, message: string, at: Position): Diagnostic {
	return {
		severity,
		file: escapeControls(at.file),
		...(at.line !== undefined && { line: at.line }),
		...(at.column !== undefined && { column: at.column }),
		rule,
		message: escapeControls(message),
	};
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === "error");
}

/** Appends diagnostics one by one: `push(...list)` overflows the call stack for lists of 100k+ (a folder of drafts). */
export function appendDiagnostics(target: Diagnostic[], more: readonly Diagnostic[]): void {
	appendAll(target, more);
}
