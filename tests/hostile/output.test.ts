import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build } from "../../src/index.js";
import {
	BUILD_ARGS,
	COMPANION,
	copyFixtures,
	listTree,
	makeSiteConfig,
	NOW,
	runCli,
	SITE,
	useTempDirs,
} from "./support.js";

const tempDir = useTempDirs();

/** A temp folder with the companion article and `site.json`, plus the files given (relative path → text). */
async function makeSite(files: Readonly<Record<string, string>> = {}, site: object = SITE): Promise<string> {
	const tmp = await tempDir();
	await copyFixtures([COMPANION], join(tmp, "articles"));
	await writeFile(join(tmp, "site.json"), JSON.stringify(site));
	for (const [path, text] of Object.entries(files)) await writeFile(join(tmp, path), text);
	return tmp;
}

// One diagnostic line (`path[:line[:col]]  severity  message  rule-id`) or the summary line.
const DIAGNOSTIC_LINE_RE = /^\S.* {2}(?:error|warning|info) {2}.* {2}[a-z-]+\/[a-z0-9-]+$/;
const SUMMARY_LINE_RE = /^[✔✖] /;
// Control characters other than the newlines that end each line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what must never reach the terminal.
const CONTROL_RE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("security: terminal and log injection (issue #11, finding 9)", () => {
	test("an escape sequence in a front matter value is shown escaped, never sent to the terminal", async () => {
		const tmp = await makeSite({
			// YAML double-quoted "\e" is ESC: clear the screen, home the cursor, print a fake success line.
			"articles/escape.md":
				'---\ntitle: Escape\ndate: "\\e[2J\\e[1;1H\\u2714 0 items (0 errors, 0 warnings)"\n---\n\nText.\n',
		});
		await mkdir(join(tmp, "articles"), { recursive: true });
		const run = await runCli(BUILD_ARGS, { cwd: tmp });
		expect(run.code).toBe(1);
		expect(run.stderr).not.toMatch(CONTROL_RE);
		expect(run.stderr).toContain("\\u001b[2J\\u001b[1;1H");
		for (const line of run.stderr.trimEnd().split("\n")) {
			expect(line).toMatch(new RegExp(`${DIAGNOSTIC_LINE_RE.source}|${SUMMARY_LINE_RE.source}`));
		}
	});

	test("a newline in a file name cannot forge a diagnostic or summary line", async () => {
		// File names cannot hold "/", so the forged lines carry none.
		const forged =
			"a.md  error  forged\n\u2714 9 items from 9 articles; 0 of 3 feeds changed (0 errors, 0 warnings)\nb";
		const tmp = await makeSite();
		await writeFile(join(tmp, "articles", `${forged}.md`), "---\ndate: 2021-07-01\n---\n\nNo title.\n");
		const run = await runCli(BUILD_ARGS, { cwd: tmp });
		expect(run.code).toBe(1);
		const lines = run.stderr.trimEnd().split("\n");
		// One error for the file and the real summary: forged lines would make four.
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(DIAGNOSTIC_LINE_RE);
		expect(lines[0]).toContain("articles/a.md  error  forged\\n\u2714 9 items");
		expect(lines[1]).toMatch(/^\u2716 1 item from 2 articles/);
	});

	test("--json keeps the escaped values too", async () => {
		const tmp = await makeSite({
			"articles/escape.md": '---\ntitle: Escape\ndate: "\\e]0;owned\\u0007"\n---\n\nText.\n',
		});
		const run = await runCli([...BUILD_ARGS, "--json"], { cwd: tmp });
		expect(run.code).toBe(1);
		const report: { diagnostics: { message: string }[] } = JSON.parse(run.stdout);
		const messages = report.diagnostics.map((d) => d.message).join("\n");
		expect(messages).toContain("\\u001b]0;owned\\u0007");
		expect(messages).not.toMatch(CONTROL_RE);
	});
});

