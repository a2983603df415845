import { mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/build-feeds.js";
import { runCommand } from "../support/run-command.js";

let dir: string;
const FEEDS = ["rss.xml", "atom.xml", "feed.json"];

function build(...extra: string[]) {
	return runCommand(
		process.execPath,
		[join(REPO_ROOT, "bin/wirefeed.js"), "build", "--config", "site.json", "--now", "2026-01-01T00:00:00Z", ...extra],
		{ cwd: dir, timeout: 60_000 },
	);
}

async function feeds(): Promise<string[]> {
	return Promise.all(FEEDS.map((name) => readFile(join(dir, "out", name), "utf8")));
}

async function articleFiles(): Promise<string[]> {
	return (await readdir(join(dir, "articles"))).sort();
}

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "wirefeed-shrink-"));
	await mkdir(join(dir, "articles"));
	await writeFile(join(dir, "site.json"), JSON.stringify({ url: "https://shrink.example.org/" }));
	for (let day = 1; day <= 10; day++) {
		const date = `2021-01-${String(day).padStart(2, "0")}`;
		await writeFile(join(dir, "articles", `${date}-story-${day}.md`), `---\ntitle: Story of ${date}\n---\nText.\n`);
	}
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe("a cron build that cannot hurt subscribers", () => {
	it.each([
		["with the cache", []],
		["with --no-cache", ["--no-cache"]],
	])("an empty articles folder (an unmounted disk) leaves the feeds as they were, exit 2 (%s)", async (_, flags) => {
		expect((await build(...flags)).code).toBe(0);
		const before = await feeds();
		await rename(join(dir, "articles"), join(dir, "elsewhere"));
		await mkdir(join(dir, "articles"));
		const result = await build(...flags);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/articles\s+error\s+no article files found, but the feeds hold 10 items.*build\/suspicious-shrink/,
		);
		expect(await feeds()).toEqual(before);

		const allowed = await build(...flags, "--allow-shrink");
		expect(allowed.code).toBe(0);
		expect(JSON.parse((await feeds())[2] ?? "").items).toEqual([]);
	});

	it("losing more than half the articles since the last build stops it; restoring them builds again", async () => {
		expect((await build()).code).toBe(0);
		const before = await feeds();
		await mkdir(join(dir, "away"));
		const moved = (await articleFiles()).slice(0, 6);
		for (const name of moved) await rename(join(dir, "articles", name), join(dir, "away", name));
		const result = await build();
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("4 article files, fewer than half of the 10 article files of the last build");
		expect(await feeds()).toEqual(before);

		for (const name of moved) await rename(join(dir, "away", name), join(dir, "articles", name));
		const restored = await build();
		expect(restored.code).toBe(0);
		expect(await feeds()).toEqual(before);
	});

	it("removing a few articles on purpose works as before", async () => {
		expect((await build()).code).toBe(0);
		for (const name of (await articleFiles()).slice(0, 3)) await unlink(join(dir, "articles", name));
		const result = await build();
		expect(result.code).toBe(0);
		expect(JSON.parse((await feeds())[2] ?? "").items).toHaveLength(7);
	});

	it("a missing articles folder is io/not-found, exit 2, feeds untouched", async () => {
		expect((await build()).code).toBe(0);
		const before = await feeds();
		await rename(join(dir, "articles"), join(dir, "gone"));
		const result = await build();
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("io/not-found");
		expect(await feeds()).toEqual(before);
	});

	it("a first build into an empty folder is not a shrink", async () => {
		await rm(join(dir, "articles"), { recursive: true });
		await mkdir(join(dir, "articles"));
		const result = await build();
		expect(result.code).toBe(0);
		expect(result.stderr).toContain("build/no-articles");
	});
});
