import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { buildSite, fixtureSite } from "../site/build-fixture-site.js";
import { buildFolder } from "../support/build-folder.js";

// A site generator's posts are what their author wrote: the site's furniture is in its templates, not in them. Text
// the author repeats (a series' opening paragraph, a sign-off, a starter theme's placeholder paragraphs, one paragraph
// twice in a post) is theirs, and the site's own feed has it; only short labels and link lists are judged by what
// other posts repeat. The same holds for a plain folder of a site's own Markdown posts; a folder of republished or
// scraped articles is judged as before.

const OPENING =
	"This is part of a series on the working year of the harbour, written from the office above the fish market, one season at a time.";
const SIGN_OFF =
	"As always, the tide tables for the coming month are pinned to the noticeboard by the slipway, and the office is open on weekdays.";
const REPEATED =
	"The harbour master checked every mooring line twice before the storm, walking the whole length of both piers in the rain.";
const SHARE = "Share: [Mastodon](https://social.example/share) · [Email](mailto:?subject=post)";

const post = (title: string, day: number, middle: string, extra = "") =>
	`---\ntitle: ${title}\ndate: 2024-03-0${day}\n---\n\n${OPENING}\n\n${middle}\n\n${extra}${SIGN_OFF}\n\n${SHARE}\n`;

const POSTS: Readonly<Record<string, string>> = {
	"winter.md": post("Winter", 1, "Ice formed on the inner basin for the first time in a decade."),
	"spring.md": post("Spring", 2, "The first crab boats went out on a calm morning in April."),
	"summer.md": post("Summer", 3, REPEATED, `${REPEATED}\n\n`),
	"autumn.md": post("Autumn", 4, "Storms closed the outer harbour for three days in October."),
};

const copies: string[] = [];
afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe("what an author repeats in a site's posts", () => {
	test("stays in each post of a Hugo site; the recurring share links go", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-authored-"));
		copies.push(dir);
		cpSync(fixtureSite("hugo"), dir, { recursive: true });
		for (const [name, text] of Object.entries(POSTS)) writeFileSync(join(dir, "content", "posts", name), text);
		const { items } = await buildSite(dir, new Date("2025-01-01T00:00:00Z"));
		const seasons = items.filter((item) => ["Winter", "Spring", "Summer", "Autumn"].includes(item.title));
		expect(seasons).toHaveLength(4);
		for (const item of seasons) {
			expect(item.html).toContain(OPENING);
			expect(item.html).toContain(SIGN_OFF);
			expect(item.html).not.toContain("Mastodon");
		}
		const summer = seasons.find((item) => item.title === "Summer");
		expect(summer?.html.split(REPEATED)).toHaveLength(3);
	});

	test("stays in a plain folder of the site's own Markdown posts; the recurring share links go", async () => {
		const { items } = await buildFolder(POSTS);
		expect(items).toHaveLength(4);
		for (const item of items) {
			expect(item.content_html, item.title).toContain(OPENING);
			expect(item.content_html, item.title).toContain(SIGN_OFF);
			expect(item.content_html, item.title).not.toContain("Mastodon");
		}
		const summer = items.find((item) => item.title === "Summer");
		expect(summer?.content_html.split(REPEATED)).toHaveLength(3);
	});

	test("stays in a republished tutorial's Markdown (a source: it came from)", async () => {
		const files = Object.fromEntries(
			Object.entries(POSTS).map(([name, text], index) => [
				name,
				text.replace("\n---\n", `\nsource: https://tutorials.example/harbour/${index + 1}/\n---\n`),
			]),
		);
		const { items } = await buildFolder(files);
		expect(items).toHaveLength(4);
		for (const item of items) expect(item.content_html, item.title).toContain(OPENING);
	});

	// An ad plugin's placeholders, a page's HTML pasted into a .md file, a saved page, a text file: what a scraper
	// stored, where text three stories of a host share at an edge is the host's boilerplate.
	const paragraphsOf = (text: string) => (text.split("\n---\n")[1] ?? "").trim().split("\n\n").slice(0, -1);
	const headOf = (text: string) => text.split("\n---\n")[0] ?? "";
	const scraped: Readonly<Record<string, (name: string, text: string) => [string, string]>> = {
		"with ad placeholders": (name, text) => [name, text.replace(OPENING, `[ad_1]\n\n${OPENING}`)],
		"pasted as HTML into Markdown files": (name, text) => [
			name,
			`${headOf(text)}\n---\n${paragraphsOf(text)
				.map((paragraph) => `<p>${paragraph}</p>`)
				.join("\n")}\n`,
		],
		"saved as HTML": (name, text) => [
			name.replace(/\.md$/, ".html"),
			`${headOf(text)}\n---\n${paragraphsOf(text)
				.map((paragraph) => `<p>${paragraph}</p>`)
				.join("\n")}\n`,
		],
		"in text files": (name, text) => [
			name.replace(/\.md$/, ".txt"),
			`${headOf(text)}\n---\n${paragraphsOf(text).join("\n\n")}\n`,
		],
	};
	test.each(Object.keys(scraped))("is the host's boilerplate in a folder of articles %s, as before", async (shape) => {
		const reshape = scraped[shape];
		if (reshape === undefined) throw new Error(shape);
		const { items } = await buildFolder(
			Object.fromEntries(Object.entries(POSTS).map(([name, text]) => reshape(name, text))),
		);
		expect(items).toHaveLength(4);
		for (const item of items) {
			expect(item.content_html, item.title).not.toContain(OPENING);
			expect(item.content_html, item.title).not.toContain(SIGN_OFF);
		}
	});
});

// A line of one link that ends (or opens) an author's post is theirs: the site's feed has it. Before, it went as
// "mostly link text, at the edge of the body", as a scraped page's menu does.
describe("a line of one link at an edge of an author's own post", () => {
	const ABOUT = "[About](/about/)";
	const MORE = "More [about me](/about/)";
	const body = (last: string) =>
		`---\ntitle: Moving house\ndate: 2024-03-01\n---\n\nWe moved the whole blog to a new host this week. It took longer than planned, but everything works.\n\n${last}\n`;

	test.each([ABOUT, MORE])("stays in a plain folder's Markdown post: %s", async (last) => {
		const { items } = await buildFolder({ "moving.md": body(last) });
		expect(items[0]?.content_html).toContain('<a href="https://harbour.example/about/">');
	});

	test("stays in a Hugo site's post", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-authored-"));
		copies.push(dir);
		cpSync(fixtureSite("hugo"), dir, { recursive: true });
		writeFileSync(join(dir, "content", "posts", "moving.md"), body(ABOUT));
		const { items } = await buildSite(dir, new Date("2025-01-01T00:00:00Z"));
		expect(items.find((item) => item.title === "Moving house")?.html).toContain("/about/");
	});

	test("goes from a saved page, as before", async () => {
		const html = body('<a href="/about/">About</a>').replace(/\n\n([^\n]+)/g, "\n<p>$1</p>");
		const { items } = await buildFolder({ "moving.html": html });
		expect(items[0]?.content_html).not.toContain("/about/");
	});
});
