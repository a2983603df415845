import type { Diagnostic } from "../diagnostic.js";

/** One editor-clickable line: `file:line:col  severity  message  rule-id`. */
export function formatDiagnostic(d: Diagnostic): string {
	const position = d.line === undefined ? d.file : `${d.file}:${d.line}${d.column === undefined ? "" : `:${d.column}`}`;
	return `${position}  ${d.severity}  ${d.message}  ${d.rule}`;
}

/** Counts by severity, e.g. "2 errors, 1 warning". */
export function formatCounts(diagnostics: readonly Diagnostic[]): string {
	const count = (severity: Diagnostic["severity"]) => diagnostics.filter((d) => d.severity === severity).length;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
	return `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}`;
}
