import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { readConfig } from "../../src/config/read-config.js";
import { build, defineConfig, formatDiagnostic, type WirefeedConfig } from "../../src/index.js";
import { runCli } from "../hostile/support.js";
import { REPO_ROOT } from "../support/build-feeds.js";

// Where a config can live (package.json's key, a wirefeed.config.* file, --config, an object passed to build()) and
// that each is validated the same way.

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "wirefeed-config-"));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

const write = (name: string, text: string) => writeFile(join(dir, name), text);
const SITE = { url: "https://news.example.org/", title: "Harbour Times", limit: 5, clean: { rules: { text: false } } };

describe("discovered config files", () => {
	const equivalents = {
		"package.json": JSON.stringify({ name: "site", wirefeed: SITE }),
		"wirefeed.config.json": JSON.stringify(SITE),
		"wirefeed.config.yaml":
			"url: https://news.example.org/\ntitle: Harbour Times\nlimit: 5\nclean:\n  rules:\n    text: false\n",
		"wirefeed.config.yml":
			"url: 'https://news.example.org/'\ntitle: \"Harbour Times\"\nlimit: 5\nclean: { rules: { text: false } }\n",
		"wirefeed.config.toml":
			'url = "https://news.example.org/"\ntitle = "Harbour Times"\nlimit = 5\n\n[clean.rules]\ntext = false\n',
	};

	test.each(Object.entries(equivalents))("%s gives the same config", async (name, text) => {
		await write(name, text);
		const result = await readConfig({ cwd: dir });
		expect(result.ok ? [] : result.diagnostics).toEqual([]);
		expect(result.ok && result.config).toMatchObject({ title: "Harbour Times", limit: 5 });
		expect(result.ok && result.config.clean.rules.text).toBe(false);
	});

	test("a config file beside package.json without a wirefeed key is found", async () => {
		await write("package.json", JSON.stringify({ name: "site", private: true }));
		await write("wirefeed.config.toml", 'url = "https://news.example.org/"\n');
		const result = await readConfig({ cwd: dir });
		expect(result.ok && result.config.url).toBe("https://news.example.org/");
	});

	test("two config files are refused, naming both", async () => {
		await write("wirefeed.config.json", JSON.stringify(SITE));
		await write("wirefeed.config.yaml", "url: https://news.example.org/\n");
		const result = await readConfig({ cwd: dir });
		expect(result.ok ? [] : result.diagnostics.map(formatDiagnostic)).toEqual([
			"wirefeed.config.json  error  several config files (wirefeed.config.json, wirefeed.config.yaml); keep one  config/invalid",
		]);
	});

	test("a config file and package.json's key are refused: which one counts would be a guess", async () => {
		await write("package.json", JSON.stringify({ wirefeed: SITE }));
		await write("wirefeed.config.json", JSON.stringify(SITE));
		const result = await readConfig({ cwd: dir });
		expect(result.ok ? "" : result.diagnostics[0]?.message).toMatch(/both wirefeed\.config\.json and the "wirefeed"/);
	});

	test("a YAML or TOML syntax error points at its line", async () => {
		await write("wirefeed.config.yaml", 'url: https://news.example.org/\ntitle: "unclosed\nlimit: 5\n');
		const yaml = await readConfig({ cwd: dir });
		expect(yaml.ok ? undefined : yaml.diagnostics[0]).toMatchObject({
			file: "wirefeed.config.yaml",
			rule: "config/invalid",
			line: expect.any(Number),
			message: expect.stringMatching(/^config file is not valid YAML/),
		});
		const toml = await readConfig({ cwd: dir, configFile: "site.toml" });
		expect(toml.ok ? undefined : toml.diagnostics[0]?.message).toMatch(/cannot read config file \(ENOENT\)/);
		await write("site.toml", 'url = "https://news.example.org/"\ntitle = \n');
		const bad = await readConfig({ cwd: dir, configFile: "site.toml" });
		expect(bad.ok ? undefined : bad.diagnostics[0]).toMatchObject({ file: "site.toml", line: 2 });
	});

	test("a YAML config is read with the core schema: no custom types", async () => {
		await write("wirefeed.config.yaml", "url: !!js/function 'function () {}'\n");
		const result = await readConfig({ cwd: dir });
		expect(result.ok ? "" : result.diagnostics[0]?.message).toMatch(/not valid YAML: unknown tag/);
	});
});

