import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { build } from "../../src/build.js";

let dir: string;

async function writeArticle(day: number): Promise<void> {
	const date = new Date(Date.UTC(2021, 0, 1 + day)).toISOString().slice(0, 10);
	await writeFile(join(dir, "articles", `${date}-day-${day}.md`), `---\ntitle: Day ${day}\n---\nNews of day ${day}.\n`);
}

const run = () =>
	build({ cwd: dir, configFile: "site.json", cacheDir: "cache", now: new Date("2026-01-01T00:00:00Z") });

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "wirefeed-archive-cache-"));
	await mkdir(join(dir, "articles"));
	const config = { url: "https://cache.example.org/", limit: 3, archive: { enabled: true, pageSize: 10 } };
	await writeFile(join(dir, "site.json"), JSON.stringify(config));
	for (let day = 0; day < 26; day++) await writeArticle(day);
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe("archive pages and the cache", () => {
	it("a new article renders the feeds and the newest page only; the full pages are kept as they are", async () => {
		const first = await run();
		expect(first.outputs?.archives).toHaveLength(3); // 23 archived: 10, 10 and 3
		await writeArticle(26);
		const second = await run();
		expect(second.status).toBe("written");
		expect(second.outputs?.archives.map((page) => page.paths.atom)).toEqual([
			expect.stringMatching(/^archive\/atom-3-/),
		]);
		// Every page is still listed (and so not removed as stale).
		expect(second.files.filter((file) => file.path.includes("/archive/"))).toHaveLength(9);
		expect((await readdir(join(dir, "out", "archive"))).filter((name) => !name.startsWith("."))).toHaveLength(9);
	});

	it("a page changed on disk by someone else is rendered and written again", async () => {
		await run();
		const [name] = (await readdir(join(dir, "out", "archive"))).filter((n) => /^rss-1-/.test(n));
		if (name === undefined) throw new Error("no first page");
		const path = join(dir, "out", "archive", name);
		const original = await readFile(path, "utf8");
		await writeFile(path, "tampered");
		await writeArticle(26);
		const second = await run();
		expect(second.outputs?.archives.map((page) => page.paths.rss)).toContain(`archive/${name}`);
		expect(await readFile(path, "utf8")).toBe(original);
	});

	it("an edited archived article renders its own page again, and only that page", async () => {
		await run();
		await writeFile(join(dir, "articles", "2021-01-02-day-1.md"), "---\ntitle: Day 1, corrected\n---\nFixed.\n");
		const second = await run();
		expect(second.outputs?.archives.map((page) => page.paths.json)).toEqual([
			expect.stringMatching(/^archive\/feed-1-/),
		]);
		const page = await readFile(join(dir, "out", second.outputs?.archives[0]?.paths.json ?? ""), "utf8");
		expect(page).toContain("Day 1, corrected");
	});
});
