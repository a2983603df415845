import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { CLI } from "./hostile/support.js";
import { REPO_ROOT } from "./support/build-feeds.js";
import { runCommand } from "./support/run-command.js";

// bin/wirefeed.js compiles the CLI bundle through V8's code cache. The cache may only ever make a run faster: a
// missing, foreign or damaged one gives the same feeds, and is replaced by a fresh one after a run that built feeds.

const FEEDS = ["rss.xml", "atom.xml", "feed.json"];
let tmp: string;
let cacheDir: string;
beforeEach(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-code-cache-"));
	cacheDir = join(tmp, "code");
});
afterEach(async () => {
	await rm(tmp, { recursive: true, force: true });
});

async function run(out: string, env: Record<string, string> = {}, extra: readonly string[] = [], cli = CLI) {
	const args = [
		"build",
		"--articles",
		"articles",
		"--out",
		join(tmp, out),
		"--no-cache",
		"--now",
		"2026-01-01T00:00:00Z",
	];
	return runCommand(process.execPath, [cli, ...args, ...extra], {
		cwd: REPO_ROOT,
		env: { ...process.env, WIREFEED_CODE_CACHE_DIR: cacheDir, ...env },
	});
}

const readFeeds = (out: string) => Promise.all(FEEDS.map((name) => readFile(join(tmp, out, name), "utf8")));
const cacheFiles = async () => (await readdir(cacheDir).catch(() => [])).filter((name) => name.endsWith(".bin"));

describe("the CLI's code cache", () => {
	test("a run without one writes it; the next run uses it as it is and writes the same feeds", async () => {
		expect((await run("first")).code).toBe(0);
		const [file] = await cacheFiles();
		expect(file).toMatch(new RegExp(`^wirefeed-${process.version}-${process.arch}-[0-9a-f]{20}\\.bin$`));
		const path = join(cacheDir, file ?? "");
		const written = await stat(path);
		expect((await run("second")).code).toBe(0);
		// Accepted by V8: not written again.
		expect((await stat(path)).mtimeMs).toBe(written.mtimeMs);
		expect(await readFeeds("second")).toEqual(await readFeeds("first"));
	});

	test("a damaged cache is rejected, the run still builds the same feeds, and the cache is replaced", async () => {
		expect((await run("first")).code).toBe(0);
		const path = join(cacheDir, (await cacheFiles())[0] ?? "");
		await writeFile(path, "not V8 code cache data");
		const result = await run("second");
		expect(result.code).toBe(0);
		expect(result.stderr).not.toMatch(/Error|at /);
		expect(await readFeeds("second")).toEqual(await readFeeds("first"));
		expect((await readFile(path)).length).toBeGreaterThan(100_000);
	});

	test("a run that builds nothing leaves no cache, and WIREFEED_CODE_CACHE=off never writes one", async () => {
		const failed = await run("bad", {}, ["--config", "no-such-config.json"]);
		expect(failed.code).toBe(2);
		expect(await cacheFiles()).toEqual([]);
		expect((await run("off", { WIREFEED_CODE_CACHE: "off" })).code).toBe(0);
		expect(await cacheFiles()).toEqual([]);
	});

	test("another build of the same size, with npm's fixed mtime, gets its own cache", async () => {
		// An installed package's files all have the same mtime, and V8 checks only the source's length: a cache keyed by
		// size and mtime would run the previous version's compiled code. Here a second build differs in one word.
		const pkg = join(tmp, "pkg");
		await cp(join(REPO_ROOT, "bin"), join(pkg, "bin"), { recursive: true });
		await cp(join(REPO_ROOT, "dist", "wirefeed.cjs"), join(pkg, "dist", "wirefeed.cjs"));
		const bundle = join(pkg, "dist", "wirefeed.cjs");
		const cli = join(pkg, "bin", "wirefeed.js");
		const first = await run("first", {}, [], cli);
		expect(first.stderr).toMatch(/files changed/);
		const { mtime } = await stat(bundle);
		const source = await readFile(bundle, "utf8");
		const id = /\/\/ wirefeed-build ([0-9a-f]+)\n$/.exec(source)?.[1] ?? "";
		const other = id.replace(/./, (c) => (c === "0" ? "1" : "0"));
		await writeFile(bundle, source.replace("files changed", "files CHANGED").replace(`build ${id}`, `build ${other}`));
		await utimes(bundle, mtime, mtime);
		expect((await run("second", {}, [], cli)).stderr).toMatch(/files CHANGED/);
		expect(await cacheFiles()).toHaveLength(2);
	});
});
