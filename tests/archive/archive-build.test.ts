import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutputHandler } from "../../src/serve/serve-output.js";
import { REPO_ROOT } from "../support/build-feeds.js";
import { checkFeed, formatViolations } from "../support/check-feed.js";
import { childrenNamed, childText, parseXml } from "../support/parse-xml.js";
import { readWithFeedparser } from "../support/read-with-feedparser.js";
import { readWithNewsboat } from "../support/read-with-newsboat.js";
import { describeWith, FEEDPARSER, NEWSBOAT, SQLITE3 } from "../support/require-reader.js";
import { runCommand } from "../support/run-command.js";

const SITE = "https://archive.example.org/";
const NOW = "2026-01-01T00:00:00Z";
let dir: string;
let server: Server;
let base: string;

async function writeArticle(day: number): Promise<void> {
	const date = new Date(Date.UTC(2021, 0, 1 + day, 9)).toISOString().slice(0, 10);
	await writeFile(
		join(dir, "articles", `${date}-story-${day}.md`),
		`---\ntitle: Story number ${day}\ndate: ${date}\n---\nThe council met on day ${day} and agreed on the budget.\n`,
	);
}

async function build(...extra: string[]) {
	const result = await runCommand(
		process.execPath,
		[join(REPO_ROOT, "bin/wirefeed.js"), "build", "--config", "site.json", "--now", NOW, "--quiet", ...extra],
		{ cwd: dir, timeout: 120_000 },
	);
	expect(result.code, result.stderr).toBe(0);
	return result;
}

/** Follows prev-archive links (JSON Feed: next_url) over HTTP from a subscription document, as a reader does. */
async function walk(start: string, format: "rss" | "atom" | "json"): Promise<{ ids: string[]; urls: string[] }> {
	const ids: string[] = [];
	const urls: string[] = [];
	for (let url: string | undefined = start; url !== undefined; ) {
		expect(urls, "a loop in the archive chain").not.toContain(url);
		urls.push(url);
		// The links name the public URL; this server stands in for it.
		const response = await fetch(url.replace(SITE, base));
		expect(response.status, url).toBe(200);
		const text = await response.text();
		if (format === "json") {
			const feed = JSON.parse(text) as { items: { id: string }[]; next_url?: string };
			ids.push(...feed.items.map((item) => item.id));
			url = feed.next_url;
			continue;
		}
		const root = parseXml(text);
		const parent = format === "rss" ? childrenNamed(root, "channel")[0] : root;
		if (parent === undefined) throw new Error("no channel");
		const entries = childrenNamed(parent, format === "rss" ? "item" : "entry");
		ids.push(...entries.map((entry) => childText(entry, format === "rss" ? "guid" : "id") ?? ""));
		url = childrenNamed(parent, format === "rss" ? "atom:link" : "link").find(
			(link) => link.attributes.rel === "prev-archive",
		)?.attributes.href;
	}
	return { ids, urls };
}

async function listArchive(): Promise<string[]> {
	return (await readdir(join(dir, "out", "archive"))).filter((name) => !name.startsWith(".")).sort();
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), "wirefeed-archive-build-"));
	await mkdir(join(dir, "articles"));
	const config = { url: SITE, title: "Archive news", limit: 5, archive: { enabled: true, pageSize: 10 } };
	await writeFile(join(dir, "site.json"), JSON.stringify(config));
	for (let day = 0; day < 27; day++) await writeArticle(day);
	server = createServer((request, response) => void createOutputHandler(join(dir, "out"))(request, response));
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	await build();
}, 120_000);

afterAll(async () => {
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	await rm(dir, { recursive: true, force: true });
});

describe("wirefeed build with archives", () => {
	const expectedIds = async () => {
		const feed = JSON.parse(await readFile(join(dir, "out", "feed.json"), "utf8")) as { items: { id: string }[] };
		return feed.items.map((item) => item.id);
	};

	it.each(["rss", "atom", "json"] as const)(
		"%s: a reader walking from the subscription feed gets all 27 items once, newest first",
		async (format) => {
			const start = `${SITE}${{ rss: "rss.xml", atom: "atom.xml", json: "feed.json" }[format]}`;
			const { ids, urls } = await walk(start, format);
			expect(ids).toHaveLength(27);
			expect(new Set(ids).size).toBe(27);
			expect(ids.slice(0, 5)).toEqual(await expectedIds());
			// Newest first: day 26 down to day 0 (the id ends in the file's slug, story-N).
			expect(ids.map((id) => Number(/story-(\d+)/.exec(id)?.[1]))).toEqual(
				Array.from({ length: 27 }, (_, i) => 26 - i),
			);
			expect(urls).toHaveLength(4); // the subscription feed and pages of 10, 10 and 2
		},
	);

	it("every written document passes the validator rules", async () => {
		for (const name of ["rss.xml", "atom.xml", "feed.json", ...(await listArchive()).map((n) => `archive/${n}`)]) {
			const text = await readFile(join(dir, "out", name), "utf8");
			const format = name.endsWith(".json") ? "json" : name.includes("atom") ? "atom" : "rss";
			const violations = checkFeed({ [format]: text });
			expect(violations, `${name}\n${formatViolations(violations)}`).toEqual([]);
		}
	});

	it("new articles leave full pages untouched and replace the partial one", async () => {
		const before = await listArchive();
		const full = before.filter((name) => /-(1|2)-/.test(name));
		const stats = await Promise.all(full.map((name) => stat(join(dir, "out", "archive", name))));
		for (let day = 27; day < 30; day++) await writeArticle(day);
		await build();
		const after = await listArchive();
		for (const [index, name] of full.entries()) {
			expect(after).toContain(name);
			expect((await stat(join(dir, "out", "archive", name))).mtimeMs).toBe(stats[index]?.mtimeMs);
		}
		// Page 3 grew from 2 to 5 entries: a new name, and the old file is gone.
		expect(after.filter((name) => /-3-/.test(name))).toHaveLength(3);
		expect(after.filter((name) => /-3-/.test(name))).not.toEqual(before.filter((name) => /-3-/.test(name)));
		const { ids } = await walk(`${SITE}atom.xml`, "atom");
		expect(ids).toHaveLength(30);
	});
});

describeWith([FEEDPARSER], "feedparser reading a built archive", () => {
	it("reads every RSS and Atom page without bozo", async () => {
		for (const name of ["rss.xml", "atom.xml", ...(await listArchive()).filter((n) => n.endsWith(".xml"))]) {
			const path = name.includes("-") ? join(dir, "out", "archive", name) : join(dir, "out", name);
			const parsed = await readWithFeedparser(path);
			expect(parsed.bozo, `${name}: ${parsed.bozoException ?? ""}`).toBe(0);
			expect(parsed.entries.length).toBeGreaterThan(0);
		}
	}, 60_000);
});

describeWith([NEWSBOAT, SQLITE3], "newsboat reading a built archive", () => {
	it("stores every item of every RSS and Atom archive page", async () => {
		for (const name of (await listArchive()).filter((n) => n.endsWith(".xml"))) {
			const text = await readFile(join(dir, "out", "archive", name), "utf8");
			const expected = (text.match(name.startsWith("atom") ? /<entry>/g : /<item>/g) ?? []).length;
			const items = await readWithNewsboat(join(dir, "out", "archive"), name);
			expect(items.length, name).toBe(expected);
			expect(items.every((item) => /story-\d+/.test(item.guid))).toBe(true);
		}
	}, 120_000);
});
