import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/build-feeds.js";
import { runCommand } from "../support/run-command.js";
import { type LocalHub, startLocalHub } from "../support/websub-hub.js";

const SITE = "https://push.example.org/";
const FEEDS = [`${SITE}rss.xml`, `${SITE}atom.xml`, `${SITE}feed.json`];
let dir: string;
const hubs: LocalHub[] = [];

async function site(hubUrls: readonly string[]): Promise<void> {
	await writeFile(join(dir, "site.json"), JSON.stringify({ url: SITE, hub: hubUrls }));
}

function build(...extra: string[]) {
	return runCommand(
		process.execPath,
		[join(REPO_ROOT, "bin/wirefeed.js"), "build", "--config", "site.json", "--now", "2026-01-01T00:00:00Z", ...extra],
		{ cwd: dir, timeout: 60_000 },
	);
}

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "wirefeed-ping-"));
	await mkdir(join(dir, "articles"));
	await writeFile(join(dir, "articles", "2021-01-01-first.md"), "---\ntitle: First story\n---\nHello.\n");
});
afterEach(async () => {
	await Promise.all(hubs.splice(0).map((hub) => hub.close()));
	await rm(dir, { recursive: true, force: true });
});

describe("wirefeed build with WebSub hubs", () => {
	it("tells each hub about each changed feed, nothing when nothing changed, and the changed ones after an edit", async () => {
		const hub = await startLocalHub();
		hubs.push(hub);
		await site([hub.url]);
		expect((await build()).code).toBe(0);
		expect(hub.requests.map((r) => r.problems)).toEqual([[], [], []]);
		expect(hub.requests.map((r) => r.topic).sort()).toEqual([...FEEDS].sort());
		expect(await readFile(join(dir, "out", "atom.xml"), "utf8")).toContain(`<link rel="hub" href="${hub.url}"/>`);

		expect((await build()).code).toBe(0);
		expect(hub.requests).toHaveLength(3);

		await writeFile(join(dir, "articles", "2021-01-02-second.md"), "---\ntitle: Second story\n---\nMore.\n");
		expect((await build("--no-cache")).code).toBe(0);
		expect(hub.requests).toHaveLength(6);
	}, 60_000);

	it("--no-ping sends nothing", async () => {
		const hub = await startLocalHub();
		hubs.push(hub);
		await site([hub.url]);
		expect((await build("--no-ping")).code).toBe(0);
		expect(hub.requests).toEqual([]);
	}, 60_000);

	it("a failing hub is a warning: the feeds are written, the other hub is told, the exit code is 0", async () => {
		const good = await startLocalHub();
		const bad = await startLocalHub([503]);
		hubs.push(good, bad);
		await site([bad.url, good.url]);
		const result = await build();
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(
			/warning\s+hub was not told that https:\/\/push\.example\.org\/rss\.xml changed \(HTTP 503, 3 attempts\)/,
		);
		expect(result.stderr).toContain("publish/hub-failed");
		expect(good.requests).toHaveLength(3);
		expect(JSON.parse(await readFile(join(dir, "out", "feed.json"), "utf8")).items).toHaveLength(1);

		// The warning was about that run: a build with nothing new neither repeats it nor pings.
		const again = await build();
		expect(again.stderr).not.toContain("publish/hub-failed");
		expect(good.requests).toHaveLength(3);
	}, 60_000);
});
