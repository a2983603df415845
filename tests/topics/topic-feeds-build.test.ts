import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { build } from "../../src/index.js";
import { makeConfig } from "../factories.js";
import { REPO_ROOT } from "../support/build-feeds.js";
import { checkAtom, checkJsonFeed, checkRss, formatViolations } from "../support/check-feed.js";
import { readWithFeedparser } from "../support/read-with-feedparser.js";
import { describeWith, FEEDPARSER } from "../support/require-reader.js";

const ARTICLES = join(REPO_ROOT, "tests/fixtures/site/articles");
const NOW = new Date("2026-01-01T00:00:00Z");
const TOPICS = { title: "wirefeed sample news", feeds: { categories: true, authors: true, min: 2 } };

let out: string;
beforeEach(async () => {
	out = await mkdtemp(join(tmpdir(), "wirefeed-topics-"));
});
afterEach(async () => {
	await rm(out, { recursive: true, force: true });
});

const run = (overrides: Record<string, unknown> = {}) =>
	build({
		articlesDir: ARTICLES,
		outDir: out,
		config: makeConfig({ ...TOPICS, ...overrides }),
		now: NOW,
		cacheDir: false,
	});

describe("topic feeds, built and written", () => {
	test("a category with at least min items gets three valid feeds in its folder", async () => {
		const result = await run();
		expect(result.status).toBe("written");
		for (const [file, check] of [
			["rss.xml", checkRss],
			["atom.xml", checkAtom],
			["feed.json", checkJsonFeed],
		] as const) {
			const text = await readFile(join(out, "categories/belarus", file), "utf8");
			const violations = check(text);
			expect(violations, formatViolations(violations)).toEqual([]);
		}
		const json = JSON.parse(await readFile(join(out, "categories/belarus/feed.json"), "utf8"));
		expect(json.title).toBe("wirefeed sample news: Belarus");
		expect(json.items.length).toBe(2);
	});

	test("an unchanged rebuild rewrites no topic feed", async () => {
		await run();
		const before = (await stat(join(out, "categories/belarus/rss.xml"))).mtimeMs;
		await new Promise((resolve) => setTimeout(resolve, 20));
		const again = await run();
		expect(again.files.filter((f) => f.changed)).toEqual([]);
		expect((await stat(join(out, "categories/belarus/rss.xml"))).mtimeMs).toBe(before);
	});

	test("a topic that drops below min loses its feeds and its folder; other files stay", async () => {
		await run();
		expect(existsSync(join(out, "categories/belarus/rss.xml"))).toBe(true);
		const result = await run({ feeds: { categories: true, authors: true, min: 3 } });
		expect(result.status).toBe("written");
		expect(existsSync(join(out, "categories/belarus"))).toBe(false);
		expect(existsSync(join(out, "rss.xml"))).toBe(true);
	});

	test("index.html and feeds.opml list the topic feed", async () => {
		await run();
		expect(await readFile(join(out, "index.html"), "utf8")).toContain('href="categories/belarus/atom.xml"');
		expect(await readFile(join(out, "feeds.opml"), "utf8")).toContain(
			'xmlUrl="https://news.example.org/categories/belarus/rss.xml"',
		);
	});
});

describeWith([FEEDPARSER], "feedparser reading a topic feed", () => {
	test.each(["rss.xml", "atom.xml"])(
		"categories/belarus/%s parses without bozo, with both items",
		async (file) => {
			await run();
			const parsed = await readWithFeedparser(join(out, "categories/belarus", file));
			expect(parsed.bozo, parsed.bozoException ?? "").toBe(0);
			expect(parsed.feed.title).toBe("wirefeed sample news: Belarus");
			expect(parsed.entries).toHaveLength(2);
		},
		60_000,
	);
});
