import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { OutputDocument } from "../serialize/render-documents.js";
import { LOCK_NAME, lockOutput } from "./lock-output.js";
import { type WrittenFile, writeDocuments } from "./write-documents.js";

/**
 * The write stage: takes the output folder's lock (waiting for another build if need be, and saying so), writes the
 * documents atomically, and releases the lock. Throws only for environment failures (see `writeDocuments`).
 */
export async function writeOutputs(
	outDir: string,
	documents: readonly OutputDocument[],
	options: {
		/** The output folder as the user named it, for the diagnostic. */
		readonly label: string;
		/** How long to wait for another build's lock (default: lockOutput's). */
		readonly waitMs?: number;
	},
): Promise<{ files: WrittenFile[]; diagnostics: Diagnostic[] }> {
	let waitStarted: number | undefined;
	const diagnostics: Diagnostic[] = [];
	const lockLabel = `${options.label}/${LOCK_NAME}`;
	const release = await lockOutput(outDir, {
		onWait: () => (waitStarted = Date.now()),
		onNotALock: () =>
			diagnostics.push(
				createDiagnostic(
					"warning",
					"io/not-a-lock",
					"a file, not a wirefeed lock (a lock is a folder), was in the way: it was removed and the lock taken. Nothing of wirefeed's makes such a file; check what did",
					{ file: lockLabel },
				),
			),
		onLost: (error) =>
			diagnostics.push(
				createDiagnostic(
					"warning",
					"io/lock-lost",
					`the lock was lost while writing (${error.message}): another build may have written at the same time. Each file is whole (written to a temp file, then renamed); run again if the feeds look older than expected`,
					{ file: lockLabel },
				),
			),
		...(options.waitMs !== undefined && { waitMs: options.waitMs }),
	});
	if (waitStarted !== undefined) {
		const seconds = ((Date.now() - waitStarted) / 1000).toFixed(1);
		diagnostics.push(
			createDiagnostic(
				"warning",
				"io/waited-for-lock",
				`another wirefeed build was writing here; waited ${seconds} s for it to end`,
				{ file: options.label },
			),
		);
	}
	try {
		const { files, notOurs } = await writeDocuments(outDir, documents);
		for (const path of notOurs) {
			diagnostics.push(
				// Expected where out/ is the site's own folder (`--out public`): a note, not a warning on every build.
				createDiagnostic(
					"info",
					"io/not-ours",
					`${path} exists and was not written by wirefeed: left as it is; set "output" to another name for this page, or false`,
					{ file: `${options.label}/${path}` },
				),
			);
		}
		return { files, diagnostics };
	} finally {
		await release();
	}
}
