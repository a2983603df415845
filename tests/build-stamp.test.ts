import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type BuildOptions, build } from "../src/index.js";
import { lockOutput } from "../src/write/lock-output.js";

// The no-change shortcut (a small stamp of the last written build) is taken only when the config is read from a
// file, as the CLI does; every test here compares what it reports against a cold build of the same input.

const SAMPLES = fileURLToPath(new URL("fixtures/site/articles/", import.meta.url));
const NOW = new Date("2026-01-01T00:00:00Z");
const FEEDS = ["rss.xml", "atom.xml", "feed.json"];

let tmp: string;
let articlesDir: string;
let cacheDir: string;
beforeEach(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-stamp-"));
	articlesDir = join(tmp, "articles");
	cacheDir = join(tmp, "cache");
	await cp(SAMPLES, articlesDir, { recursive: true });
	await writeConfig({ url: "https://news.example.org/", title: "Stamp test", limit: 5 });
});
afterEach(async () => {
	await rm(tmp, { recursive: true, force: true });
});

const writeConfig = (config: Record<string, unknown>) =>
	writeFile(join(tmp, "wirefeed.json"), JSON.stringify(config, null, 2));
const run = (overrides: Partial<BuildOptions> = {}) =>
	build({
		configFile: "wirefeed.json",
		articlesDir,
		outDir: join(tmp, "out"),
		cacheDir,
		now: NOW,
		cwd: tmp,
		...overrides,
	});
const readOut = (dir: string) => Promise.all(FEEDS.map((name) => readFile(join(tmp, dir, name), "utf8")));
const stampFiles = async () => (await readdir(cacheDir)).filter((name) => name.endsWith(".stamp.json"));

/**
 * What a build reports, without the parts that differ by design between a fresh write and a no-change rebuild: the
 * files' `changed` flags, and `isKnown` (a warning the last build reported already).
 */
const reportOf = (result: Awaited<ReturnType<typeof build>>) => ({
	status: result.status,
	items: result.items,
	diagnostics: result.diagnostics.map(({ isKnown: _isKnown, ...diagnostic }) => diagnostic),
	articleCount: result.articleCount,
	nextScheduled: result.nextScheduled,
});

/** Builds the same input cold (no cache, fresh folder) and checks the shortcut's report and files against it. */
async function expectSameAsCold(result: Awaited<ReturnType<typeof build>>, now = NOW) {
	const cold = await run({ outDir: join(tmp, "cold"), cacheDir: false, now });
	expect(reportOf(result)).toEqual(reportOf(cold));
	expect(await readOut("out")).toEqual(await readOut("cold"));
}

