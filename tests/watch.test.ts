import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { watchBuild } from "../src/watch/watch-build.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (await check().catch(() => false)) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`timed out waiting for ${what}`);
}

let child: ChildProcess | undefined;
let tmp: string | undefined;
afterEach(async () => {
	child?.kill("SIGKILL");
	if (tmp !== undefined) await rm(tmp, { recursive: true, force: true });
});

describe("wirefeed watch", () => {
	test("rebuilds on changes, reports a bad article, recovers when it is fixed, stops on SIGTERM", async () => {
		tmp = await mkdtemp(join(tmpdir(), "wirefeed-watch-"));
		const articles = join(tmp, "articles");
		const out = join(tmp, "out");
		await mkdir(articles);
		await writeFile(join(tmp, "site.json"), JSON.stringify({ url: "https://watch.example.org/" }));
		await writeFile(join(articles, "2021-01-01-first.md"), "---\ntitle: First story\n---\nHello.\n");
		let stderr = "";
		const proc = spawn(
			process.execPath,
			[
				join(ROOT, "bin/wirefeed.js"),
				"watch",
				"--articles",
				articles,
				"--out",
				out,
				"--config",
				join(tmp, "site.json"),
				"--cache-dir",
				join(tmp, "cache"),
			],
			{ cwd: tmp },
		);
		child = proc;
		proc.stderr?.on("data", (chunk) => {
			stderr += String(chunk);
		});
		const titles = async () =>
			(JSON.parse(await readFile(join(out, "feed.json"), "utf8")).items as { title: string }[]).map((i) => i.title);

		await waitFor(async () => (await titles()).includes("First story"), "the first build");
		await writeFile(join(articles, "2021-01-02-second.md"), "---\ntitle: Second story\n---\nMore.\n");
		await waitFor(async () => (await titles()).includes("Second story"), "the added article");

		await writeFile(
			join(articles, "2021-01-03-third.md"),
			"---\ntitle: Third story\ndate: 2021-02-30\n---\nBroken date.\n",
		);
		await waitFor(
			async () => /2021-01-03-third\.md:3\s+error.*front-matter\/invalid-date/.test(stderr),
			"the bad article's diagnostic",
		);
		expect(await titles()).toEqual(["Second story", "First story"]);

		await writeFile(join(articles, "2021-01-03-third.md"), "---\ntitle: Third story\ndate: 2021-01-03\n---\nFixed.\n");
		await waitFor(async () => (await titles()).includes("Third story"), "the fixed article");

		const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
		proc.kill("SIGTERM");
		expect(await exited).toBe(0);
	}, 60_000);
});

describe("watchBuild", () => {
	test("a file added while the first build runs triggers the next build", async () => {
		tmp = await mkdtemp(join(tmpdir(), "wirefeed-watch-race-"));
		const dir = tmp;
		let builds = 0;
		const stop = await watchBuild({
			paths: [dir],
			debounceMs: 20,
			rebuild: async () => {
				builds++;
				// An editor saving an article while the first build is still reading the folder.
				if (builds === 1) await writeFile(join(dir, "2021-01-02-during.md"), "---\ntitle: During\n---\nBody.\n");
				return undefined;
			},
			onError: (error) => {
				throw error;
			},
		});
		try {
			await waitFor(async () => builds >= 2, "the build after the change");
		} finally {
			await stop();
		}
		expect(builds).toBeGreaterThanOrEqual(2);
	});

	test("builds again when the clock reaches the time the last build named, with no file change", async () => {
		tmp = await mkdtemp(join(tmpdir(), "wirefeed-watch-clock-"));
		const due = new Date(Date.now() + 300);
		const startedAt: number[] = [];
		const stop = await watchBuild({
			paths: [tmp],
			rebuild: async () => {
				startedAt.push(Date.now());
				return startedAt.length === 1 ? due : undefined;
			},
			onError: (error) => {
				throw error;
			},
		});
		try {
			await waitFor(async () => startedAt.length >= 2, "the build at the scheduled time");
			expect(startedAt[1]).toBeGreaterThanOrEqual(due.getTime());
		} finally {
			await stop();
		}
	});
});

describe("wirefeed watch with a scheduled article", () => {
	test("publishes it once its date has passed, without any file change", async () => {
		tmp = await mkdtemp(join(tmpdir(), "wirefeed-watch-scheduled-"));
		const articles = join(tmp, "articles");
		const out = join(tmp, "out");
		await mkdir(articles);
		await writeFile(join(tmp, "site.json"), JSON.stringify({ url: "https://watch.example.org/" }));
		await writeFile(join(articles, "2021-01-01-first.md"), "---\ntitle: First story\n---\nHello.\n");
		// Four seconds ahead, to the second: front matter dates carry no milliseconds.
		const due = new Date(Math.ceil((Date.now() + 4000) / 1000) * 1000);
		await writeFile(
			join(articles, "later.md"),
			`---\ntitle: Embargoed story\ndate: ${due.toISOString().replace(".000Z", "Z")}\n---\nOut on time.\n`,
		);
		const proc = spawn(
			process.execPath,
			[
				join(ROOT, "bin/wirefeed.js"),
				"watch",
				"--articles",
				articles,
				"--out",
				out,
				"--config",
				join(tmp, "site.json"),
				"--cache-dir",
				join(tmp, "cache"),
			],
			{ cwd: tmp },
		);
		child = proc;
		const titles = async () =>
			(JSON.parse(await readFile(join(out, "feed.json"), "utf8")).items as { title: string }[]).map((i) => i.title);
		await waitFor(async () => (await titles()).includes("First story"), "the first build");
		expect(await titles()).not.toContain("Embargoed story");
		// Generous bound: the article must appear after its date, without a file change, well within 20 s.
		await waitFor(async () => (await titles()).includes("Embargoed story"), "the scheduled article", 20_000);
		expect(Date.now()).toBeGreaterThanOrEqual(due.getTime());
		const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
		proc.kill("SIGTERM");
		expect(await exited).toBe(0);
	}, 60_000);
});
