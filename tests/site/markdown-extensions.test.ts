import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { buildFolder } from "../support/build-folder.js";
import { buildSite, fixtureSite } from "./build-fixture-site.js";

// Markdown goes by several extensions (.md, .markdown, .mdown, .mkdn, .mkd, .mkdown, .mdwn). A plain folder reads every
// one; a site reads those its generator makes pages of (Hugo and Jekyll are compared with the real generators in
// generators.test.ts).

const copies: string[] = [];
afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function copySite(name: string, files: Readonly<Record<string, string>>): string {
	const dir = mkdtempSync(join(tmpdir(), `wirefeed-${name}-`));
	copies.push(dir);
	cpSync(fixtureSite(name), dir, { recursive: true });
	for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
	return dir;
}

const EXTENSIONS = ["md", "markdown", "mdown", "mkdn", "mkd", "mkdown", "mdwn"];

describe("Markdown's extensions", () => {
	test("a plain folder publishes a post under each of them, rendered as Markdown", async () => {
		const files = Object.fromEntries(
			EXTENSIONS.map((extension, index) => [
				`2024-05-0${index + 1}-tide-${extension}.${extension}`,
				`---\ntitle: Tide ${extension}\n---\nHigh water at *noon*.\n`,
			]),
		);
		const { result, items } = await buildFolder(files);
		expect(result.diagnostics.filter((d) => d.severity !== "info" && d.rule !== "license/check")).toEqual([]);
		expect(items.map((item) => item.title).sort()).toEqual(EXTENSIONS.map((extension) => `Tide ${extension}`).sort());
		for (const item of items) expect(item.content_html).toContain("<em>noon</em>");
	});

	// Zola makes pages of .md files only, and Eleventy of .md among Markdown's names: the rest are a section's assets, or
	// no template at all.
	test.each([
		{ site: "zola", folder: "content/journal", front: '+++\ntitle = "Heron"\ndate = 2024-03-20\n+++\n' },
		{ site: "eleventy", folder: "src/posts", front: "---\ntitle: Heron\ndate: 2024-03-20\n---\n" },
	])("$site publishes a .md post, and no .markdown or .mkd file", async ({ site, folder, front }) => {
		const dir = copySite(site, {
			[`${folder}/heron.md`]: `${front}A heron stood in the shallows.\n`,
			[`${folder}/heron-notes.markdown`]: `${front.replace("Heron", "Heron notes")}Not a page.\n`,
			[`${folder}/heron-sketch.mkd`]: `${front.replace("Heron", "Heron sketch")}Not a page.\n`,
		});
		const { items } = await buildSite(dir, new Date("2025-01-01T00:00:00Z"));
		const titles = items.map((item) => item.title);
		expect(titles).toContain("Heron");
		expect(titles).not.toContain("Heron notes");
		expect(titles).not.toContain("Heron sketch");
	});
});
