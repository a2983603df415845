import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** The rule of a file that vanished or changed between listing and reading (see read-source.ts). */
export const CHANGED_DURING_BUILD = "load/changed-during-build";

/**
 * Files that vanished while the build read them, in a folder that is no longer the one listed (removed, unmounted,
 * replaced by a checkout or a sync): the feeds would hold whatever was read before it went, so they must not replace
 * the feeds readers hold. Returns the error that stops the build, or undefined. A file or a subfolder gone from a
 * folder still there is only that file's error. `isFolderThere` (a system call) is asked only when a file vanished.
 */
export function detectLostFolder(
	diagnostics: readonly Diagnostic[],
	isFolderThere: () => boolean,
	articlesLabel: string,
): Diagnostic | undefined {
	const vanished = countChanged(diagnostics);
	if (vanished === 0 || isFolderThere()) return undefined;
	return createDiagnostic(
		"error",
		CHANGED_DURING_BUILD,
		`the articles folder vanished while building (${vanished} ${vanished === 1 ? "file" : "files"} could not be read); the feeds were left as they were. Check that it is there and mounted, then run again`,
		{ file: articlesLabel },
	);
}

/** How many files changed or vanished between listing and reading. */
export function countChanged(diagnostics: readonly Diagnostic[]): number {
	let count = 0;
	for (const d of diagnostics) if (d.rule === CHANGED_DURING_BUILD) count++;
	return count;
}

/**
 * The build's diagnostics with a lost folder's error standing for the errors of the files it held (it counts them):
 * one line instead of one per file. Anything else is left as it is.
 */
export function foldIntoLostFolder(
	diagnostics: readonly Diagnostic[],
	guard: Diagnostic | undefined,
): readonly Diagnostic[] {
	if (guard?.rule !== CHANGED_DURING_BUILD) return diagnostics;
	return diagnostics.filter((d) => d.rule !== CHANGED_DURING_BUILD);
}
