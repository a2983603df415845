import { describe, expect, it } from "vitest";
import { createDiagnostic, type Diagnostic } from "../../src/diagnostic.js";
import { markKnownWarnings } from "../../src/report/mark-known-warnings.js";

const VERSIONS: Record<string, string> = { "articles/a.md": "hash-a", "articles/b.md": "hash-b" };
const versionOf = (file: string) => VERSIONS[file];

function warning(file: string, message = "removed a tracking pixel", line?: number): Diagnostic {
	return createDiagnostic("warning", "clean/junk", message, { file, line });
}

/** Runs two builds: the first reports `before`, the second `after` with `versions` for its files. */
function secondBuild(before: Diagnostic[], after: Diagnostic[], versions = versionOf) {
	const first = markKnownWarnings(before, versionOf, new Set());
	return markKnownWarnings(after, versions, new Set(first.fingerprints)).diagnostics.map((d) => d.isKnown === true);
}

describe("markKnownWarnings", () => {
	it("nothing is known on the first build", () => {
		const { diagnostics } = markKnownWarnings([warning("articles/a.md")], versionOf, new Set());
		expect(diagnostics[0]?.isKnown).toBeUndefined();
	});

	it.each([
		{ name: "same warning, same file version", after: [warning("articles/a.md")], known: [true] },
		{ name: "another message", after: [warning("articles/a.md", "removed an ad")], known: [false] },
		{ name: "another line", after: [warning("articles/a.md", undefined, 7)], known: [false] },
		{ name: "another file", after: [warning("articles/b.md")], known: [false] },
		{ name: "a file that is not an article", after: [warning("site.json")], known: [false] },
	])("$name: known = $known", ({ after, known }) => {
		expect(secondBuild([warning("articles/a.md"), warning("site.json")], after)).toEqual(known);
	});

	it("a warning about a changed file is news again", () => {
		const changed = (file: string) => (file === "articles/a.md" ? "hash-a2" : versionOf(file));
		expect(secondBuild([warning("articles/a.md")], [warning("articles/a.md")], changed)).toEqual([false]);
	});

	it("errors are never marked known", () => {
		const error = createDiagnostic("error", "front-matter/invalid-date", "bad date", { file: "articles/a.md" });
		expect(secondBuild([error], [error])).toEqual([false]);
	});

	it("does not change the diagnostics it is given", () => {
		const input = [warning("articles/a.md")];
		const first = markKnownWarnings(input, versionOf, new Set());
		markKnownWarnings(input, versionOf, new Set(first.fingerprints));
		expect(input[0]?.isKnown).toBeUndefined();
	});
});
