import { execFile, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../site/build-fixture-site.js";
import { childrenNamed, childText, parseXml } from "../support/parse-xml.js";
import { describeWith, HUGO } from "../support/require-reader.js";
import { SITES_DIR } from "../support/shared-dirs.js";

// The three real sites of ../shared/sites, read in place, zero config: a user's first `wirefeed build` in each must
// exit 0 with no error, one item per post, and the links the generator gives those posts.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const NOW = new Date("2026-12-01T00:00:00Z");
const temporary: string[] = [];
afterAll(() => {
	for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `wirefeed-${name}-`));
	temporary.push(dir);
	return dir;
}

// The CLI as a user runs it in the site's folder (output and cache outside it: the shared folder is read-only).
function runCli(cwd: string): Promise<{ code: number; stderr: string }> {
	const out = tempDir("out");
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[join(ROOT, "bin/wirefeed.js"), "build", "--out", out, "--no-cache", "--now", NOW.toISOString()],
			{ cwd, timeout: 60_000 },
			(error, _stdout, stderr) =>
				resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stderr }),
		);
	});
}

const SITES = [
	{
		name: "hugo/exampleSite",
		generator: "hugo",
		// Page bundles of the one main section, named after their folders (hugo.toml: mainSections = ['posts']).
		links: [
			"table-of-content",
			"math-typesetting",
			"markdown-syntax",
			"rich-content",
			"placeholder-text",
			"emoji-support",
		].map((name) => `https://hba.sid.one/posts/${name}/`),
	},
	{
		name: "astro",
		generator: "astro",
		// The blog starter's route, /blog/<id>/ under astro.config.mjs's site; .md and .mdx alike.
		links: ["using-mdx", "markdown-style-guide", "third-post", "second-post", "first-post"].map(
			(id) => `https://buzzyfly.com/blog/${id}/`,
		),
	},
	{
		name: "eleventy",
		generator: "eleventy",
		// Input path without extension under the input folder; fourthpost/fourthpost.md stands for its folder; the
		// fifth post is a draft (its ---js front matter holds only literals).
		links: ["fourthpost", "thirdpost", "secondpost", "firstpost"].map((name) => `https://example.com/blog/${name}/`),
	},
] as const;

// Words one space apart, with the typography a generator sets (Hugo's goldmark, Jekyll's kramdown) undone on both sides.
const plainWords = (text: string) =>
	text
		.split(/\s+/)
		.join(" ")
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/\u2014|---/g, "-")
		.replace(/\u2013|--/g, "-")
		.replace(/\u2026/g, "...");

describe.each(SITES)("the real $name site, zero config", ({ name, generator, links }) => {
	it("has one item per post, no error, and the generator's links", async () => {
		const { result, items } = await buildSite(join(SITES_DIR, name), NOW);
		expect(result.site?.generator).toBe(generator);
		expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
		expect(items.map((item) => item.url)).toEqual(links);
		// Nothing of the generator's syntax reaches a reader as markup.
		for (const item of items) expect(item.html).not.toMatch(/<[A-Z][a-zA-Z]+[\s/>]|^import |\{\{[<%]|\{%/m);
	});

	// A generator's posts are their author's text (the site's furniture is in its templates): a paragraph the posts
	// share (the starters' placeholder text) is in every item, as in the site's own pages.
	it("keeps every plain paragraph of each published post", async () => {
		const { items } = await buildSite(join(SITES_DIR, name), NOW);
		const published = new Map(items.map((item) => [item.title, decodeHTML(item.html.replace(/<[^>]+>/g, " "))]));
		let checked = 0;
		for (const file of listFiles(join(SITES_DIR, name)).filter((path) => /\.mdx?$/.test(path))) {
			const text = readFileSync(file, "utf8");
			const title = /^title:\s*["']?(.*?)["']?\s*$/m.exec(text)?.[1];
			const shown = title === undefined ? undefined : published.get(title);
			if (shown === undefined) continue;
			const words = plainWords(shown);
			// Plain prose only: no Markdown or HTML syntax that rendering changes.
			for (const paragraph of text.split(/\n\s*\n/).map((block) => block.trim())) {
				if (!/^[A-Z][^*_`[\]<>{}#|\\$~]*[.!?]$/.test(paragraph) || paragraph.split(/\s+/).length < 12) continue;
				checked++;
				expect(words, file).toContain(plainWords(paragraph));
			}
		}
		expect(checked).toBeGreaterThan(3);
	});

	it("exits 0 from the command line", async () => {
		const run = await runCli(join(SITES_DIR, name));
		expect(run.stderr).toMatch(/wirefeed: \w+.* site/);
		expect(run.code, run.stderr).toBe(0);
	});
});

// The real generator on the real Hugo site: its theme is not in the sample, so the copy gets empty stand-ins for the
// theme's shortcodes (links and dates do not depend on them).
describeWith([HUGO], "the real Hugo site as Hugo builds it", () => {
	it("gives the same links, guids and dates as Hugo's posts feed", async () => {
		const dir = tempDir("hugo-site");
		cpSync(join(SITES_DIR, "hugo", "exampleSite"), dir, { recursive: true });
		const config = join(dir, "hugo.toml");
		writeFileSync(config, readFileSync(config, "utf8").replace(/^theme\s*=.*$/m, ""), { mode: 0o644 });
		const shortcodes = join(dir, "layouts", "shortcodes");
		mkdirSync(shortcodes, { recursive: true });
		const content = listFiles(join(dir, "content"))
			.map((file) => readFileSync(file, "utf8"))
			.join("\n");
		for (const [, shortcode] of content.matchAll(/\{\{[<%]\s*([\w-]+)/g)) {
			if (shortcode === undefined || shortcode === "ref" || shortcode === "relref") continue;
			const isPaired = new RegExp(`\\{\\{[<%]\\s*/\\s*${shortcode}\\b`).test(content);
			writeFileSync(join(shortcodes, `${shortcode}.html`), isPaired ? "{{ .Inner }}" : "");
		}
		const built = spawnSync("hugo", ["--quiet"], { cwd: dir, encoding: "utf8", timeout: 120_000 });
		expect(built.status, built.stderr).toBe(0);
		const channel = childrenNamed(
			parseXml(readFileSync(join(dir, "public", "posts", "index.xml"), "utf8")),
			"channel",
		)[0];
		const hugo = (channel === undefined ? [] : childrenNamed(channel, "item")).map((item) => ({
			link: childText(item, "link"),
			id: childText(item, "guid"),
			published: Date.parse(childText(item, "pubDate") ?? ""),
		}));
		const { items } = await buildSite(join(SITES_DIR, "hugo", "exampleSite"), NOW);
		expect(items.map((item) => ({ link: item.url, id: item.id, published: Date.parse(item.published) }))).toEqual(hugo);
	});
});

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}
