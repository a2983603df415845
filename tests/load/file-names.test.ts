import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { build, exitCodeFor } from "../../src/index.js";

// A folder unpacked from an old archive or copied from a Windows share can hold names in Latin-1 or another legacy
// encoding: bytes that are not UTF-8, which Node lists with U+FFFD in their place and then cannot open under that name.
// Such a file must be reported for what it is, on every build, and never dropped silently.
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "wirefeed-names-"));
	mkdirSync(join(dir, "articles", "archive"), { recursive: true });
	writeFileSync(join(dir, "articles", "ferry.md"), "---\ntitle: Ferry\ndate: 2024-01-01\n---\n\nThe ferry ran.\n");
	// "café.md" and the folder "été" written in Latin-1: é is the single byte 0xE9.
	const latin1 = (...parts: string[]) => Buffer.from(join(dir, "articles", ...parts), "latin1");
	writeFileSync(latin1("caf\u00e9.md"), "---\ntitle: Cafe\ndate: 2024-01-02\n---\n\nThe cafe opened.\n");
	mkdirSync(latin1("\u00e9t\u00e9"));
	writeFileSync(latin1("\u00e9t\u00e9", "beach.md"), "---\ntitle: Beach\ndate: 2024-01-03\n---\n\nThe beach.\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (cache: boolean) =>
	build({
		cwd: dir,
		config: { title: "Harbour", url: "https://harbour.example/", description: "News" },
		site: false,
		write: true,
		ping: false,
		cacheDir: cache ? join(dir, ".cache") : false,
		now: new Date("2025-01-01T00:00:00Z"),
	});

describe("a file or folder whose name is not UTF-8", () => {
	test.each([false, true])("is an error naming it and saying what to do, on every build (cache: %s)", async (cache) => {
		for (const round of [1, 2]) {
			const result = await run(cache);
			const errors = result.diagnostics.filter((d) => d.severity === "error");
			expect(
				errors.map((d) => [d.rule, d.file]),
				`build ${round}`,
			).toEqual([
				["load/file-name-not-utf8", join("articles", "caf\uFFFD.md")],
				["load/file-name-not-utf8", join("articles", "\uFFFDt\uFFFD")],
			]);
			for (const error of errors) expect(error.message).toMatch(/rename it.*convmv/);
			expect(exitCodeFor(result.status, result.diagnostics), `build ${round}`).toBe(1);
			expect(result.items.map((item) => item.title)).toEqual(["Ferry"]);
		}
	});
});