describe("the no-change shortcut", () => {
	test("an unchanged rebuild reports exactly what the full build reported and rewrites nothing", async () => {
		const first = await run();
		expect(first.status).toBe("written");
		expect(await stampFiles()).toHaveLength(1);
		const again = await run();
		expect(reportOf(again)).toEqual(reportOf(first));
		// The three feeds, then feed.css, feeds.opml and index.html.
		expect(again.files.map((f) => f.changed)).toEqual([false, false, false, false, false, false]);
		await expectSameAsCold(again);
	});

	test("an edited article is picked up", async () => {
		await run();
		const file = join(articlesDir, "2020-09-15-minsk-sunday-march.md");
		await writeFile(file, (await readFile(file, "utf8")).replace("Tens of thousands march", "Thousands march"));
		const result = await run();
		expect(result.items.map((i) => i.title)).toContain("Thousands march in Minsk for the fifth Sunday in a row");
		await expectSameAsCold(result);
	});

	test("an article edited to the same length is picked up: its mtime alone tells", async () => {
		await run();
		const file = join(articlesDir, "2020-09-15-minsk-sunday-march.md");
		const before = await stat(file);
		await writeFile(file, (await readFile(file, "utf8")).replace("Tens of thousands march", "Tens of thousands marcH"));
		// A quarter of a millisecond after the mtime the stamp holds: the same size, the mtime differs only in its fraction.
		await utimes(file, before.atime, (before.mtimeMs + 0.25) / 1000);
		expect((await stat(file)).size).toBe(before.size);
		const result = await run();
		expect(result.items.map((i) => i.title)).toContain(
			"Tens of thousands marcH in Minsk for the fifth Sunday in a row",
		);
		await expectSameAsCold(result);
	});

	test("an added article is picked up", async () => {
		await run();
		await writeFile(
			join(articlesDir, "2020-09-17-late-story.md"),
			"---\ntitle: A late story\ndate: 2020-09-17T09:00:00Z\n---\nThe port reopened on Thursday.\n",
		);
		const result = await run();
		expect(result.items[0]?.title).toBe("A late story");
		await expectSameAsCold(result);
	});

	test("a change to the config text is picked up", async () => {
		await run();
		await writeConfig({ url: "https://news.example.org/", title: "Renamed feed", limit: 5 });
		const result = await run();
		// Every document names the site, except the stylesheet, which is the same for every site.
		const changed = result.files.filter((f) => f.changed).map((f) => basename(f.path));
		expect(changed).toEqual(["rss.xml", "atom.xml", "feed.json", "feeds.opml", "index.html"]);
		expect((await readOut("out"))[0]).toContain("<title>Renamed feed</title>");
		await expectSameAsCold(result);
	});

	test("a scheduled article appears once `now` reaches its date, and nextScheduled moves on", async () => {
		const before = await run();
		expect(before.nextScheduled).toEqual(new Date("2099-01-01T07:00:00Z"));
		const later = new Date("2099-01-01T07:00:00Z");
		const result = await run({ now: later });
		expect(result.items.map((i) => i.title)).toContain("Embargoed: annual report on press freedom");
		expect(result.nextScheduled).toBeUndefined();
		await expectSameAsCold(result, later);
	});

	test("an earlier `now` holds back an article published after it", async () => {
		await run();
		const earlier = new Date("2020-09-15T12:00:00Z");
		const result = await run({ now: earlier });
		expect(result.items.map((i) => i.file)).not.toContain("articles/2020-09-15-minsk-sunday-march.md");
		expect(result.nextScheduled).toEqual(new Date("2020-09-15T15:05:00Z"));
		await expectSameAsCold(result, earlier);
	});

	test("a feed replaced or deleted by someone else is written again", async () => {
		await run();
		await writeFile(join(tmp, "out", "atom.xml"), "<feed/>");
		await rm(join(tmp, "out", "feed.json"));
		const result = await run();
		expect(result.files.map((f) => f.changed)).toEqual([false, true, true, false, false, false]);
		await expectSameAsCold(result);
	});

	test("--strict over unchanged input with a rejected article still fails and writes nothing", async () => {
		await writeFile(join(articlesDir, "2020-09-18-broken.md"), "---\ntitle: [unclosed\n---\nBody.\n");
		const lenient = await run();
		expect(lenient.status).toBe("written");
		expect(lenient.diagnostics.some((d) => d.severity === "error" && d.file === "articles/2020-09-18-broken.md")).toBe(
			true,
		);
		const strict = await run({ strict: true });
		expect(strict.status).toBe("failed");
		expect(strict.files).toEqual([]);
		expect(reportOf(strict).diagnostics).toEqual(reportOf(lenient).diagnostics);
	});

	test("a damaged stamp only costs the shortcut", async () => {
		const first = await run();
		const [stamp] = await stampFiles();
		await writeFile(join(cacheDir, stamp ?? ""), "{ not json");
		const again = await run();
		expect(reportOf(again)).toEqual(reportOf(first));
		await expectSameAsCold(again);
	});

	test("--no-cache neither reads nor writes a stamp", async () => {
		await run({ cacheDir: false });
		await expect(readdir(cacheDir)).rejects.toThrow();
	});
	test("waiting for another build's lock is reported by that build only, not repeated by the next", async () => {
		const release = await lockOutput(join(tmp, "out"));
		const waiting = run();
		await new Promise((resolve) => setTimeout(resolve, 300));
		await release();
		const first = await waiting;
		expect(first.diagnostics.map((d) => d.rule)).toContain("io/waited-for-lock");
		const again = await run();
		// The three feeds, then feed.css, feeds.opml and index.html.
		expect(again.files.map((f) => f.changed)).toEqual([false, false, false, false, false, false]);
		expect(again.diagnostics.map((d) => d.rule)).not.toContain("io/waited-for-lock");
		expect(reportOf(again).diagnostics).toEqual(
			reportOf(first).diagnostics.filter((d) => d.rule !== "io/waited-for-lock"),
		);
	});
});
