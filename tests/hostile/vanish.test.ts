import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { mkdir, readdir, readFile, rename, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build, exitCodeFor } from "../../src/index.js";
import { BUILD_ARGS, FEED_NAMES, runCli, SITE, siteBuildOptions, useTempDirs } from "./support.js";

const tempDir = useTempDirs();

// Invented dispatches, one a day, so every one is in the feeds and the newest comes first.
function dispatch(day: number): string {
	const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
	return `---\ntitle: Ferry dispatch ${day}\ndate: ${date}\n---\n\nThe harbour ferry ran on time on day ${day}, the operator said.\n`;
}

async function writeDispatches(articles: string, count: number, folder = ""): Promise<void> {
	await mkdir(join(articles, folder), { recursive: true });
	for (let day = 0; day < count; day++) {
		await writeFile(join(articles, folder, `dispatch-${String(day).padStart(3, "0")}.md`), dispatch(day));
	}
}

async function readOut(out: string): Promise<string[]> {
	return Promise.all(FEED_NAMES.map((name) => readFile(join(out, name), "utf8")));
}

describe("security: files and folders that vanish during a build (issue #11, finding 4)", () => {
	// The build reports each file it parsed (onProgress, synchronous): the moment between listing the folder and reading
	// the rest of it, where a sync, a checkout or `rm -r` takes the folder away in real life.
	test("the articles folder removed between listing and reading: nothing written, the feeds kept, exit 2", async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		await writeDispatches(articles, 50);
		const options = siteBuildOptions(tmp, false);
		const first = await build(options);
		expect(first.items).toHaveLength(50);
		const before = await readOut(join(tmp, "out"));

		const result = await build({
			...options,
			onProgress: (done) => {
				if (done === 10) rmSync(articles, { recursive: true, force: true });
			},
		});
		expect(result.status).toBe("failed");
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(2);
		expect(await readOut(join(tmp, "out"))).toEqual(before);
		expect(result.diagnostics.map((d) => d.rule)).not.toContain("load/unreadable");
		const folder = result.diagnostics.find((d) => d.file === "articles" && d.severity === "error");
		expect(folder).toMatchObject({ rule: "load/changed-during-build" });
		expect(folder?.message).toMatch(/vanished/);
		expect(folder?.message).toMatch(/left as they were/);
		// One error says it all: not one more line for each file the vanished folder held.
		expect(result.diagnostics.filter((d) => d.rule === "load/changed-during-build")).toEqual([folder]);
	});

	test("a subfolder taken away while the folder is listed: an error naming it, never a crash", {
		timeout: 120_000,
	}, async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		// Many files listed before the subfolder: the time between reading the folder and reading the subfolder.
		await writeDispatches(articles, 400);
		await writeDispatches(articles, 5, "zz-desk");
		const desk = join(articles, "zz-desk");
		// Renames the subfolder away and back as fast as it can: each rename atomic, the subfolder there half the time.
		const flipper: ChildProcess = spawn(
			process.execPath,
			[
				"-e",
				`const { renameSync } = require("node:fs"); const [a, b] = process.argv.slice(1); for (;;) { renameSync(a, b); renameSync(b, a); }`,
				desk,
				join(tmp, "desk-away"),
			],
			{ stdio: "ignore" },
		);
		const seen = new Set<string>();
		try {
			for (let round = 0; round < 60 && !seen.has("vanished"); round++) {
				const result = await build(siteBuildOptions(tmp, false, { limit: 500 }));
				const lost = result.diagnostics.filter((d) => d.file === join("articles", "zz-desk"));
				const desks = result.items.filter((item) => item.file.includes("zz-desk")).length;
				if (lost.length > 0) {
					expect(lost).toMatchObject([{ severity: "error", rule: "load/changed-during-build" }]);
					expect(lost[0]?.message).toMatch(/folder vanished while it was listed/);
					expect(desks).toBe(0);
					seen.add("vanished");
				} else seen.add(desks === 5 ? "read" : desks === 0 ? "absent" : `partly (${desks})`);
			}
		} finally {
			flipper.kill("SIGKILL");
			await new Promise((done) => flipper.once("exit", done));
		}
		expect(seen).toContain("vanished");
	});

	test("the folder removed with a cache: nothing written, and its return builds every article again", async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		await writeDispatches(articles, 30);
		const options = siteBuildOptions(tmp, "cache");
		// Built once without the cache, so the cached build below reads every file.
		expect((await build({ ...options, cacheDir: false })).items).toHaveLength(30);
		const before = await readOut(join(tmp, "out"));
		const moved = join(tmp, "moved-away");
		let isMoved = false;
		const result = await build({
			...options,
			onProgress: (done) => {
				if (done !== 5) return;
				isMoved = true;
				// A rename keeps every file's size, mtime, device and inode: what the cache knows files by.
				renameSync(articles, moved);
			},
		});
		expect(isMoved).toBe(true);
		expect(result.status).toBe("failed");
		expect(result.diagnostics.filter((d) => d.rule === "load/changed-during-build").map((d) => d.message)).toEqual([
			expect.stringMatching(
				/^the articles folder (?:was moved or replaced|vanished) while building.*left as they were/,
			),
		]);
		expect(await readOut(join(tmp, "out"))).toEqual(before);
		await rename(moved, articles);
		const back = await build(options);
		expect(back.status).toBe("written");
		expect(back.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
		expect(back.items).toHaveLength(30);
	});

	test("every file removed mid-build from a folder still there: a shrink, the feeds kept (exit 2)", async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		await writeDispatches(articles, 20);
		const options = siteBuildOptions(tmp, "cache");
		expect((await build(options)).items).toHaveLength(20);
		const before = await readOut(join(tmp, "out"));
		// Touched, so the next build reads every file again instead of taking it from the cache.
		const touched = new Date("2025-06-01T00:00:00Z");
		for (const name of await readdir(articles)) await utimes(join(articles, name), touched, touched);
		const result = await build({
			...options,
			onProgress: (done) => {
				if (done !== 1) return;
				for (const name of readdirSync(articles)) rmSync(join(articles, name));
			},
		});
		expect(result.status).toBe("failed");
		expect(result.diagnostics.filter((d) => d.file === "articles").map((d) => d.rule)).toEqual([
			"build/suspicious-shrink",
		]);
		expect(await readOut(join(tmp, "out"))).toEqual(before);
	});

	test("one file gone mid-build is load/changed-during-build, the rest published (exit 1); back, it is published", async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		await writeDispatches(articles, 12);
		const options = siteBuildOptions(tmp, "cache");
		const gone = join(articles, "dispatch-011.md");
		const aside = join(tmp, "dispatch-011.md");
		const result = await build({
			...options,
			onProgress: (done) => {
				// Synchronous: taken away before the next file is read; files are read in name order.
				if (done === 3) renameSync(gone, aside);
			},
		});
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(1);
		expect(result.items).toHaveLength(11);
		const errors = result.diagnostics.filter((d) => d.severity === "error");
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ rule: "load/changed-during-build", file: join("articles", "dispatch-011.md") });
		// Put back as it was (same size, mtime and inode): the next build must not replay the failed read from the cache.
		await rename(aside, gone);
		const back = await build(options);
		expect(back.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
		expect(back.items).toHaveLength(12);
	});

	test("a subfolder removed mid-build: its files are load/changed-during-build, the others published", async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		await writeDispatches(articles, 5, "a-first");
		await writeDispatches(articles, 4, "z-later");
		const result = await build({
			...siteBuildOptions(tmp, false),
			onProgress: (done) => {
				if (done === 2) rmSync(join(articles, "z-later"), { recursive: true });
			},
		});
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(1);
		const errors = result.diagnostics.filter((d) => d.severity === "error");
		expect(errors.map((d) => [d.rule, d.file])).toEqual(
			[0, 1, 2, 3].map((day) => ["load/changed-during-build", join("articles", "z-later", `dispatch-00${day}.md`)]),
		);
		expect(result.items).toHaveLength(5);
	});

	// The real thing, through the CLI: the folder taken away (renamed, which is atomic, as an unmount is) while a build
	// runs. When it goes is a race, so the moment is searched for: too early is a build that finds no folder, too late
	// one that read every file. Whenever it goes, the feeds are the ones readers had: never emptied or shrunk (exit 1).
	test("the CLI with the folder taken away at a moment searched for: the feeds never change, exit 0 or 2", {
		timeout: 180_000,
	}, async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		const away = join(tmp, "away");
		await writeDispatches(articles, 1500);
		await writeFile(join(tmp, "site.json"), JSON.stringify({ ...SITE, limit: 50 }));
		const first = await runCli(BUILD_ARGS, { cwd: tmp });
		expect(first.code, first.stderr).toBe(0);
		const before = await readOut(join(tmp, "out"));
		let [early, late] = [0, 2000];
		const outcomes: string[] = [];
		for (let attempt = 0; attempt < 16 && !outcomes.includes("mid-build"); attempt++) {
			const delay = Math.round((early + late) / 2);
			const timer = setTimeout(() => renameSync(articles, away), delay);
			const run = await runCli(BUILD_ARGS, { cwd: tmp });
			clearTimeout(timer);
			if (existsSync(away)) await rename(away, articles);
			expect(await readOut(join(tmp, "out")), `after ${delay} ms: ${run.stderr}`).toEqual(before);
			expect([0, 2], `after ${delay} ms: ${run.stderr}`).toContain(run.code);
			const outcome =
				run.code === 0
					? "after"
					: /(?:vanished|was moved or replaced) while building/.test(run.stderr)
						? "mid-build"
						: "before";
			if (outcome === "mid-build") expect(run.stderr).toMatch(/left as they were/);
			if (outcome === "after") late = delay;
			if (outcome === "before") early = delay;
			outcomes.push(outcome);
		}
		expect(outcomes).toContain("mid-build");
	});
});
