import { readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { expect } from "vitest";
import type { SiteConfig } from "../../src/config/resolve-config.js";
import type { SourceEntry } from "../../src/load/list-sources.js";
import { readSource, readSourceHead } from "../../src/load/read-source.js";
import { scanArticleFacts } from "../../src/scan/scan-article-facts.js";

/** A listing entry for a file, as `listSources` would give it (without stats). */
export function sourceEntryFor(path: string, relPath: string): SourceEntry {
	return {
		path,
		file: path,
		relPath,
		format: "markdown",
		size: -1,
		fileId: "",
		mtimeMs: -1,
		root: `${realpathSync(dirname(path))}${sep}`,
	};
}

/**
 * The head's text is the start of the whole file's text, and scanning it gives the same facts. Returns whether the
 * head was read and scanned to a result, so callers can check the comparison was not vacuous.
 */
export function expectEntryAgreement(entry: SourceEntry, config: SiteConfig): boolean {
	const head = readSourceHead(entry);
	const whole = readSource(entry, 10 * 1024 * 1024);
	if (head === undefined) return false;
	// A body the full read refuses (binary, invalid UTF-8 past the front matter) is reported when the article is
	// published and read whole; the head only has to agree where the whole file is readable.
	if (!("source" in whole)) return false;
	expect(whole.source.text.startsWith(head.text)).toBe(true);
	const facts = scanArticleFacts(head, config);
	expect(facts).toEqual(scanArticleFacts(whole.source, config));
	return facts !== undefined;
}

/** Expects head/whole agreement on every article file under `roots`; counts the files and those actually scanned. */
export function expectHeadAgreement(
	roots: readonly string[],
	config: SiteConfig,
): { readonly files: number; readonly scanned: number } {
	const files = roots.flatMap((root) => listFiles(root).map((path) => sourceEntryFor(path, relative(root, path))));
	const scanned = files.filter((entry) => expectEntryAgreement(entry, config)).length;
	return { files: files.length, scanned };
}

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : /\.(md|markdown|html|txt)$/.test(name) ? [path] : [];
	});
}
