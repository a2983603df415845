import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build, exitCodeFor } from "../../src/index.js";
import {
	buildCase,
	COMPANION,
	copyFixtures,
	expectPublished,
	findFeedProblems,
	jsonItems,
	listTree,
	OUT_NAMES,
	runCli,
	SITE,
	siteBuildOptions,
	useTempDirs,
} from "./support.js";

const tempDir = useTempDirs();
const OUT_FILES = OUT_NAMES.map((name) => `out/${name}`);

describe("symbolic links", () => {
	test("security: a link to a file outside articles/ is not followed (load/symlink-outside); a link inside is", async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		await writeFile(
			join(tmp, "secret.md"),
			"---\ntitle: Private notes\ndate: 2021-07-02\n---\n\nNot for publication.\n",
		);
		await symlink(join(tmp, "secret.md"), join(tmp, "articles", "outside.md"));
		await symlink("../secret.md", join(tmp, "articles", "outside-relative.md"));
		await symlink(join(tmp, "articles", COMPANION), join(tmp, "articles", "inside.md"));
		const result = await build(siteBuildOptions(tmp, false));
		for (const file of ["articles/outside.md", "articles/outside-relative.md"]) {
			expect(result.diagnostics).toContainEqual({
				severity: "warning",
				file,
				rule: "load/symlink-outside",
				message: expect.stringMatching(/outside the articles folder/),
			});
		}
		expect(result.items.map((i) => i.title)).not.toContain("Private notes");
		expect(JSON.stringify(result.outputs)).not.toContain("Not for publication");
		expect(result.items.map((i) => i.file)).toEqual(["articles/good-companion.md", "articles/inside.md"]);
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		expect(await listTree(tmp)).toEqual([
			`articles/${COMPANION}`,
			"articles/inside.md",
			"articles/outside-relative.md",
			"articles/outside.md",
			...OUT_FILES,
			"secret.md",
		]);
	});
});

describe("traversal from front matter never writes outside out/", () => {
	test.each([
		{
			name: "slug-traversal.md",
			link: "https://hostile.example.org/escaped-by-slug/",
		},
		{
			name: "id-traversal.md",
			link: "https://hostile.example.org/id-traversal/",
		},
		{
			name: "permalink-absolute.md",
			link: "https://hostile.example.org/etc/passwd",
		},
		{
			name: "permalink-encoded-traversal.md",
			link: "https://hostile.example.org/..%2F..%2F..%2Fescaped-by-permalink",
		},
	])("security: $name stays a link on the site; only out/ and the cache are written", async ({ name, link }) => {
		const run = await buildCase(tempDir, [name]);
		expectPublished(run, name);
		expect(jsonItems(run.feeds).map((item) => item.url)).toContain(link);
		expect(run.written).toEqual(OUT_FILES);
		const tree = await listTree(run.tmp);
		expect(tree.filter((path) => !/^(?:articles|cache|out)\//.test(path))).toEqual([]);
		expect(existsSync(join(run.tmp, "..", "escaped-by-slug"))).toBe(false);
	});

	test("a file: permalink is refused with a warning and the permalink pattern is used", async () => {
		const run = await buildCase(tempDir, ["permalink-file-url.md"]);
		expect(run.code).toBe(0);
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				severity: "warning",
				rule: "front-matter/invalid-url",
				file: "articles/permalink-file-url.md",
				line: 4,
			}),
		]);
		expect(jsonItems(run.feeds).map((item) => item.url)).toContain("https://hostile.example.org/permalink-file-url/");
		expect(run.written).toEqual(OUT_FILES);
	});

	test.each([
		{ case: "parent folder", output: { rss: "../rss.xml" } },
		{
			case: "absolute path",
			output: { atom: "/tmp/wirefeed-hostile-atom.xml" },
		},
		{ case: "URL-encoded traversal", output: { json: "%2e%2e%2ffeed.json" } },
		{ case: "dot-dot inside a name", output: { json: "feed..json" } },
	])("security: a config output name with a $case is refused (exit 2, nothing written)", async ({ output }) => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		await writeFile(join(tmp, "site.json"), JSON.stringify({ ...SITE, output }));
		const run = await runCli(["build", "--config", "site.json", "--out", "out", "--now", "2026-01-01T00:00:00Z"], {
			cwd: tmp,
		});
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^site\.json {2}error {2}"output\.\w+" must .* {2}config\/invalid$/m);
		expect(run.stderr).toContain("nothing written");
		expect(await listTree(tmp)).toEqual([`articles/${COMPANION}`, "site.json"]);
		expect(existsSync("/tmp/wirefeed-hostile-atom.xml")).toBe(false);
	});
});

