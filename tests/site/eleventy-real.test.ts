import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, fixtureSite } from "./build-fixture-site.js";

// The claim, checked against the tools themselves: for a site in the Eleventy starter blog's shape, and for one with a
// feed template of its own, wirefeed's feed has the posts, links, dates, titles and order of the feed Eleventy 3 writes. Eleventy is no dependency of
// wirefeed and npm test reaches no network, so this runs only where WIREFEED_ELEVENTY_DIR names a folder in which
// `npm i @11ty/eleventy@3 @11ty/eleventy-plugin-rss` was run (checked with Eleventy 3.1.8 and the plugin 3.0.0).

const eleventyDir = process.env.WIREFEED_ELEVENTY_DIR;
const eleventyCommand = eleventyDir === undefined ? "" : join(eleventyDir, "node_modules/@11ty/eleventy/cmd.cjs");
const isPresent =
	eleventyDir !== undefined &&
	existsSync(eleventyCommand) &&
	existsSync(join(eleventyDir, "node_modules/@11ty/eleventy-plugin-rss/package.json"));
if (!isPresent) {
	console.info("skipped: set WIREFEED_ELEVENTY_DIR to a folder with @11ty/eleventy@3 and @11ty/eleventy-plugin-rss");
}

const copies: string[] = [];
afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

interface FeedItem {
	readonly url: string;
	readonly title: string;
	/** To the second: Eleventy's feed writes no milliseconds. */
	readonly date: string;
}

const toSecond = (date: string) => new Date(Math.floor(Date.parse(date) / 1000) * 1000).toISOString();

function eleventyItems(dir: string, feedPath = "_site/feed/feed.json"): FeedItem[] {
	const done = spawnSync(process.execPath, [eleventyCommand, "--quiet"], {
		cwd: dir,
		encoding: "utf8",
		timeout: 120_000,
		env: { ...process.env, TZ: "UTC" },
	});
	if (done.status !== 0) throw new Error(`eleventy failed (${done.status}): ${done.stderr}${done.stdout}`);
	const feed = JSON.parse(readFileSync(join(dir, feedPath), "utf8")) as {
		items: { url: string; title: string; date_published: string }[];
	};
	return feed.items.map((item) => ({ url: item.url, title: item.title, date: toSecond(item.date_published) }));
}

describe.skipIf(!isPresent)("Eleventy 3's own feed and wirefeed's, for the same site", () => {
	it.each([
		["as the starter blog has it", (config: string) => config],
		["under a pathPrefix", (config: string) => config.replace("dir: {", 'pathPrefix: "/plot/",\n\tdir: {')],
	])("list the same posts, links, dates, titles and order: %s", async (_, editConfig) => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-eleventy-real-"));
		copies.push(dir);
		cpSync(fixtureSite("eleventy-base-blog"), dir, { recursive: true });
		symlinkSync(join(eleventyDir ?? "", "node_modules"), join(dir, "node_modules"));
		const config = join(dir, "eleventy.config.js");
		writeFileSync(config, editConfig(readFileSync(config, "utf8")));
		const expected = eleventyItems(dir);
		// Eleventy writes every post, whatever its date: judge none as scheduled.
		const { items } = await buildSite(dir, new Date("2100-01-01T00:00:00Z"));
		expect(items.map((item) => ({ url: item.url, title: item.title, date: toSecond(item.published) }))).toEqual(
			expected,
		);
		expect(expected.length).toBeGreaterThan(5);
	});
});

// The shape of sites made before the feed plugin had a virtual template (eleventy-plugin-rss 1, still read by 2): a CJS
// `.eleventy.js`, a feed template of the site's own that keeps the metadata in its front matter and lists a collection
// of another name (`article`), tagged by directory data and front matter.
const OWN_FEED: Readonly<Record<string, string>> = {
	".eleventy.js": [
		'const pluginRss = require("@11ty/eleventy-plugin-rss");',
		"module.exports = (eleventyConfig) => {",
		"\televentyConfig.addPlugin(pluginRss);",
		'\treturn { markdownTemplateEngine: "njk", dir: { input: "src", output: "_site" } };',
		"};",
	].join("\n"),
	"src/feed.njk": [
		"---json",
		'{ "permalink": "/feed.json", "eleventyExcludeFromCollections": true,',
		'  "metadata": { "title": "Harbour Log", "url": "https://harbour.example/", "author": { "name": "Ren" } } }',
		"---",
		'{ "items": [{%- for post in collections.article | reverse %}',
		"{%- set absolutePostUrl = post.url | absoluteUrl(metadata.url) %}",
		'{ "url": "{{ absolutePostUrl }}", "title": {{ post.data.title | dump | safe }},',
		'  "date_published": "{{ post.date | dateToRfc3339 }}" }{% if not loop.last %},{% endif %}',
		"{%- endfor %}] }",
	].join("\n"),
	"src/log/log.json": '{ "tags": "article" }',
	"src/log/2024-03-02-tide-tables.md": "---\ntitle: Tide tables\n---\nSee [the pier]({{ '/pier/' | url }}).\n",
	"src/log/crane.md": "---\ntitle: The new crane\ndate: 2024-03-05T09:30:00Z\n---\nIt lifts forty tonnes.\n",
	"src/log/quiet.md": "---\ntitle: Quiet week\ndate: 2024-03-09\neleventyExcludeFromCollections: true\n---\nNothing.\n",
	"src/notes/fog.md": "---\ntitle: Fog horn\ndate: 2024-03-07\ntags: [article, weather]\n---\nAll night.\n",
	"src/notes/todo.md": "---\ntitle: To do\ndate: 2024-03-08\n---\nPaint the bollards.\n",
	"src/about.md": "---\ntitle: About\n---\nThe harbour master's notes.\n",
};

describe.skipIf(!isPresent)("Eleventy's own feed and wirefeed's, for a site with a feed template of its own", () => {
	it("list the same posts, links, dates, titles and order", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-eleventy-own-feed-"));
		copies.push(dir);
		for (const [path, text] of Object.entries(OWN_FEED)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		symlinkSync(join(eleventyDir ?? "", "node_modules"), join(dir, "node_modules"));
		const expected = eleventyItems(dir, "_site/feed.json");
		const { items } = await buildSite(dir, new Date("2100-01-01T00:00:00Z"));
		expect(items.map((item) => ({ url: item.url, title: item.title, date: toSecond(item.published) }))).toEqual(
			expected,
		);
		expect(expected.length).toBe(3);
	});
});
