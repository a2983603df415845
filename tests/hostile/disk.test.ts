import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { MANIFEST_NAME } from "../../src/write/write-documents.js";
import {
	COMPANION,
	copyFixtures,
	mountTmpfs,
	OUT_NAMES,
	readFeeds,
	runCli,
	SITE,
	unmount,
	useTempDirs,
} from "./support.js";

const tempDir = useTempDirs();
const NOW = ["--now", "2026-01-01T00:00:00Z"];

async function makeSite(): Promise<string> {
	const tmp = await tempDir();
	await copyFixtures([COMPANION], join(tmp, "articles"));
	await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
	return tmp;
}

describe("disk errors while writing: exit 2, previous feeds intact, no temp files left", () => {
	test("a full file system (a 192 KiB tmpfs)", {
		timeout: 30_000,
	}, async (ctx) => {
		const tmp = await makeSite();
		const disk = join(tmp, "disk");
		await mkdir(disk);
		if (!(await mountTmpfs(disk, "size=192k"))) ctx.skip();
		try {
			const args = ["build", "--config", "site.json", "--out", "disk/out", "--cache-dir", "cache", ...NOW];
			expect((await runCli(args, { cwd: tmp })).code).toBe(0);
			const before = await readFeeds(join(disk, "out"));
			// About 120 KiB of text per feed, three feeds: more than the disk holds.
			const long = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} on the harbour works. `.repeat(80)).join(
				"\n\n",
			);
			await writeFile(
				join(tmp, "articles", "long.md"),
				`---\ntitle: A long report\ndate: 2021-08-01\n---\n\n${long}\n`,
			);
			const run = await runCli(args, { cwd: tmp });
			expect(run.code).toBe(2);
			expect(run.stderr).toMatch(
				/^disk\/out {2}error {2}.*\(ENOSPC\); previous feeds were left as they were {2}io\/failed$/m,
			);
			expect(await readFeeds(join(disk, "out"))).toEqual(before);
			expect((await readdir(join(disk, "out"))).sort()).toEqual([...OUT_NAMES]);
		} finally {
			await unmount(disk);
		}
	});

	test("a feed's name taken by a folder", async () => {
		const tmp = await makeSite();
		const args = ["build", "--config", "site.json", "--out", "out", "--no-cache", ...NOW];
		expect((await runCli(args, { cwd: tmp })).code).toBe(0);
		const rss = await readFile(join(tmp, "out", "rss.xml"), "utf8");
		await copyFixtures(["markup-style.md"], join(tmp, "articles"));
		await writeFile(join(tmp, "out", "feed.json.keep"), "");
		await rm(join(tmp, "out", "atom.xml"));
		await mkdir(join(tmp, "out", "atom.xml"));
		const run = await runCli(args, { cwd: tmp });
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(
			/^out {2}error {2}.*atom\.xml exists and is not a regular file; move it away .* {2}io\/failed$/m,
		);
		expect(await readFile(join(tmp, "out", "rss.xml"), "utf8")).toBe(rss);
		expect((await readdir(join(tmp, "out"))).sort()).toEqual([
			MANIFEST_NAME,
			"atom.xml",
			"feed.css",
			"feed.json",
			"feed.json.keep",
			"feeds.opml",
			"index.html",
			"rss.xml",
		]);
	});
});

describe("a feed edited by hand in out/", () => {
	test("is simply replaced on the next build (with the cache on)", async () => {
		const tmp = await makeSite();
		const args = ["build", "--config", "site.json", "--out", "out", "--cache-dir", "cache", ...NOW];
		expect((await runCli(args, { cwd: tmp })).code).toBe(0);
		const built = await readFeeds(join(tmp, "out"));
		await writeFile(join(tmp, "out", "atom.xml"), built.atom.replace("Harbour ferry", "Edited by hand"));
		const run = await runCli(args, { cwd: tmp });
		expect(run.code).toBe(0);
		expect(run.stderr).toMatch(/1 of 6 files changed/);
		expect(await readFeeds(join(tmp, "out"))).toEqual(built);
	});
});