describe("file names give sane slugs", () => {
	test.each([
		{
			name: "caf%c3%a9-percent-encoded.md",
			link: "https://hostile.example.org/caf%C3%A9-percent-encoded/",
		},
		{
			name: "🔥🔥🔥.md",
			link: /^https:\/\/hostile\.example\.org\/post-[0-9a-f]{10}\/$/,
		},
		{
			name: "zero\u200bwidth\u200dname.md",
			link: "https://hostile.example.org/zerowidthname/",
		},
	])("$name", async ({ name, link }) => {
		const run = await buildCase(tempDir, [name]);
		expectPublished(run, name);
		const published = run.result.items.find((item) => item.file === `articles/${name}`);
		expect(published?.link).toEqual(typeof link === "string" ? link : expect.stringMatching(link));
		expect(findFeedProblems(run.feeds)).toEqual([]);
	});

	test("the emoji-only slug is stable across builds and machines (a hash of the path)", async () => {
		const first = await buildCase(tempDir, ["🔥🔥🔥.md"]);
		const second = await buildCase(tempDir, ["🔥🔥🔥.md"]);
		const link = (run: typeof first) => run.result.items.find((i) => i.file === "articles/🔥🔥🔥.md")?.link;
		expect(link(first)).toBe(link(second));
	});
});

describe.skipIf(process.platform === "win32")("files that are not regular files, and paths too long to open", () => {
	test("a FIFO named like an article is reported and skipped, never waited on; the others are published", async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		execFileSync("mkfifo", [join(tmp, "articles", "pipe.md")]);
		const result = await build(siteBuildOptions(tmp, false));
		expect(result.diagnostics).toContainEqual({
			severity: "warning",
			file: "articles/pipe.md",
			rule: "load/not-a-file",
			message: expect.stringMatching(/not a regular file/),
		});
		expect(result.items.map((item) => item.file)).toEqual([`articles/${COMPANION}`]);
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
	});

	test("a link inside the folder to a FIFO, a folder, nothing or itself says what it leads to and what to do", async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		await mkdir(join(tmp, "articles", "pipes"));
		execFileSync("mkfifo", [join(tmp, "articles", "pipes", "feed")]);
		await symlink("pipes/feed", join(tmp, "articles", "pipe-link.md"));
		await symlink("pipes", join(tmp, "articles", "folder-link.md"));
		await symlink("deleted.md", join(tmp, "articles", "dangling.md"));
		await symlink("loop-b.md", join(tmp, "articles", "loop-a.md"));
		await symlink("loop-a.md", join(tmp, "articles", "loop-b.md"));
		const result = await build(siteBuildOptions(tmp, false));
		const said = (name: string) => result.diagnostics.filter((diagnostic) => diagnostic.file === `articles/${name}`);
		expect(said("pipe-link.md")).toEqual([
			{
				severity: "warning",
				file: "articles/pipe-link.md",
				rule: "load/not-a-file",
				message:
					"symbolic link to a FIFO (pipes/feed), not a regular file; skipped: point the link at the article file, or replace the link with the file",
			},
		]);
		expect(said("folder-link.md")).toEqual([
			expect.objectContaining({
				rule: "load/not-a-file",
				message: expect.stringMatching(/^symbolic link to a folder \(pipes\)/),
			}),
		]);
		expect(said("dangling.md")).toEqual([
			{
				severity: "warning",
				file: "articles/dangling.md",
				rule: "load/broken-symlink",
				message:
					"symbolic link to deleted.md, which does not exist; skipped: point the link at the article file, or remove it",
			},
		]);
		for (const name of ["loop-a.md", "loop-b.md"]) {
			expect(said(name)).toEqual([
				expect.objectContaining({
					rule: "load/broken-symlink",
					message: expect.stringMatching(/lead round in a loop/),
				}),
			]);
		}
		for (const diagnostic of result.diagnostics) expect(diagnostic.message).not.toMatch(/outside|nowhere/);
		expect(result.items.map((item) => item.file)).toEqual([`articles/${COMPANION}`]);
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
	});

	test("folders nested past the system's path length: an error saying so, not 'check its permissions'", async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		// 2,100 levels of "a/" are over Linux's 4,096-byte PATH_MAX: made one level at a time, by relative paths.
		const script = `const fs = require("node:fs");
			for (let level = 0; level < 2100; level++) { fs.mkdirSync("a"); process.chdir("a"); }
			fs.writeFileSync("deep.md", "---\\ntitle: Deep\\ndate: 2021-07-02\\n---\\nx\\n");`;
		execFileSync(process.execPath, ["-e", script], { cwd: join(tmp, "articles") });
		try {
			const result = await build(siteBuildOptions(tmp, false));
			const deep = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
			expect(deep).toEqual([
				expect.objectContaining({ rule: "load/unreadable", message: expect.stringMatching(/path is too long/) }),
			]);
			expect(deep[0]?.message).not.toMatch(/permission/);
			expect(result.items.map((item) => item.file)).toEqual([`articles/${COMPANION}`]);
		} finally {
			// Node's rm stops at the path length too; rm -rf does not.
			execFileSync("rm", ["-rf", join(tmp, "articles", "a")]);
		}
	});
});
