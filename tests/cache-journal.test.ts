import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { build } from "../src/index.js";
import { makeConfig } from "./factories.js";

// A build that changed a few articles appends the change to a journal beside the cache snapshot instead of rewriting
// the snapshot. Whatever state the two files are in, a build from them must write what a cold build writes.

const NOW = new Date("2026-01-01T00:00:00Z");
const FEEDS = ["rss.xml", "atom.xml", "feed.json"];
const config = makeConfig({ title: "Journal test", limit: 20 });

let tmp: string;
let articlesDir: string;
let cacheDir: string;
beforeEach(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-journal-"));
	articlesDir = join(tmp, "articles");
	cacheDir = join(tmp, "cache");
	await mkdir(articlesDir);
	// Enough articles that one article's change is a small part of the snapshot.
	for (let n = 0; n < 300; n++) await writeFile(articlePath(n), articleText(n, "The harbour reopened"));
});
afterEach(async () => {
	await rm(tmp, { recursive: true, force: true });
});

function articlePath(n: number): string {
	return join(articlesDir, `2025-01-${String((n % 28) + 1).padStart(2, "0")}-harbour-${n}.md`);
}

function articleText(n: number, lead: string): string {
	const day = String((n % 28) + 1).padStart(2, "0");
	return `---\ntitle: Harbour report ${n}\ndate: 2025-01-${day}T${String(n % 24).padStart(2, "0")}:00:00Z\n---\n${lead} on day ${n}.\n\n[ad_1]\n\nShipping agents expect more traffic.\n`;
}

const run = () => build({ config, articlesDir, outDir: join(tmp, "out"), cacheDir, now: NOW, cwd: tmp });
const cacheFiles = async () => (await readdir(cacheDir)).sort();
const snapshotName = async () => (await cacheFiles()).find((name) => /^build-[0-9a-f]+\.json$/.test(name)) ?? "";
const journalName = async () => (await snapshotName()).replace(/\.json$/, ".journal.ndjson");

async function expectSameAsCold() {
	await build({ config, articlesDir, outDir: join(tmp, "cold"), cacheDir: false, now: NOW, cwd: tmp });
	const read = (dir: string) => Promise.all(FEEDS.map((name) => readFile(join(tmp, dir, name), "utf8")));
	expect(await read("out")).toEqual(await read("cold"));
}

