import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/build-feeds.js";
import { runCommand } from "../support/run-command.js";

let dir: string;

function build(...extra: string[]) {
	return runCommand(
		process.execPath,
		[join(REPO_ROOT, "bin/wirefeed.js"), "build", "--config", "site.json", "--now", "2026-01-01T00:00:00Z", ...extra],
		{ cwd: dir, timeout: 60_000 },
	);
}

/** The files named in printed warnings. */
function warned(stderr: string): string[] {
	return [...stderr.matchAll(/^(\S+)\s+warning\s/gm)].map((match) => match[1] ?? "").sort();
}

// No rights anywhere: each article draws a licence warning.
const article = (title: string) => `---\ntitle: ${title}\n---\nText of ${title}.\n`;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "wirefeed-known-"));
	await mkdir(join(dir, "articles"));
	await writeFile(join(dir, "site.json"), JSON.stringify({ url: "https://quiet.example.org/" }));
	await writeFile(join(dir, "articles", "2021-01-01-one.md"), article("One"));
	await writeFile(join(dir, "articles", "2021-01-02-two.md"), article("Two"));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe("repeated builds print only new warnings", () => {
	it("shows a warning on the build that first reports it, then sums it up; --verbose and --json still list it", async () => {
		const first = await build();
		expect(warned(first.stderr)).toEqual(["articles/2021-01-01-one.md", "articles/2021-01-02-two.md"]);
		expect(first.stderr).not.toContain("known warning");

		const second = await build();
		expect(warned(second.stderr)).toEqual([]);
		expect(second.stderr).toContain("2 known warnings; --verbose to list");
		expect(second.stderr).toContain("(0 errors, 2 warnings)");

		expect(warned((await build("--verbose")).stderr)).toHaveLength(2);
		const json = JSON.parse((await build("--json")).stdout) as { diagnostics: { file: string; isKnown?: boolean }[] };
		expect(json.diagnostics.filter((d) => d.isKnown === true)).toHaveLength(2);
	}, 60_000);

	it("a new article's warning and an edited article's warning are news; the rest stay summed up", async () => {
		await build();
		await writeFile(join(dir, "articles", "2021-01-03-three.md"), article("Three"));
		await writeFile(join(dir, "articles", "2021-01-01-one.md"), article("One, edited"));
		const next = await build();
		expect(warned(next.stderr)).toEqual(["articles/2021-01-01-one.md", "articles/2021-01-03-three.md"]);
		expect(next.stderr).toContain("1 known warning; --verbose to list");
	}, 60_000);

	it("--quiet prints neither the warnings nor the summary line", async () => {
		await build();
		const quiet = await build("--quiet");
		expect(quiet.stderr).toBe("");
	}, 60_000);
});
