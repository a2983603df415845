import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { listSources } from "../../src/load/list-sources.js";

const tmp = mkdtempSync(join(tmpdir(), "wirefeed-list-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("listSources", () => {
	// A site whose articles folder is a link (a shared mount, a monorepo) must show the paths the user typed, not
	// ../../real/place/… from the resolved target.
	test("names files by the folder as given when the articles folder is reached through a symbolic link", () => {
		const real = join(tmp, "storage", "posts");
		mkdirSync(real, { recursive: true });
		writeFileSync(join(real, "2021-01-01-hello.md"), "---\ntitle: Hello\n---\nText.\n");
		const project = join(tmp, "project");
		mkdirSync(project);
		symlinkSync(real, join(project, "articles"));
		const listing = listSources(join(project, "articles"), { cwd: project, ignore: [] });
		expect(listing.entries.map((entry) => entry.file)).toEqual([join("articles", "2021-01-01-hello.md")]);
		expect(listing.diagnostics).toEqual([]);
	});
});