describe("the cache journal", () => {
	test("an edit is appended to the journal; the snapshot is left as it was; the next build reads both", async () => {
		await run();
		const snapshot = join(cacheDir, await snapshotName());
		const before = await stat(snapshot);
		await writeFile(articlePath(299), articleText(299, "The harbour closed again"));
		await run();
		expect((await stat(snapshot)).mtimeMs).toBe(before.mtimeMs);
		const journal = await readFile(join(cacheDir, await journalName()), "utf8");
		expect(journal.trim().split("\n")).toHaveLength(1);
		expect(journal).toContain("harbour-299.md");
		expect(journal).not.toContain("harbour-298.md");
		// Article 279 is among the newest 20: its rendered entry changes too.
		await writeFile(articlePath(279), articleText(279, "Cranes stood still"));
		const third = await run();
		expect(third.items.map((item) => item.title)).toContain("Harbour report 279");
		expect(await readFile(join(cacheDir, await journalName()), "utf8")).toContain("Cranes stood still");
		await expectSameAsCold();
	});

	test("a deleted article is journaled as removed", async () => {
		await run();
		await rm(articlePath(299));
		const result = await run();
		expect(result.items.map((item) => item.file)).not.toContain("articles/2025-01-20-harbour-299.md");
		expect(await readFile(join(cacheDir, await journalName()), "utf8")).toContain('"2025-01-20-harbour-299.md":null');
		await expectSameAsCold();
	});

	test("a journal that has grown is folded into a new snapshot", async () => {
		await run();
		const snapshot = join(cacheDir, await snapshotName());
		const first = await readFile(snapshot, "utf8");
		for (let round = 0; round < 40; round++) {
			// A published article: each line carries its source and its rendered entry.
			await writeFile(articlePath(279), articleText(279, `Revision ${round} of the harbour story`));
			await run();
		}
		const journal = await readFile(join(cacheDir, await journalName()), "utf8").catch(() => "");
		expect(journal.length).toBeLessThan(first.length / 4);
		expect(await readFile(snapshot, "utf8")).not.toBe(first);
		await expectSameAsCold();
	});

	test("a torn last line (a killed build) is ignored, and the next write starts a new snapshot", async () => {
		await run();
		await writeFile(articlePath(299), articleText(299, "The harbour closed again"));
		await run();
		const journal = join(cacheDir, await journalName());
		await appendFile(journal, '{"generation":"torn","sources":{"2025-01-');
		await writeFile(articlePath(5), articleText(5, "A late correction"));
		await run();
		await expect(readFile(journal, "utf8")).rejects.toThrow();
		await expectSameAsCold();
	});

	test("a snapshot cut short (its last line, the rendered entries, missing) only costs a cold build", async () => {
		await run();
		const snapshot = join(cacheDir, await snapshotName());
		const text = await readFile(snapshot, "utf8");
		await writeFile(snapshot, text.slice(0, Math.floor(text.length / 2)));
		await writeFile(articlePath(3), articleText(3, "A late correction"));
		const result = await run();
		expect(result.status).toBe("written");
		await expectSameAsCold();
		// Said (as an info: --verbose, --json), so a build that was slow for it is explained; the next one is not.
		const rebuilt = result.diagnostics.filter((d) => d.rule === "cache/rebuilt");
		expect(rebuilt).toEqual([expect.objectContaining({ severity: "info", file: join("cache", await snapshotName()) })]);
		// Cut in the middle of a line: that line is not JSON.
		expect(rebuilt[0]?.message).toMatch(/line \d+ is not JSON.*every article was read again/);
		expect((await run()).diagnostics.filter((d) => d.rule === "cache/rebuilt")).toEqual([]);
	});

	test("a garbled line is said too, and a snapshot without its last line; a cache of another config is not damage", async () => {
		const first = await run();
		expect(first.diagnostics.filter((d) => d.rule.startsWith("cache/"))).toEqual([]);
		const snapshot = join(cacheDir, await snapshotName());
		const lines = (await readFile(snapshot, "utf8")).split("\n");
		lines[4] = `${lines[4]?.slice(0, 20)}\u0000garbled`;
		await writeFile(snapshot, lines.join("\n"));
		// A change, so the cache is read (with nothing changed, the stamp alone replays the build).
		await writeFile(articlePath(7), articleText(7, "A late correction"));
		const garbled = await run();
		expect(garbled.diagnostics.filter((d) => d.rule === "cache/rebuilt").map((d) => d.message)).toEqual([
			expect.stringMatching(/line 5 is not JSON/),
		]);
		await expectSameAsCold();
		// Whole lines, but not the last (the rendered entries).
		const whole = (await readFile(join(cacheDir, await snapshotName()), "utf8")).trimEnd().split("\n");
		await writeFile(join(cacheDir, await snapshotName()), `${whole.slice(0, -1).join("\n")}\n`);
		await writeFile(articlePath(8), articleText(8, "A later correction"));
		expect((await run()).diagnostics.filter((d) => d.rule === "cache/rebuilt").map((d) => d.message)).toEqual([
			expect.stringMatching(/ends before its last line/),
		]);
		// Another config: the cache is for another key, read again as a matter of course.
		const other = await build({
			config: makeConfig({ title: "Journal test, renamed", limit: 20 }),
			articlesDir,
			outDir: join(tmp, "out"),
			cacheDir,
			now: NOW,
			cwd: tmp,
		});
		expect(other.diagnostics.filter((d) => d.rule.startsWith("cache/"))).toEqual([]);
	});

	test("a line of JSON that holds no articles' records where they go is damage too", async () => {
		await run();
		const snapshot = join(cacheDir, await snapshotName());
		const lines = (await readFile(snapshot, "utf8")).split("\n");
		// The second line holds articles' records (the first is the header): a path without its record, then a record
		// without its path.
		for (const [round, wrong] of [["2025-01-01-harbour-0.md", 5], [[4, 5]]].entries()) {
			await writeFile(snapshot, [lines[0], JSON.stringify(wrong), ...lines.slice(1)].join("\n"));
			await writeFile(articlePath(9 + round), articleText(9 + round, "A late correction"));
			const result = await run();
			expect(result.diagnostics.filter((d) => d.rule === "cache/rebuilt").map((d) => d.message)).toEqual([
				expect.stringMatching(/line 2 is not .*record/),
			]);
			await expectSameAsCold();
		}
	});

	test("lines of another snapshot's generation are ignored", async () => {
		await run();
		// One JSON value a line: the header (with the generation) first, the rendered entries last.
		const lines = (await readFile(join(cacheDir, await snapshotName()), "utf8")).trim().split("\n");
		const snapshot = { ...JSON.parse(lines[0] ?? ""), ...JSON.parse(lines.at(-1) ?? "") };
		const [relPath, cached] = Object.entries(snapshot.entries)[0] as [string, { entry: { title: string } }];
		// A line left by a build killed between rewriting the snapshot and the journal: it would give a published
		// article another title (its hash still matches), but it belongs to an older snapshot and must not apply.
		const forged = { ...cached, entry: { ...cached.entry, title: "Forged title" } };
		const stale = { generation: "0000000000000000", sources: {}, entries: { [relPath]: forged } };
		await writeFile(join(cacheDir, await journalName()), `${JSON.stringify(stale)}\n`);
		await rm(join(tmp, "out"), { recursive: true });
		const result = await run();
		expect(result.items.map((item) => item.title)).not.toContain("Forged title");
		await expectSameAsCold();
		// The same line with the snapshot's generation does apply: the check above is the generation's doing.
		await writeFile(
			join(cacheDir, await journalName()),
			`${JSON.stringify({ ...stale, generation: snapshot.generation })}\n`,
		);
		await rm(join(tmp, "out"), { recursive: true });
		expect((await run()).items.map((item) => item.title)).toContain("Forged title");
	});
	test("a build that changed nothing (an audit, writing nothing) appends nothing", async () => {
		await run();
		for (let round = 0; round < 3; round++) {
			const audit = await build({
				config,
				articlesDir,
				write: false,
				cacheDir,
				outDir: join(tmp, "out"),
				now: NOW,
				cwd: tmp,
			});
			expect(audit.status).toBe("rendered");
		}
		await expect(readFile(join(cacheDir, await journalName()), "utf8")).rejects.toThrow();
	});
});
