import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { lockOutput, OutputLockedError } from "../../src/write/lock-output.js";
import { MANIFEST_NAME, writeDocuments } from "../../src/write/write-documents.js";

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "wirefeed-write-"));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** Every file under `dir`, relative, sorted. */
async function listFiles(root = dir): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
		.sort();
}

describe("writeDocuments", () => {
	test("writes new files and leaves unchanged ones untouched (mtime kept)", async () => {
		await writeDocuments(dir, [
			{ path: "rss.xml", content: "one" },
			{ path: "atom.xml", content: "two" },
		]);
		const before = await stat(join(dir, "rss.xml"));
		await new Promise((r) => setTimeout(r, 20));
		const { files: results } = await writeDocuments(dir, [
			{ path: "rss.xml", content: "one" },
			{ path: "atom.xml", content: "TWO" },
		]);
		expect(results.map((r) => r.changed)).toEqual([false, true]);
		expect((await stat(join(dir, "rss.xml"))).mtimeMs).toBe(before.mtimeMs);
		expect(await readFile(join(dir, "atom.xml"), "utf8")).toBe("TWO");
		expect(await listFiles()).toEqual([MANIFEST_NAME, "atom.xml", "rss.xml"]);
	});

	test("a hand-edited file is replaced", async () => {
		await writeFile(join(dir, "rss.xml"), "edited by hand");
		await writeDocuments(dir, [{ path: "rss.xml", content: "fresh" }]);
		expect(await readFile(join(dir, "rss.xml"), "utf8")).toBe("fresh");
	});

	test("a page never replaces a file wirefeed did not write (out/ may be the site's own folder)", async () => {
		await writeFile(join(dir, "index.html"), "the site's home page");
		const page = { path: "index.html", content: "feeds page", isPage: true } as const;
		const first = await writeDocuments(dir, [{ path: "rss.xml", content: "feed" }, page]);
		expect(first.notOurs).toEqual(["index.html"]);
		expect(first.files.map((f) => f.path)).toEqual([join(dir, "rss.xml")]);
		expect(await readFile(join(dir, "index.html"), "utf8")).toBe("the site's home page");
		// Not listed as ours, so a build that stops writing pages never removes it either.
		await writeDocuments(dir, [{ path: "rss.xml", content: "feed" }]);
		expect(await readFile(join(dir, "index.html"), "utf8")).toBe("the site's home page");
	});

	test("a page wirefeed wrote is updated like any document", async () => {
		await writeDocuments(dir, [{ path: "index.html", content: "one", isPage: true }]);
		const again = await writeDocuments(dir, [{ path: "index.html", content: "two", isPage: true }]);
		expect([again.notOurs, await readFile(join(dir, "index.html"), "utf8")]).toEqual([[], "two"]);
	});

	test("writes documents into subfolders, creating them", async () => {
		const { files: results } = await writeDocuments(dir, [
			{ path: "rss.xml", content: "all" },
			{ path: "categories/world/rss.xml", content: "world" },
			{ path: "archive/2024/page-1.xml", content: "page" },
		]);
		expect(results.map((r) => r.path)).toEqual([
			join(dir, "rss.xml"),
			join(dir, "categories/world/rss.xml"),
			join(dir, "archive/2024/page-1.xml"),
		]);
		expect(await readFile(join(dir, "categories/world/rss.xml"), "utf8")).toBe("world");
		expect(await listFiles()).toEqual([
			MANIFEST_NAME,
			"archive/2024/page-1.xml",
			"categories/world/rss.xml",
			"rss.xml",
		]);
	});

	test("removes what a previous build wrote and this one does not, and the folders it leaves empty; nothing else", async () => {
		await writeFile(join(dir, "robots.txt"), "the user's own file");
		await mkdir(join(dir, "categories"));
		await writeFile(join(dir, "categories", "README"), "also the user's");
		await writeDocuments(dir, [
			{ path: "rss.xml", content: "all" },
			{ path: "categories/world/rss.xml", content: "world" },
			{ path: "categories/sport/rss.xml", content: "sport" },
			{ path: "authors/ana/rss.xml", content: "ana" },
		]);
		await writeDocuments(dir, [
			{ path: "rss.xml", content: "all" },
			{ path: "categories/world/rss.xml", content: "world" },
		]);
		expect(await listFiles()).toEqual([
			MANIFEST_NAME,
			"categories/README",
			"categories/world/rss.xml",
			"robots.txt",
			"rss.xml",
		]);
		expect(JSON.parse(await readFile(join(dir, MANIFEST_NAME), "utf8")).files).toEqual([
			"rss.xml",
			"categories/world/rss.xml",
		]);
	});

	test("a file in the output folder that wirefeed never wrote is never removed, even with the same name as a dropped one", async () => {
		await writeFile(join(dir, "feed.json"), "the user's own feed");
		await writeDocuments(dir, [{ path: "rss.xml", content: "all" }]);
		await writeDocuments(dir, [{ path: "atom.xml", content: "all" }]);
		expect(await listFiles()).toEqual([MANIFEST_NAME, "atom.xml", "feed.json"]);
	});

	test("a manifest naming paths outside the output folder is not followed", async () => {
		const outside = join(dir, "outside.txt");
		await writeFile(outside, "keep me");
		const out = join(dir, "out");
		await mkdir(out);
		const forged = { schema: 1, files: ["../outside.txt", "/etc/hostname", "rss.xml"] };
		await writeFile(join(out, MANIFEST_NAME), JSON.stringify(forged));
		await writeDocuments(out, [{ path: "atom.xml", content: "all" }]);
		expect(await readFile(outside, "utf8")).toBe("keep me");
		expect(await listFiles(out)).toEqual([MANIFEST_NAME, "atom.xml"]);
	});

	test.each([
		["a parent folder", "../rss.xml"],
		["an absolute path", "/tmp/rss.xml"],
		["a hidden name", "categories/.rss.xml"],
		["an empty segment", "categories//rss.xml"],
		["a backslash", "categories\\rss.xml"],
		["the manifest's own name", MANIFEST_NAME],
	])("refuses %s before writing anything", async (_name, path) => {
		await expect(
			writeDocuments(dir, [
				{ path: "rss.xml", content: "all" },
				{ path, content: "x" },
			]),
		).rejects.toThrow(/not a plain relative path/);
		expect(await listFiles()).toEqual([]);
	});

	test("a document whose folder is blocked by a file writes nothing and leaves no temp files", async () => {
		await writeDocuments(dir, [{ path: "rss.xml", content: "old" }]);
		await writeFile(join(dir, "categories"), "a file where a folder should be");
		await expect(
			writeDocuments(dir, [
				{ path: "rss.xml", content: "new" },
				{ path: "categories/world/rss.xml", content: "world" },
			]),
		).rejects.toThrow();
		expect(await readFile(join(dir, "rss.xml"), "utf8")).toBe("old");
		expect(await listFiles()).toEqual([MANIFEST_NAME, "categories", "rss.xml"]);
	});
});

describe("lockOutput", () => {
	test("a second build waits, then gives up with a clear error; the lock is released after", async () => {
		const release = await lockOutput(dir);
		await expect(lockOutput(dir, { waitMs: 300 })).rejects.toBeInstanceOf(OutputLockedError);
		await release();
		const again = await lockOutput(dir, { waitMs: 300 });
		await again();
	});
});
