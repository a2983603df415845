import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lockOutput } from "../../src/write/lock-output.js";
import { BUILD_ARGS, COMPANION, copyFixtures, OUT_NAMES, readFeeds, runCli, SITE, useTempDirs } from "./support.js";

const tempDir = useTempDirs();
const BUILD = BUILD_ARGS;

async function makeSite(): Promise<string> {
	const tmp = await tempDir();
	await copyFixtures([COMPANION], join(tmp, "articles"));
	await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
	return tmp;
}

describe("the output lock (out/.wirefeed.lock)", () => {
	test("two builds started at once on the same out/ do not interleave: both succeed, the feeds are one build's set", async () => {
		const tmp = await makeSite();
		await copyFixtures(["markup-script.md"], join(tmp, "articles-b"));
		const [first, second] = await Promise.all([
			runCli(BUILD, { cwd: tmp }),
			runCli(
				BUILD.map((arg) => (arg === "articles" ? "articles-b" : arg)),
				{ cwd: tmp },
			),
		]);
		expect([first.code, second.code]).toEqual([0, 0]);
		const feeds = await readFeeds(join(tmp, "out"));
		const titles = [feeds.rss, feeds.atom, feeds.json].map((text) =>
			text.includes("Harbour ferry returns") ? "A" : text.includes("Script element") ? "B" : "?",
		);
		expect(new Set(titles).size, `feeds from different builds: ${titles}`).toBe(1);
		expect((await readdir(join(tmp, "out"))).sort()).toEqual([...OUT_NAMES]);
	});

	test("a build waits while another holds the lock, and writes only once it is released", async () => {
		const tmp = await makeSite();
		const release = await lockOutput(join(tmp, "out"));
		const waiting = runCli(BUILD, { cwd: tmp });
		await new Promise((resolve) => setTimeout(resolve, 2500));
		expect(await readdir(join(tmp, "out"))).toEqual([".wirefeed.lock"]);
		await release();
		const run = await waiting;
		expect(run.code).toBe(0);
		// It says what happened: a warning, not an error (the build did its job).
		expect(run.stderr).toMatch(
			/^out {2}warning {2}another wirefeed build was writing here; waited \d+\.\d s for it to end {2}io\/waited-for-lock$/m,
		);
		expect((await readdir(join(tmp, "out"))).sort()).toEqual([...OUT_NAMES]);
	});

	// The CLI is killed before the test times out: a test that timed out while the CLI still waited for the lock had its
	// folder removed by the cleanup under the CLI, whose next try failed "ENOENT … mkdir out/.wirefeed.lock" (once in 61
	// runs on a loaded machine), hiding the timeout.
	test("a build that cannot get the lock in 10 s gives up: exit 2, io/locked naming the lock, feeds untouched", {
		timeout: 60_000,
	}, async () => {
		const tmp = await makeSite();
		await mkdir(join(tmp, "out"));
		await writeFile(join(tmp, "out", "rss.xml"), "previous feed");
		const release = await lockOutput(join(tmp, "out"));
		try {
			const run = await runCli(BUILD, { cwd: tmp, timeout: 50_000 });
			expect(run.signal, "killed: the machine is too slow for this test").toBeNull();
			expect(run.code).toBe(2);
			expect(run.stderr).toMatch(
				/^out {2}error {2}another wirefeed build is writing .*out \(lock .*out\/\.wirefeed\.lock\); waited 10 s — try again when it ends {2}io\/locked$/m,
			);
			expect(run.stderr).toContain("✖ nothing written");
			expect(await readFile(join(tmp, "out", "rss.xml"), "utf8")).toBe("previous feed");
		} finally {
			await release();
		}
	});

	// Someone clears out/ (`rm -rf out`) while a build waits for the lock: the folder is the build's to make, as it
	// made it before waiting. It failed with "ENOENT … mkdir out/.wirefeed.lock", naming none of this.
	test("out/ removed while a build waits for the lock: the build makes it again and writes the feeds", {
		timeout: 60_000,
	}, async () => {
		const tmp = await makeSite();
		const out = join(tmp, "out");
		const release = await lockOutput(out);
		const waiting = runCli([...BUILD, "--lock-timeout", "30"], { cwd: tmp, timeout: 50_000 });
		await new Promise((resolve) => setTimeout(resolve, 2500));
		// The holder's lock goes with the folder; it is released only once the build has ended, so that no release can
		// race the build's own lock.
		await rm(out, { recursive: true, force: true });
		const run = await waiting;
		await release();
		expect(run.code, run.stderr).toBe(0);
		expect((await readdir(out)).sort()).toEqual([...OUT_NAMES]);
	});

	test("a stale lock left by a killed build (mtime a minute old) is taken over and the build succeeds", async () => {
		const tmp = await makeSite();
		const lock = join(tmp, "out", ".wirefeed.lock");
		await mkdir(lock, { recursive: true });
		const old = new Date(Date.now() - 60_000);
		await utimes(lock, old, old);
		const run = await runCli(BUILD, { cwd: tmp });
		expect(run.code, run.stderr).toBe(0);
		expect(existsSync(lock)).toBe(false);
		expect((await readdir(join(tmp, "out"))).sort()).toEqual([...OUT_NAMES]);
	});

	// wirefeed's lock is a folder (made with mkdir, which is atomic); a file there was made by something else, and no
	// build would ever remove it: every build used to wait for it, then exit 2 (or fail on it once it was old).
	test.each([
		{ name: "a fresh file", age: 0 },
		{ name: "a file a minute old", age: 60_000 },
	])("$name at out/.wirefeed.lock: replaced, the feeds written, exit 0, a warning naming it", async ({ age }) => {
		const tmp = await makeSite();
		const lock = join(tmp, "out", ".wirefeed.lock");
		await mkdir(join(tmp, "out"));
		await writeFile(lock, "not a lock\n");
		const when = new Date(Date.now() - age);
		await utimes(lock, when, when);
		const run = await runCli([...BUILD, "--lock-timeout", "2"], { cwd: tmp });
		expect(run.code, run.stderr).toBe(0);
		expect(run.stderr).toMatch(/^out\/\.wirefeed\.lock {2}warning {2}.*not a wirefeed lock.* {2}io\/not-a-lock$/m);
		expect(run.stderr).not.toMatch(/left as they were/);
		expect(existsSync(lock)).toBe(false);
		expect((await readdir(join(tmp, "out"))).sort()).toEqual([...OUT_NAMES]);
	});

	test("a symbolic link at out/.wirefeed.lock: the link goes, never the file it points to", async () => {
		const tmp = await makeSite();
		const lock = join(tmp, "out", ".wirefeed.lock");
		const target = join(tmp, "precious.txt");
		await writeFile(target, "keep me\n");
		await mkdir(join(tmp, "out"));
		await symlink(target, lock);
		const run = await runCli([...BUILD, "--lock-timeout", "2"], { cwd: tmp });
		expect(run.code, run.stderr).toBe(0);
		expect(run.stderr).toMatch(/io\/not-a-lock$/m);
		expect(await readFile(target, "utf8")).toBe("keep me\n");
		expect((await readdir(join(tmp, "out"))).sort()).toEqual([...OUT_NAMES]);
	});

	// The holder refreshes the lock's mtime every staleMs / 2; a lock removed meanwhile (or not refreshed in time) is
	// "compromised", which proper-lockfile reports by throwing from a timer: the process died with a stack trace.
	test("a lock removed while held is reported to the holder, never thrown from a timer", async () => {
		const tmp = await tempDir();
		const out = join(tmp, "out");
		const lost: string[] = [];
		const release = await lockOutput(out, { staleMs: 2000, onLost: (error: Error) => lost.push(error.message) });
		await rm(join(out, ".wirefeed.lock"), { recursive: true });
		// Two refresh periods: the refresh that finds the lock gone has run.
		await new Promise((resolve) => setTimeout(resolve, 2500));
		await release();
		expect(lost).toHaveLength(1);
	});
});
