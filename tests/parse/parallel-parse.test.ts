import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type BuildResult, build } from "../../src/index.js";
import { CLI } from "../hostile/support.js";
import { runCommand } from "../support/run-command.js";

// The bundled CLI parses a large archive in two threads; the TypeScript sources (what these tests import) always parse
// on one. Building the same archive both ways must give the same feeds and the same report, diagnostics included.

const NOW = "2026-01-01T00:00:00Z";
const ARTICLES = 2400;
const FEEDS = ["rss.xml", "atom.xml", "feed.json"];

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), "wirefeed-parallel-"));
	await writeFile(
		join(root, "site.json"),
		JSON.stringify({ url: "https://desk.example.org/", title: "Regional desk", rights: "© Regional desk", limit: 60 }),
	);
	for (let month = 1; month <= 12; month++)
		await mkdir(join(root, "articles", `2025-${pad(month)}`), { recursive: true });
	for (let n = 0; n < ARTICLES; n++) {
		const { name, text } = article(n);
		await writeFile(join(root, "articles", name), text);
	}
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

/** A varied archive: most articles are plain YAML (scanned), some need the full parser, some are rejected. */
function article(n: number): { name: string; text: string } {
	const month = (n % 12) + 1;
	const day = (n % 28) + 1;
	const date = `2025-${pad(month)}-${pad(day)}T${pad(n % 24)}:${pad(n % 60)}:00+02:00`;
	const slug = `harbour-report-${n}`;
	const name = `2025-${pad(month)}/${slug}.md`;
	const body = `The harbour authority reported ${n} arrivals this week.\n\n[ad_1]\n\nShipping agents expect more.\n`;
	if (n % 97 === 0) return { name, text: `---\ntitle: Broken date ${n}\ndate: 2025-13-45\n---\n${body}` };
	if (n % 89 === 0)
		return { name: name.replace(".md", ".toml.md"), text: `+++\ntitle = "TOML ${n}"\ndate = "${date}"\n+++\n${body}` };
	if (n % 83 === 0) return { name, text: `---\ntitle: Draft ${n}\ndate: ${date}\ndraft: true\n---\n${body}` };
	if (n % 79 === 0) return { name, text: `---\ntitle: Scheduled ${n}\ndate: 2027-01-${pad(day)}\n---\n${body}` };
	if (n % 71 === 0)
		return { name, text: `---\ntitle: Tagged ${n}\ndate: ${date}\ntags:\n  - port\n  - trade\n---\n${body}` };
	if (n % 67 === 0)
		return { name, text: `---\ntitle: Long ${n}\ndate: ${date}\nsummary: ${"cargo ".repeat(900)}\n---\n${body}` };
	return { name, text: `---\ntitle: "Harbour report ${n}"\ndate: ${date}\nauthor: Port desk\n---\n${body}` };
}

async function readFeeds(dir: string): Promise<string[]> {
	return Promise.all(FEEDS.map((name) => readFile(join(root, dir, name), "utf8")));
}

async function buildInProcess(outDir: string, cacheDir: string | false): Promise<BuildResult> {
	return build({ configFile: "site.json", articlesDir: "articles", outDir, cacheDir, now: new Date(NOW), cwd: root });
}

async function buildWithCli(outDir: string, extra: readonly string[], profileDir: string) {
	const args = ["build", "--articles", "articles", "--out", outDir, "--config", "site.json", "--now", NOW, "--json"];
	// --cpu-prof writes one profile per thread: the way to see from outside that a worker ran.
	const result = await runCommand(
		process.execPath,
		["--cpu-prof", "--cpu-prof-dir", profileDir, CLI, ...args, ...extra],
		{
			cwd: root,
			timeout: 120_000,
		},
	);
	const threads = (await readdir(join(root, profileDir))).filter((name) => name.endsWith(".cpuprofile")).length;
	return { exitCode: result.code, report: JSON.parse(result.stdout), threads };
}

describe("parsing a large archive in two threads", () => {
	test("a cold build gives the same feeds and report as the single-threaded build", async () => {
		const single = await buildInProcess("out-single", false);
		const parallel = await buildWithCli("out-parallel", ["--no-cache"], "prof-cold");
		expect(parallel.threads).toBe(2);
		expect(parallel.exitCode).toBe(1);
		expect(parallel.report.diagnostics).toEqual(single.diagnostics);
		expect(parallel.report.items).toEqual(single.items);
		expect(parallel.report.articles).toBe(ARTICLES);
		expect(single.diagnostics.filter((d) => d.severity === "error").length).toBeGreaterThan(10);
		expect(await readFeeds("out-parallel")).toEqual(await readFeeds("out-single"));
	}, 180_000);

	test("a first cached build (every file parsed in full and hashed) does too, and the next one reuses it", async () => {
		const single = await buildInProcess("out-single-2", join(root, "cache-single"));
		const first = await buildWithCli("out-cached", ["--cache-dir", "cache"], "prof-cached");
		expect(first.threads).toBe(2);
		expect(first.report.items).toEqual(single.items);
		expect(first.report.diagnostics).toEqual(single.diagnostics);
		expect(await readFeeds("out-cached")).toEqual(await readFeeds("out-single-2"));
		const again = await buildWithCli("out-cached", ["--cache-dir", "cache"], "prof-again");
		expect(again.threads).toBe(1);
		expect(again.report.files.every((file: { changed: boolean }) => !file.changed)).toBe(true);
		expect(again.report.diagnostics).toEqual(single.diagnostics);
	}, 180_000);
});
