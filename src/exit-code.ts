import { type Diagnostic, hasErrors } from "./diagnostic.js";

/** The CLI's exit codes; a contract for cron jobs and CI. */
export const EXIT = {
	/** Feeds written, no errors. */
	ok: 0,
	/** Feeds written without the rejected articles; each rejection was reported. */
	rejected: 1,
	/** Nothing written: bad config, I/O failure, a held lock, or `--strict` with errors. */
	failed: 2,
} as const;

/** Maps a build's outcome to its exit code. */
export function exitCodeFor(status: "written" | "rendered" | "failed", diagnostics: readonly Diagnostic[]): number {
	if (status === "failed") return EXIT.failed;
	return hasErrors(diagnostics) ? EXIT.rejected : EXIT.ok;
}
