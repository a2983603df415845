import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { REPO_ROOT } from "../support/build-feeds.js";
import { runCommand } from "../support/run-command.js";

let child: ChildProcess | undefined;
let tmp: string | undefined;
afterEach(async () => {
	child?.kill("SIGKILL");
	child = undefined;
	if (tmp !== undefined) await rm(tmp, { recursive: true, force: true });
});

async function waitFor<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		const value = await check().catch(() => undefined);
		if (value !== undefined) return value;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`timed out waiting for ${what}`);
}

async function makeSite(): Promise<{ dir: string; args: string[] }> {
	const dir = await mkdtemp(join(tmpdir(), "wirefeed-serve-cli-"));
	tmp = dir;
	await mkdir(join(dir, "articles"));
	await writeFile(join(dir, "site.json"), JSON.stringify({ url: "https://serve.example.org/" }));
	await writeFile(join(dir, "articles", "2021-01-01-first.md"), "---\ntitle: First story\n---\nHello.\n");
	const args = ["--articles", "articles", "--out", "out", "--config", "site.json", "--cache-dir", "cache"];
	return { dir, args };
}

describe("wirefeed serve", () => {
	test("builds, prints the URLs, serves the feeds with their types, rebuilds on a change, stops on SIGTERM", async () => {
		const { dir, args } = await makeSite();
		let stderr = "";
		const proc = spawn(process.execPath, [join(REPO_ROOT, "bin/wirefeed.js"), "serve", ...args, "--port", "0"], {
			cwd: dir,
		});
		child = proc;
		proc.stderr?.on("data", (chunk) => {
			stderr += String(chunk);
		});
		const base = await waitFor(async () => /serving out at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)?.[1], "the URL");
		await waitFor(async () => (stderr.includes(`${base}rss.xml`) ? true : undefined), "the feed URLs");
		for (const [file, type] of [
			["rss.xml", "application/rss+xml"],
			["atom.xml", "application/atom+xml"],
			["feed.json", "application/feed+json"],
		]) {
			const response = await fetch(`${base}${file}`);
			expect(response.status).toBe(200);
			expect(response.headers.get("content-type")).toBe(`${type}; charset=utf-8`);
			expect(await response.text()).toContain("First story");
		}
		const etag = (await fetch(`${base}feed.json`)).headers.get("etag") ?? "";
		expect((await fetch(`${base}feed.json`, { headers: { "if-none-match": etag } })).status).toBe(304);

		await writeFile(join(dir, "articles", "2021-01-02-second.md"), "---\ntitle: Second story\n---\nMore.\n");
		const updated = await waitFor(async () => {
			const response = await fetch(`${base}feed.json`, { headers: { "if-none-match": etag } });
			return response.status === 200 ? response.text() : undefined;
		}, "the rebuilt feed");
		expect(updated).toContain("Second story");

		const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
		proc.kill("SIGTERM");
		expect(await exited).toBe(0);
	}, 60_000);

	test("a port already in use is one error line and exit 2", async () => {
		const { dir, args } = await makeSite();
		const taken = createServer();
		await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
		const address = taken.address();
		const port = address !== null && typeof address === "object" ? address.port : 0;
		try {
			const result = await runCommand(
				process.execPath,
				[join(REPO_ROOT, "bin/wirefeed.js"), "serve", ...args, "--port", String(port)],
				{ cwd: dir, timeout: 30_000 },
			);
			expect(result.code).toBe(2);
			expect(result.stderr).toMatch(/error\s+cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\).*serve\/cannot-listen/);
		} finally {
			await new Promise<void>((resolve) => taken.close(() => resolve()));
		}
	}, 60_000);

	test("rejects a port that is not a number", async () => {
		const { dir, args } = await makeSite();
		const result = await runCommand(
			process.execPath,
			[join(REPO_ROOT, "bin/wirefeed.js"), "serve", ...args, "--port", "http"],
			{
				cwd: dir,
			},
		);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("expected a port number");
	});
});
