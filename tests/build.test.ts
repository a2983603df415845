import { cp, mkdtemp, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { build } from "../src/index.js";
import { makeConfig } from "./factories.js";

const SAMPLES = fileURLToPath(new URL("fixtures/site/articles/", import.meta.url));
const NOW = new Date("2026-01-01T00:00:00Z");

let tmp: string;
let articlesDir: string;
let outDir: string;
let cacheDir: string;
beforeEach(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-build-"));
	articlesDir = join(tmp, "articles");
	outDir = join(tmp, "out");
	cacheDir = join(tmp, "cache");
	await cp(SAMPLES, articlesDir, { recursive: true });
});
afterEach(async () => {
	await rm(tmp, { recursive: true, force: true });
});

const config = makeConfig({ title: "Cache test", limit: 5 });
const run = (overrides: { now?: Date; cacheDir?: string | false; outDir?: string } = {}) =>
	build({ config, articlesDir, outDir, cacheDir, now: NOW, cwd: tmp, ...overrides });
const readOut = async (dir = outDir) =>
	Promise.all(["rss.xml", "atom.xml", "feed.json"].map((name) => readFile(join(dir, name), "utf8")));

describe("build with the cache", () => {
	test("a cached build is byte-identical to a cold one, and an unchanged rebuild writes nothing", async () => {
		const cold = await build({ config, articlesDir, outDir: join(tmp, "cold"), cacheDir: false, now: NOW, cwd: tmp });
		expect(cold.status).toBe("written");
		await run();
		const first = await readOut();
		const mtimes = await Promise.all(
			["rss.xml", "atom.xml", "feed.json"].map(async (n) => (await stat(join(outDir, n))).mtimeMs),
		);
		const again = await run();
		expect(again.files.every((f) => !f.changed)).toBe(true);
		expect(await readOut()).toEqual(first);
		expect(await readOut(join(tmp, "cold"))).toEqual(first);
		expect(
			await Promise.all(["rss.xml", "atom.xml", "feed.json"].map(async (n) => (await stat(join(outDir, n))).mtimeMs)),
		).toEqual(mtimes);
	});

	test("an edited article is picked up", async () => {
		await run();
		const file = join(articlesDir, "2020-09-15-minsk-sunday-march.md");
		const text = await readFile(file, "utf8");
		await writeFile(file, text.replace("Tens of thousands march", "Thousands march"));
		const result = await run();
		expect(result.items.map((i) => i.title)).toContain("Thousands march in Minsk for the fifth Sunday in a row");
		const cold = await build({ config, articlesDir, outDir: join(tmp, "cold"), cacheDir: false, now: NOW, cwd: tmp });
		expect(await readOut()).toEqual(await readOut(join(tmp, "cold")));
		expect(cold.items.map((i) => i.title)).toEqual(result.items.map((i) => i.title));
	});

	test("a touched but unchanged article is not a change", async () => {
		await run();
		const file = join(articlesDir, "2020-09-15-minsk-sunday-march.md");
		await utimes(file, new Date(), new Date("2030-01-01T00:00:00Z"));
		const result = await run();
		expect(result.files.every((f) => !f.changed)).toBe(true);
	});

	test("a deleted article leaves the feeds; a renamed one gets its new slug", async () => {
		await run();
		await rm(join(articlesDir, "2020-09-15-minsk-sunday-march.md"));
		await rename(
			join(articlesDir, "2020-09-12-riga-tram-line.html"),
			join(articlesDir, "2020-09-12-riga-airport-tram.html"),
		);
		const result = await run();
		expect(result.items.map((i) => i.file)).not.toContain(expect.stringContaining("minsk"));
		expect(result.items.map((i) => i.link)).toContain("https://news.example.org/riga-airport-tram/");
		expect(result.items.map((i) => i.link)).not.toContain("https://news.example.org/riga-tram-line/");
	});

	test("a config change invalidates the cache", async () => {
		await run();
		const changed = makeConfig({ title: "Cache test", limit: 5, permalink: "/news/{slug}/" });
		const result = await build({ config: changed, articlesDir, outDir, cacheDir, now: NOW, cwd: tmp });
		expect(result.items.map((i) => i.link)).toContain("https://news.example.org/news/minsk-sunday-march/");
		expect(result.items.map((i) => i.link)).not.toContain("https://news.example.org/minsk-sunday-march/");
	});

	test("a scheduled article appears on the first build after its date, with no other change; nextScheduled says when", async () => {
		const before = await run();
		expect(before.nextScheduled).toEqual(new Date("2099-01-01T07:00:00Z"));
		expect(before.items.map((i) => i.title)).not.toContain("Embargoed: annual report on press freedom");
		const after = await run({ now: new Date("2099-01-01T07:00:01Z") });
		expect(after.items[0]?.title).toBe("Embargoed: annual report on press freedom");
		expect(after.files.some((f) => f.changed)).toBe(true);
		expect(after.nextScheduled).toBeUndefined();
	});

	test("a damaged cache file only costs a cold build", async () => {
		await run();
		const { readdir } = await import("node:fs/promises");
		for (const name of await readdir(cacheDir)) await writeFile(join(cacheDir, name), "{ not json");
		const result = await run();
		expect(result.status).toBe("written");
		expect(result.items).toHaveLength(5);
	});
});

describe("build as a library", () => {
	// The README: problems come back as diagnostics, never as exceptions. A wrong articles folder is the user's input,
	// as it is for the CLI (io/not-found, exit 2), not a failing environment.
	test.each([
		{ name: "missing", make: async () => undefined },
		{ name: "a file", make: async (path: string) => writeFile(path, "not a folder\n") },
	])("an articles folder that is $name is io/not-found, nothing written, not a throw", async ({ make }) => {
		const missing = join(tmp, "posts");
		await make(missing);
		const result = await build({ config, articlesDir: "posts", outDir, cacheDir, now: NOW, cwd: tmp });
		expect(result.status).toBe("failed");
		expect(result.diagnostics.map(({ rule, file }) => ({ rule, file }))).toEqual([
			{ rule: "io/not-found", file: "posts" },
		]);
		expect(result.diagnostics[0]?.message).toMatch(/articles folder/);
		await expect(stat(outDir)).rejects.toThrow();
	});
});
