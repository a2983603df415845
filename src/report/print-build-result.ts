import type { BuildResult } from "../build-result.js";
import type { Diagnostic } from "../diagnostic.js";
import { EXIT, exitCodeFor } from "../exit-code.js";
import { formatSiteSummary } from "../site/summarize-site.js";
import { formatCounts, formatDiagnostic } from "./format-diagnostic.js";

/** How much a build prints. */
export interface PrintFlags {
	readonly json: boolean;
	readonly quiet: boolean;
	readonly verbose: boolean;
}

/** Prints a build's diagnostics and summary (stderr) or its JSON report (stdout); returns the exit code. */
export function printBuildResult(result: BuildResult, flags: PrintFlags): number {
	const code = exitCodeFor(result.status, result.diagnostics);
	if (flags.json) {
		printLine(process.stdout, JSON.stringify(toJsonReport(result, code), null, 2));
		return code;
	}
	// Zero config: say which site was found and what was taken from it, before anything else.
	if (result.site !== undefined && !flags.quiet)
		printLine(process.stderr, `wirefeed: ${formatSiteSummary(result.site)}`);
	// A warning the last build already printed, about a file that has not changed since, is summed up in one line: a
	// build run from cron then prints (and mails) only what is new.
	const isShown = (d: Diagnostic) =>
		d.severity === "error" || (!flags.quiet && (flags.verbose || (d.severity === "warning" && d.isKnown !== true)));
	for (const d of result.diagnostics) if (isShown(d)) printLine(process.stderr, formatDiagnostic(d));
	const known = result.diagnostics.filter((d) => d.severity === "warning" && d.isKnown === true).length;
	if (!flags.quiet && !flags.verbose && known > 0) {
		printLine(process.stderr, `${known} known ${known === 1 ? "warning" : "warnings"}; --verbose to list`);
	}
	if (flags.quiet && code === EXIT.ok) return code;
	const changed = result.files.filter((f) => f.changed).length;
	const summary =
		result.status === "written"
			? `${count(result.items.length, "item")} from ${count(result.articleCount, "article")}; ${changed} of ${result.files.length} files changed`
			: "nothing written";
	printLine(process.stderr, `${code === EXIT.ok ? "✔" : "✖"} ${summary} (${formatCounts(result.diagnostics)})`);
	return code;
}

/** One line on a stream. */
export function printLine(stream: NodeJS.WriteStream, line: string): void {
	stream.write(`${line}\n`);
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function toJsonReport(result: BuildResult, exitCode: number) {
	return {
		status: result.status,
		exitCode,
		articles: result.articleCount,
		...(result.site !== undefined && { site: result.site }),
		published: result.items.length,
		files: result.files,
		...(result.nextScheduled !== undefined && { nextScheduled: result.nextScheduled.toISOString() }),
		counts: {
			error: result.diagnostics.filter((d) => d.severity === "error").length,
			warning: result.diagnostics.filter((d) => d.severity === "warning").length,
			info: result.diagnostics.filter((d) => d.severity === "info").length,
		},
		items: result.items,
		diagnostics: result.diagnostics,
	};
}
