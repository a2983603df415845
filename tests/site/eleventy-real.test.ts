import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, fixtureSite } from "./build-fixture-site.js";

// The claim, checked against the tools themselves: for a site in the Eleventy starter blog's shape, wirefeed's feed has
// the posts, links, dates, titles and order of the feed Eleventy 3's feed plugin writes. Eleventy is no dependency of
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

function eleventyItems(dir: string): FeedItem[] {
	const done = spawnSync(process.execPath, [eleventyCommand, "--quiet"], {
		cwd: dir,
		encoding: "utf8",
		timeout: 120_000,
		env: { ...process.env, TZ: "UTC" },
	});
	if (done.status !== 0) throw new Error(`eleventy failed (${done.status}): ${done.stderr}${done.stdout}`);
	const feed = JSON.parse(readFileSync(join(dir, "_site/feed/feed.json"), "utf8")) as {
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
