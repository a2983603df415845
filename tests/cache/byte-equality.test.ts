import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type BuildResult, build } from "../../src/index.js";
import { makeConfig } from "../factories.js";

// Whatever the cache holds, a build writes what a cold build (--no-cache) of the same input writes, byte for byte, and
// reports the same items and diagnostics: after an empty cache (the first build) and after edits and additions.

const NOW = new Date("2026-01-01T00:00:00Z");
const FEEDS = ["rss.xml", "atom.xml", "feed.json"];
const LAYOUTS = [
	{
		name: "the sample site",
		dir: "site/articles/",
		edit: { file: "2020-09-15-minsk-sunday-march.md", from: "Tens of thousands march", to: "Thousands march" },
		added: {
			name: "2020-09-17-late-story.md",
			text: "---\ntitle: A late story\ndate: 2020-09-17T09:00:00Z\n---\nThe port reopened on Thursday.\n",
		},
	},
	{
		name: "WordPress exports",
		dir: "wordpress/",
		edit: { file: "2016-03-03-council-approves-tram-line.md", from: "31 to 9", to: "30 to 10" },
		added: {
			name: "2016-03-08-new-ferry-timetable.md",
			text: "---\nID: 108\npost_title: 'New ferry timetable &#8211; Harbour Herald'\nauthor: Staff Writer\npost_date: 2016-03-08 06:00:00\npost_excerpt: \"\"\nlayout: post\npermalink: >\n  https://www.example-scraper.test/new-ferry-timetable/\npublished: true\noriginal_cats:\n  - Transport\n---\n [ad_1]\n<br><p>Ferries will leave every half hour from Monday.</p>\n<br>[ad_2]\n",
		},
	},
] as const;

let tmp: string;
beforeEach(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-equality-"));
});
afterEach(async () => {
	await rm(tmp, { recursive: true, force: true });
});

const config = makeConfig({ title: "Equality test", limit: 5 });
const readOut = (dir: string) => Promise.all(FEEDS.map((name) => readFile(join(tmp, dir, name), "utf8")));
// `isKnown` differs by design: a cached build marks the warnings the last written build reported already.
const reportOf = (result: BuildResult) => ({
	status: result.status,
	items: result.items,
	diagnostics: result.diagnostics.map(({ isKnown: _isKnown, ...diagnostic }) => diagnostic),
	articleCount: result.articleCount,
	nextScheduled: result.nextScheduled,
});

describe.each(LAYOUTS)("cold, first-cached and incremental builds of $name", ({ dir, edit, added }) => {
	test("write the same bytes and report the same", async () => {
		const articlesDir = join(tmp, "articles");
		await cp(fileURLToPath(new URL(`../fixtures/${dir}`, import.meta.url)), articlesDir, { recursive: true });
		const run = (outDir: string, cacheDir: string | false) =>
			build({ config, articlesDir, outDir, cacheDir, now: NOW, cwd: tmp });
		const expectSameAsCold = async (cached: BuildResult, round: string) => {
			const cold = await run(`cold-${round}`, false);
			expect(cold.status).toBe("written");
			expect(reportOf(cached)).toEqual(reportOf(cold));
			expect(await readOut("out")).toEqual(await readOut(`cold-${round}`));
		};

		const first = await run("out", "cache");
		expect(first.items.length).toBeGreaterThan(2);
		await expectSameAsCold(first, "first");

		const file = join(articlesDir, edit.file);
		const text = await readFile(file, "utf8");
		expect(text).toContain(edit.from);
		await writeFile(file, text.replace(edit.from, edit.to));
		await writeFile(join(articlesDir, added.name), added.text);
		const incremental = await run("out", "cache");
		expect(incremental.files.some((f) => f.changed)).toBe(true);
		expect((await readOut("out")).join("")).toContain(edit.to);
		await expectSameAsCold(incremental, "incremental");

		const again = await run("out", "cache");
		expect(again.files.every((f) => !f.changed)).toBe(true);
		await expectSameAsCold(again, "again");
	});
});
