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

// A scraped article saved as the whole web page: its head says what front matter would (Open Graph and article
// metadata, the canonical link), and the article is what its <article> holds, not the site's menu and footer.
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ferry workers strike over pay | Harbour Times</title>
<meta property="og:title" content="Ferry workers strike over pay">
<meta property="og:description" content="Crossings to the islands are halted for two days.">
<meta property="og:image" content="https://harbour.example/img/ferry.jpg">
<meta property="article:published_time" content="2024-05-02T08:30:00+02:00">
<meta name="author" content="Jane Roe">
<link rel="canonical" href="https://harbour.example/news/ferry-strike">
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1>Ferry workers strike over pay</h1>
<p>Ferry workers walked out on Thursday after talks over pay broke down, halting crossings to the islands.</p>
<p>The union said the strike would last 48 hours.</p>
</article>
<footer><p>Harbour Times, 1 Quay Street</p></footer>
</body>
</html>
`;

test("a saved web page gives its title, date, author, summary, picture and source from its head", async () => {
	const { result, items } = await buildOne("ferry-strike.html", PAGE);
	expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
	const item = items[0] as unknown as Record<string, unknown>;
	expect(item.title).toBe("Ferry workers strike over pay");
	expect(item.date_published).toBe("2024-05-02T06:30:00.000Z");
	expect(item.authors).toEqual([{ name: "Jane Roe" }]);
	expect(item.summary).toBe("Crossings to the islands are halted for two days.");
	expect(item.image).toBe("https://harbour.example/img/ferry.jpg");
	expect(item.external_url).toBe("https://harbour.example/news/ferry-strike");
	const html = String(item.content_html);
	expect(html).toContain("Ferry workers walked out on Thursday");
	expect(html).not.toMatch(/<h1|Home|Quay Street|Harbour Times \|/);
});

test("a saved page with elements named like an object's own properties is read like any other", async () => {
	const page = PAGE.replace("<article>", "<constructor>x</constructor><__proto__>y</__proto__><article>");
	const { result, items } = await buildOne("ferry-strike.html", page);
	expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
	expect(items[0]?.title).toBe("Ferry workers strike over pay");
});

// Many saved pages have no Open Graph tags: only a <title>, which readText hides (it is no text of the page's body).
test("a saved page without og:title: the article's opening <h1> is the title, else the page's <title>", async () => {
	const withoutOg = PAGE.replace(/<meta property="og:title"[^>]*>\n/, "");
	const opened = await buildOne("ferry-strike.html", withoutOg);
	expect(opened.result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
	expect(opened.items[0]?.title).toBe("Ferry workers strike over pay");
	expect(opened.items[0]?.content_html).not.toContain("<h1");
	const headless = await buildOne(
		"ferry-strike.html",
		withoutOg.replace("<h1>Ferry workers strike over pay</h1>\n", ""),
	);
	expect(headless.result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
	expect(headless.items[0]?.title).toBe("Ferry workers strike over pay | Harbour Times");
});
