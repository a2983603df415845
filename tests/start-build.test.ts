import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lockOutput } from "../src/write/lock-output.js";
import { REPO_ROOT } from "./support/build-feeds.js";
import { runCommand } from "./support/run-command.js";

let root: string;
let site: string;
let elsewhere: string;

function build(args: readonly string[], cwd: string) {
	return runCommand(process.execPath, [join(REPO_ROOT, "bin/wirefeed.js"), "build", ...args], { cwd, timeout: 60_000 });
}

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), "wirefeed-cron-"));
	site = join(root, "site");
	elsewhere = join(root, "home");
	await mkdir(join(site, "articles"), { recursive: true });
	await mkdir(elsewhere);
	await writeFile(join(site, "wirefeed.json"), JSON.stringify({ url: "https://cron.example.org/" }));
	await writeFile(join(site, "articles", "2021-01-01-first.md"), "---\ntitle: First\n---\nText.\n");
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe("a build started from another folder (cron)", () => {
	it("keeps its cache beside the config file, and leaves nothing in the working directory", async () => {
		const args = [
			"--config",
			join(site, "wirefeed.json"),
			"--articles",
			join(site, "articles"),
			"--out",
			join(site, "out"),
		];
		const first = await build(args, elsewhere);
		expect(first.code, first.stderr).toBe(0);
		expect(await readdir(elsewhere)).toEqual([]);
		expect(existsSync(join(site, "node_modules", ".cache", "wirefeed"))).toBe(true);
		// The second run finds that cache: nothing changed, nothing written.
		const second = await build([...args, "--json"], elsewhere);
		expect(JSON.parse(second.stdout).files.every((f: { changed: boolean }) => !f.changed)).toBe(true);
	});

	it("an explicit --cache-dir is relative to the working directory, as every path flag is", async () => {
		const args = [
			"--config",
			join(site, "wirefeed.json"),
			"--articles",
			join(site, "articles"),
			"--out",
			join(site, "out"),
		];
		expect((await build([...args, "--cache-dir", "my-cache"], elsewhere)).code).toBe(0);
		expect(await readdir(elsewhere)).toEqual(["my-cache"]);
	});
});

describe("--lock-timeout", () => {
	it("gives up after the given seconds when another build holds the output folder: exit 2, io/locked", async () => {
		await mkdir(join(site, "out"));
		await writeFile(join(site, "out", "rss.xml"), "previous feed");
		const release = await lockOutput(join(site, "out"));
		try {
			const result = await build(["--config", "wirefeed.json", "--lock-timeout", "1"], site);
			expect(result.code).toBe(2);
			expect(result.stderr).toMatch(/another wirefeed build is writing .*waited 1 s.*io\/locked/);
			expect(await readFile(join(site, "out", "rss.xml"), "utf8")).toBe("previous feed");
		} finally {
			await release();
		}
	});

	it("rejects a value that is not a number of seconds", async () => {
		const result = await build(["--config", "wirefeed.json", "--lock-timeout", "soon"], site);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("expected a number of seconds");
	});
});
