import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLValidator } from "fast-xml-parser";
import { afterEach, expect } from "vitest";
import {
	type BuildOptions,
	type BuildResult,
	build,
	type Diagnostic,
	exitCodeFor,
	resolveConfig,
	type SiteConfig,
} from "../../src/index.js";
import { MANIFEST_NAME } from "../../src/write/write-documents.js";
import { findUnsafeUrls } from "../support/find-unsafe-urls.js";
import { type CommandResult, runCommand } from "../support/run-command.js";

/** Hostile fixtures, one file per case (see the README beside them). */
export const FIXTURES = fileURLToPath(new URL("../fixtures/hostile/", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The clock every hostile test judges drafts and future dates against. */
export const NOW = new Date("2026-01-01T00:00:00Z");
/** A well-formed article every case is built next to, so a rejection still writes feeds (exit 1, not 2). */
export const COMPANION = "good-companion.md";
export const FEED_NAMES = ["atom.xml", "feed.json", "rss.xml"] as const;
/** Everything a build leaves in `out/`, sorted: wirefeed's list of the files it wrote, the three feeds and the pages. */
export const OUT_NAMES = [
	MANIFEST_NAME,
	"atom.xml",
	"feed.css",
	"feed.json",
	"feeds.opml",
	"index.html",
	"rss.xml",
] as const;

/** The config the hostile cases are built with, as written in a config file. */
export const SITE = {
	url: "https://hostile.example.org/",
	title: "Hostile input",
	rights: "© Hostile desk.",
	limit: 500,
};

/** A validated config; overrides are validated too. */
export function makeSiteConfig(overrides: Record<string, unknown> = {}): SiteConfig {
	const result = resolveConfig({ ...SITE, ...overrides }, "site.json");
	if (!result.ok) throw new Error(`bad test config: ${JSON.stringify(result.diagnostics)}`);
	return result.config;
}

/** A library build of `tmp/articles` into `tmp/out` with the test site's config and clock, cached in `tmp/cache` or not. */
export function siteBuildOptions(
	tmp: string,
	cacheDir: false | "cache",
	overrides: Record<string, unknown> = {},
): BuildOptions {
	return { config: makeSiteConfig(overrides), articlesDir: "articles", outDir: "out", cacheDir, now: NOW, cwd: tmp };
}

/** Registers `afterEach` cleanup and returns a factory of fresh temp folders for the calling test file. */
export function useTempDirs(): () => Promise<string> {
	const dirs: string[] = [];
	afterEach(async () => {
		await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
	});
	return async () => {
		const dir = await mkdtemp(join(tmpdir(), "wirefeed-hostile-"));
		dirs.push(dir);
		return dir;
	};
}

/** Copies fixtures (by file name) into `dir`, creating it. */
export async function copyFixtures(names: readonly string[], dir: string): Promise<void> {
	await mkdir(dir, { recursive: true });
	for (const name of names) await copyFile(join(FIXTURES, name), join(dir, name));
}

/** Every file below `root`, relative with `/` separators, sorted; folders are not listed. */
export async function listTree(root: string): Promise<string[]> {
	const files: string[] = [];
	const visit = async (dir: string): Promise<void> => {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) await visit(path);
			else files.push(relative(root, path).split("\\").join("/"));
		}
	};
	await visit(root);
	return files.sort();
}

/** What one hostile case produced. */
export interface CaseRun {
	readonly tmp: string;
	readonly result: BuildResult;
	/** The exit code the CLI maps this result to. */
	readonly code: number;
	readonly diagnostics: readonly Diagnostic[];
	/** Files written outside `articles/` and the cache folder. */
	readonly written: readonly string[];
	/** Published article files, relative to the temp folder. */
	readonly published: readonly string[];
	readonly feeds: Feeds;
}

/** The three documents as written to `out/`. */
export interface Feeds {
	readonly rss: string;
	readonly atom: string;
	readonly json: string;
}

/** Builds the fixtures named (plus the companion) with the library, writing into a fresh temp folder's `out/`. */
export async function buildCase(
	tempDir: () => Promise<string>,
	names: readonly string[],
	overrides: Record<string, unknown> = {},
): Promise<CaseRun> {
	const tmp = await tempDir();
	await copyFixtures([COMPANION, ...names], join(tmp, "articles"));
	const result = await build(siteBuildOptions(tmp, "cache", overrides));
	const written = (await listTree(tmp)).filter((path) => !path.startsWith("articles/") && !path.startsWith("cache/"));
	return {
		tmp,
		result,
		code: exitCodeFor(result.status, result.diagnostics),
		diagnostics: result.diagnostics,
		written,
		published: result.items.map((item) => item.file),
		feeds: result.status === "written" ? await readFeeds(join(tmp, "out")) : { rss: "", atom: "", json: "" },
	};
}

