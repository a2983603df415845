import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { COMPANION, copyFixtures, listTree, mountTmpfs, runCli, SITE, unmount, useTempDirs } from "./support.js";

const tempDir = useTempDirs();

// Missing url, relative url, an unknown key, limit -1 and an output folder that is a file are in tests/cli.test.ts.
describe("bad config: exit 2, a clear message, nothing written", () => {
	test.each([
		{
			case: "limit is a string",
			config: { ...SITE, limit: "ten" },
			message: /"limit" invalid input: expected number, received string/,
		},
		{
			case: "title is a number",
			config: { ...SITE, title: 5 },
			message: /"title" invalid input: expected string, received number/,
		},
		{
			case: "ignore is not a list",
			config: { ...SITE, ignore: "**/drafts/**" },
			message: /"ignore" invalid input: expected array/,
		},
		{
			case: "maxFileSize is fractional",
			config: { ...SITE, maxFileSize: 1.5 },
			message: /"maxFileSize"/,
		},
		{
			case: "the config is a list",
			config: [SITE],
			message: /config must be an object with at least "url"/,
		},
		// Every feed would publish them: the site's link in each item, the hub in rel="hub", the logo in <logo>.
		...[
			["url", { url: "https://editor:s3cret@hostile.example.org/" }],
			["hub.0", { hub: ["https://user:token@hub.example.net/"] }],
			["feedUrl", { feedUrl: "https://editor@cdn.example.org/feeds/" }],
			["logo", { logo: "https://a:b@img.example.org/logo.png" }],
		].map(([key, values]) => ({
			case: `${key} holds a user name and password`,
			config: { ...SITE, ...(values as object) },
			message: new RegExp(`"${key}" holds a user name or password .*; remove it`),
		})),
	])("wrong type: $case", async ({ config, message }) => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		await writeFile(join(tmp, "site.json"), JSON.stringify(config));
		const run = await runCli(["build", "--config", "site.json", "--now", "2026-01-01T00:00:00Z"], { cwd: tmp });
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(message);
		expect(run.stderr).toMatch(/^site\.json {2}error {2}.* {2}config\/invalid$/m);
		expect(run.stderr).toContain("✖ nothing written");
		expect(await listTree(tmp)).toEqual([`articles/${COMPANION}`, "site.json"]);
	});

	test("the config file is not JSON", async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		await writeFile(join(tmp, "site.json"), "url: https://hostile.example.org/\n");
		const run = await runCli(["build", "--config", "site.json"], { cwd: tmp });
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^site\.json {2}error {2}config file is not valid JSON: .* {2}config\/invalid$/m);
		expect(await listTree(tmp)).toEqual([`articles/${COMPANION}`, "site.json"]);
	});

	test("an output folder that is not writable (read-only file system): exit 2, io/failed, no stack trace", {
		timeout: 30_000,
	}, async (ctx) => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
		await mkdir(join(tmp, "out"));
		// Tests run as root, so chmod cannot make a folder unwritable; a read-only mount can.
		if (!(await mountTmpfs(join(tmp, "out"), "ro,size=64k"))) ctx.skip();
		try {
			const run = await runCli(["build", "--config", "site.json", "--no-cache", "--now", "2026-01-01T00:00:00Z"], {
				cwd: tmp,
			});
			expect(run.code).toBe(2);
			expect(run.stderr).toMatch(
				/^out {2}error {2}.*read-only file system.*\(EROFS\); previous feeds were left as they were {2}io\/failed$/m,
			);
			expect(run.stderr).not.toMatch(/\n\s+at /);
			expect(await listTree(join(tmp, "out"))).toEqual([]);
		} finally {
			await unmount(join(tmp, "out"));
		}
	});

	// Needs a change in src/cli.ts (describeFailure): Node's recursive mkdir reports ENOENT when the parent is
	// read-only, and every ENOENT is blamed on --articles ("articles  error  ENOENT … check --articles and --out").
	// It should name the path in the error (error.path) as the diagnostic's file, or --out when the path is below it.
	test("an output folder that cannot be created (read-only parent): the message names --out, not --articles", async (ctx) => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
		await mkdir(join(tmp, "ro"));
		if (!(await mountTmpfs(join(tmp, "ro"), "ro,size=64k"))) ctx.skip();
		try {
			const run = await runCli(
				["build", "--config", "site.json", "--out", "ro/out", "--no-cache", "--now", "2026-01-01T00:00:00Z"],
				{ cwd: tmp },
			);
			expect(run.code).toBe(2);
			expect(run.stderr).toMatch(/^ro\/out {2}error {2}/m);
		} finally {
			await unmount(join(tmp, "ro"));
		}
	});
});
