import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { build } from "../../src/index.js";

// A scraped article saved as an HTML fragment without front matter: its opening <h1> is its title, as a Markdown
// body's opening "# Heading" is, and it leaves the body so the item does not show it twice.
let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-html-title-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

async function buildOne(name: string, text: string) {
	const articlesDir = await mkdtemp(join(tmp, "articles-"));
	await writeFile(join(articlesDir, name), text);
	const result = await build({
		config: { url: "https://harbour.example/" },
		articlesDir,
		cwd: tmp,
		write: false,
		cacheDir: false,
		site: false,
		now: new Date("2025-01-01T00:00:00Z"),
	});
	const items = JSON.parse(result.outputs?.json ?? '{"items":[]}').items as { title: string; content_html: string }[];
	return { result, items };
}

test("an HTML body's opening <h1> is the title, and leaves the body", async () => {
	const { items } = await buildOne(
		"2024-05-03-budget.html",
		'<!-- saved from harbour.example -->\n<article class="story">\n<h1 class="headline">Council <em>approves</em> harbour budget</h1>\n<p>The council approved the budget on Friday.</p>\n</article>\n',
	);
	expect(items[0]?.title).toBe("Council approves harbour budget");
	expect(items[0]?.content_html).not.toContain("<h1");
	expect(items[0]?.content_html).toContain("The council approved the budget on Friday.");
});

test("an <h1> after the article's first words is no title: the message says what to add", async () => {
	const { result, items } = await buildOne(
		"2024-05-03-budget.html",
		"<p>The council met on Friday.</p>\n<h1>Budget approved</h1>\n<p>The vote was 7-2.</p>\n",
	);
	expect(items).toEqual([]);
	expect(result.diagnostics.find((d) => d.rule === "article/missing-title")?.message).toMatch(/<h1>/);
});