/** Reads the three feeds of an output folder. */
export async function readFeeds(outDir: string): Promise<Feeds> {
	const [atom, json, rss] = await Promise.all(FEED_NAMES.map((name) => readFile(join(outDir, name), "utf8")));
	return { rss: rss ?? "", atom: atom ?? "", json: json ?? "" };
}

// XML 1.0 §2.2: everything outside Char.
const XML_FORBIDDEN_RE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Problems that make a feed unsafe or unreadable: not well-formed, XML-forbidden characters, a script element, a URL
 * anywhere (attributes, links, item HTML) that a browser or a lenient reader would read as a script or data scheme.
 */
export function findFeedProblems(feeds: Feeds): string[] {
	const problems: string[] = [];
	for (const [name, xml] of [
		["rss", feeds.rss],
		["atom", feeds.atom],
	] as const) {
		const valid = XMLValidator.validate(xml);
		if (valid !== true) problems.push(`${name} is not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
		const forbidden = XML_FORBIDDEN_RE.exec(xml);
		if (forbidden !== null)
			problems.push(`${name} has U+${forbidden[0].codePointAt(0)?.toString(16)} at ${forbidden.index}`);
		if (/<script/i.test(xml)) problems.push(`${name} contains <script`);
	}
	let json: { items?: { content_html?: string }[] } = {};
	try {
		json = JSON.parse(feeds.json);
	} catch (error) {
		problems.push(`feed.json does not parse: ${String(error)}`);
	}
	for (const item of json.items ?? []) {
		if (/<script/i.test(item.content_html ?? "")) problems.push("feed.json content_html contains <script");
	}
	// Only documents that parse can be searched for URLs; the problems above already say why the others do not.
	if (problems.length === 0) problems.push(...findUnsafeUrls(feeds));
	return problems;
}

/** The JSON Feed's items by title, for content assertions. */
export function jsonItems(feeds: Feeds): {
	id: string;
	url: string;
	title: string;
	content_html: string;
	date_published: string;
}[] {
	return JSON.parse(feeds.json).items;
}

/**
 * Asserts the common shape of a rejected case: exit 1, an error with `rule` on `articles/<name>` (at `line`/`column`
 * when given), the companion published but not the case, only the three feeds written, all well-formed.
 */
export function expectRejected(
	run: CaseRun,
	name: string,
	rule: string,
	position: { readonly line?: number; readonly column?: number } = {},
): Diagnostic {
	expect(run.code).toBe(1);
	const diagnostic = run.diagnostics.find((d) => d.file === `articles/${name}` && d.severity === "error");
	expect(diagnostic, `no error for ${name} in ${JSON.stringify(run.diagnostics)}`).toBeDefined();
	expect(diagnostic).toMatchObject({ rule, ...position });
	expect(run.published).toEqual([`articles/${COMPANION}`]);
	expect(run.written).toEqual(OUT_NAMES.map((name) => `out/${name}`));
	expect(findFeedProblems(run.feeds)).toEqual([]);
	return diagnostic as Diagnostic;
}

/** Asserts a case that is published: exit 0, no error or warning on it, only the three feeds written, all well-formed. */
export function expectPublished(run: CaseRun, name: string): void {
	expect(run.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
	expect(run.code).toBe(0);
	expect(run.published).toContain(`articles/${name}`);
	expect(run.written).toEqual(OUT_NAMES.map((name) => `out/${name}`));
	expect(findFeedProblems(run.feeds)).toEqual([]);
}

/** Runs the built CLI (`bin/wirefeed.js`) with a timeout; the child is killed with SIGKILL if it overruns. */
export function runCli(
	args: readonly string[],
	options: { readonly cwd: string; readonly timeout?: number },
): Promise<CommandResult> {
	return runCommand(process.execPath, [join(ROOT, "bin/wirefeed.js"), ...args], {
		cwd: options.cwd,
		timeout: options.timeout ?? 30_000,
	});
}

/** Path of the CLI entry, for tests that spawn it themselves. */
export const CLI = join(ROOT, "bin/wirefeed.js");

/** `wirefeed build` over a temp folder's `articles/` into `out/`, with `site.json`, a pinned clock and no cache. */
export const BUILD_ARGS: readonly string[] = [
	"build",
	"--articles",
	"articles",
	"--out",
	"out",
	"--config",
	"site.json",
	"--now",
	"2026-01-01T00:00:00Z",
	"--no-cache",
];

/** Deterministic PRNG (mulberry32), so random kill points are the same on every run. */
export function createPrng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Mounts a tmpfs at `dir` (e.g. `size=192k` or `ro`); false when this sandbox does not allow mounting. */
export async function mountTmpfs(dir: string, options: string): Promise<boolean> {
	const run = await runCommand("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { timeout: 10_000 }).catch(
		() => undefined,
	);
	return run?.code === 0;
}

/** Unmounts what `mountTmpfs` mounted. */
export async function unmount(dir: string): Promise<void> {
	await runCommand("umount", [dir], { timeout: 10_000 });
}