describe("build({ config }) with a config object", () => {
	const articles = join(REPO_ROOT, "tests", "fixtures", "site", "articles");
	const options = () => ({ articlesDir: articles, outDir: join(dir, "out"), cwd: dir, now: new Date("2026-01-01") });

	test("builds the same feeds as the same config in package.json", async () => {
		const fromObject = await build({ ...options(), config: defineConfig(SITE), cacheDir: false });
		const fromObjectRss = await readFile(join(dir, "out", "rss.xml"), "utf8");
		await write("package.json", JSON.stringify({ wirefeed: SITE }));
		const fromFile = await build({ ...options(), outDir: join(dir, "out-file"), cacheDir: false });
		expect(fromObject.status).toBe("written");
		expect(fromObject.items.length).toBe(5);
		expect(await readFile(join(dir, "out-file", "rss.xml"), "utf8")).toBe(fromObjectRss);
		expect(fromFile.items).toEqual(fromObject.items);
	});

	test("is validated like a config file: the same diagnostics, nothing written", async () => {
		const bad = { url: "https://news.example.org/", titel: "Typo", limit: -1 } as unknown as WirefeedConfig;
		const fromObject = await build({ ...options(), config: bad });
		await write("wirefeed.config.json", JSON.stringify(bad));
		const fromFile = await build({ ...options() });
		expect(fromObject.status).toBe("failed");
		const messages = (result: typeof fromObject) => result.diagnostics.map((d) => `${d.rule} ${d.message}`);
		expect(messages(fromObject)).toEqual(messages(fromFile));
		expect(messages(fromObject)).toEqual([
			'config/invalid "limit" too small: expected number to be >=1',
			'config/invalid unknown key "titel" — did you mean "title"?; see the config table in the README',
		]);
		expect(fromObject.diagnostics.every((d) => d.file === "build() config")).toBe(true);
	});

	test("an object JSON cannot hold is refused with a diagnostic, not an exception", async () => {
		const circular: Record<string, unknown> = { url: "https://news.example.org/" };
		circular.self = circular;
		const result = await build({ ...options(), config: circular as unknown as WirefeedConfig });
		expect(result.status).toBe("failed");
		expect(result.diagnostics[0]?.message).toMatch(/^the config must be a plain object that JSON can hold/);
	});

	test("a rebuild with the same object is replayed; a changed object is built", async () => {
		const cacheDir = join(dir, "cache");
		const first = await build({ ...options(), config: SITE, cacheDir });
		const again = await build({ ...options(), config: { ...SITE }, cacheDir });
		expect(again.files.every((file) => !file.changed)).toBe(true);
		expect(again.items).toEqual(first.items);
		const changed = await build({ ...options(), config: { ...SITE, limit: 2 }, cacheDir });
		expect(changed.items).toHaveLength(2);
	});
});

test("the CLI reads a YAML config given with --config", async () => {
	await cp(join(REPO_ROOT, "tests", "fixtures", "site", "articles"), join(dir, "articles"), { recursive: true });
	await write("site.yaml", "url: https://news.example.org/\ntitle: From YAML\n");
	const result = await runCli(["build", "--config", "site.yaml", "--now", "2026-01-01T00:00:00Z"], { cwd: dir });
	expect(result.code).toBe(0);
	expect(await readFile(join(dir, "out", "rss.xml"), "utf8")).toContain("<title>From YAML</title>");
});
