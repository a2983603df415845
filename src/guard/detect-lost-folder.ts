import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** The rule of a file that vanished or changed between listing and reading (see read-source.ts). */
export const CHANGED_DURING_BUILD = "load/changed-during-build";

/**
 * An articles folder that is no longer the one listed (removed, unmounted, replaced by a checkout or a sync, moved
 * away): the feeds would hold whatever was read before it went, or a mix of two folders, so they must not replace the
 * feeds readers hold. Asked even when every file was read: a folder's files are read through the folder opened once
 * (load/open-inside.ts), so a folder moved away mid-build still gives its files. Returns the error that stops the
 * build, or undefined. A file or a subfolder gone from a folder still there is only that file's error. `isFolderThere`
 * is one system call.
 */
export function detectLostFolder(
	diagnostics: readonly Diagnostic[],
	isFolderThere: () => boolean,
	articlesLabel: string,
): Diagnostic | undefined {
	if (isFolderThere()) return undefined;
	const vanished = countChanged(diagnostics);
	const what =
		vanished === 0
			? "was moved or replaced while building"
			: `vanished while building (${vanished} ${vanished === 1 ? "file" : "files"} could not be read)`;
	return createDiagnostic(
		"error",
		CHANGED_DURING_BUILD,
		`the articles folder ${what}; the feeds were left as they were. Check that it is there and mounted, then run again`,
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