describe("security: the output folder (issue #11, findings 8 and 10)", () => {
	test("two feeds given the same output name is a config error: exit 2, nothing written", async () => {
		const tmp = await makeSite({}, { ...SITE, output: { rss: "same.xml", atom: "same.xml", json: "Same.XML" } });
		const run = await runCli(BUILD_ARGS, { cwd: tmp });
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^site\.json {2}error {2}"output" .*"same\.xml".* {2}config\/invalid$/m);
		expect(await listTree(tmp)).toEqual([`articles/${COMPANION}`, "site.json"]);
	});

	test.each([
		{ case: "the articles folder itself", out: "articles" },
		{ case: "an ancestor of the articles folder (the working directory)", out: "." },
		{ case: "an ancestor, through a trailing slash and ..", out: "articles/../" },
	])("--out $case is refused: exit 2, a clear message naming it, nothing written", async ({ out }) => {
		const tmp = await makeSite();
		const before = await listTree(tmp);
		const args = BUILD_ARGS.map((arg, index) => (BUILD_ARGS[index - 1] === "--out" ? out : arg));
		const run = await runCli(args, { cwd: tmp });
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/ {2}error {2}the output folder \(--out\) .*articles folder.* {2}build\/unsafe-out$/m);
		expect(await listTree(tmp)).toEqual(before);
	});

	test("an output folder of / is refused before anything is read or written", async () => {
		const tmp = await makeSite();
		// Through the library with write: false, so that even a regression could never write into /.
		const result = await build({
			config: makeSiteConfig(),
			articlesDir: "articles",
			outDir: "/",
			cacheDir: false,
			write: false,
			now: NOW,
			cwd: tmp,
		});
		expect(result.status).toBe("failed");
		expect(result.diagnostics).toEqual([
			expect.objectContaining({
				severity: "error",
				file: "/",
				rule: "build/unsafe-out",
				message: expect.stringMatching(/root/),
			}),
		]);
	});

	test("--out through a symbolic link to the articles folder is refused too", async () => {
		const tmp = await makeSite();
		await symlink(join(tmp, "articles"), join(tmp, "out-link"));
		const args = BUILD_ARGS.map((arg, index) => (BUILD_ARGS[index - 1] === "--out" ? "out-link" : arg));
		const run = await runCli(args, { cwd: tmp });
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/build\/unsafe-out$/m);
		expect(await listTree(join(tmp, "articles"))).toEqual([COMPANION]);
	});
});

describe("security: commands that write nothing (issue #11, finding 10)", () => {
	test("wirefeed licenses writes no file, not even a cache", async () => {
		const tmp = await makeSite();
		const before = await listTree(tmp);
		const run = await runCli(["licenses", "--articles", "articles", "--config", "site.json"], { cwd: tmp });
		expect(run.code, run.stderr).toBe(0);
		expect(run.stdout).toContain(`articles/${COMPANION}`);
		expect(await listTree(tmp)).toEqual(before);
		expect(existsSync(join(tmp, "node_modules"))).toBe(false);
	});

	test("--explain does not follow a symbolic link out of the articles folder", async () => {
		const tmp = await makeSite({
			"secret.md": "---\ntitle: Private notes\ndate: 2021-07-02\n---\n\nNot for anyone's eyes.\n",
		});
		await symlink(join(tmp, "secret.md"), join(tmp, "articles", "outside.md"));
		const run = await runCli(["build", "--config", "site.json", "--explain", "articles/outside.md"], { cwd: tmp });
		expect(`${run.stdout}${run.stderr}`).not.toContain("Not for anyone");
		expect(run.stderr).toMatch(/^articles\/outside\.md {2}error {2}.* {2}load\/symlink-outside$/m);
		expect(run.code).toBe(1);
	});

	test("--explain still follows a link that stays inside the articles folder", async () => {
		const tmp = await makeSite();
		await symlink(COMPANION, join(tmp, "articles", "inside.md"));
		const run = await runCli(["build", "--config", "site.json", "--explain", "articles/inside.md"], { cwd: tmp });
		expect(run.code, run.stderr).toBe(0);
		expect(run.stdout).toContain("articles/inside.md");
	});

	test.skipIf(process.platform === "win32")(
		"--explain of a missing file, a folder, a FIFO or a loop of links says what it is, never 'previous feeds' or a wait",
		async () => {
			const tmp = await makeSite();
			await mkdir(join(tmp, "articles", "folder.md"));
			execFileSync("mkfifo", [join(tmp, "articles", "pipe.md")]);
			await symlink("loop-b.md", join(tmp, "articles", "loop-a.md"));
			await symlink("loop-a.md", join(tmp, "articles", "loop-b.md"));
			const cases = [
				["missing.md", "io/not-found", /no such file; check the path given to --explain/],
				["folder.md", "load/not-a-file", /not a regular file/],
				["pipe.md", "load/not-a-file", /not a regular file/],
				["loop-a.md", "load/unreadable", /loop/],
			] as const;
			for (const [name, rule, message] of cases) {
				const args = ["build", "--config", "site.json", "--explain", `articles/${name}`];
				const run = await runCli(args, { cwd: tmp, timeout: 20_000 });
				expect(run.signal, name).toBeNull();
				expect(run.stderr, name).toMatch(new RegExp(`^articles/${name} {2}error {2}.* {2}${rule}$`, "m"));
				expect(run.stderr, name).toMatch(message);
				expect(run.stderr, name).not.toMatch(/previous feeds|changed while building|permissions|check --articles/);
				expect(run.code, name).toBe(1);
			}
		},
	);
});
