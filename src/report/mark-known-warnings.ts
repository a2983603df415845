import { createHash } from "node:crypto";
import type { Diagnostic } from "../diagnostic.js";

/** Warnings with the ones the last build already reported marked, and what to remember for the next build. */
export interface KnownWarnings {
	readonly diagnostics: readonly Diagnostic[];
	/** Fingerprints of this build's warnings about article files, for the next build to compare with. */
	readonly fingerprints: readonly string[];
}

/**
 * Marks each warning that the last build reported about the same version of the same file (`isKnown`), so a build run
 * from cron shows only what is new and sums up the rest in one line. A file's version is its content hash (or size
 * and mtime); a warning about anything else (the config, a hub, the output folder) is always news. Errors are never
 * marked: they reject an article every time until it is fixed. Pure.
 */
export function markKnownWarnings(
	diagnostics: readonly Diagnostic[],
	versionOf: (file: string) => string | undefined,
	previous: ReadonlySet<string>,
): KnownWarnings {
	const fingerprints: string[] = [];
	const marked = diagnostics.map((diagnostic) => {
		if (diagnostic.severity !== "warning") return diagnostic;
		const version = versionOf(diagnostic.file);
		if (version === undefined) return diagnostic;
		const fingerprint = fingerprintOf(diagnostic, version);
		fingerprints.push(fingerprint);
		return previous.has(fingerprint) ? { ...diagnostic, isKnown: true } : diagnostic;
	});
	return { diagnostics: marked, fingerprints };
}

function fingerprintOf(diagnostic: Diagnostic, version: string): string {
	const { file, line, column, rule, message } = diagnostic;
	return createHash("sha1")
		.update(JSON.stringify([file, version, line ?? null, column ?? null, rule, message]))
		.digest("base64url")
		.slice(0, 16);
}
