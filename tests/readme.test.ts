import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CONFIG_KEYS } from "../src/config/schema.js";
import { build, resolveConfig } from "../src/index.js";
import { makeConfig } from "./factories.js";
import { REPO_ROOT } from "./support/build-feeds.js";
import { README, readReadmeExample } from "./support/readme-examples.js";

// The README's examples are what users copy: each is built or validated here exactly as it is shown.

let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-readme-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

const dedent = (xml: string) =>
	xml
		.split("\n")
		.map((line) => line.trim())
		.join("\n");

test("'What it does': the scraped article becomes the RSS item shown", async () => {
	const articlesDir = join(tmp, "articles");
	await mkdir(articlesDir);
	await writeFile(join(articlesDir, "2026-03-02-ferry-timetable.md"), `${readReadmeExample("article")}\n`);
	const result = await build({
		config: makeConfig(),
		articlesDir,
		outDir: join(tmp, "out"),
		cacheDir: false,
		now: new Date("2026-03-03T00:00:00Z"),
		cwd: tmp,
	});
	expect(result.diagnostics).toEqual([]);
	const rss = await readFile(join(tmp, "out", "rss.xml"), "utf8");
	const item = /<item>[\s\S]*<\/item>/.exec(rss)?.[0] ?? "no <item> in rss.xml";
	expect(dedent(item)).toBe(dedent(readReadmeExample("rss-item")));
});

test("'Configuration': the complete config is valid and sets every key", () => {
	const raw: unknown = JSON.parse(readReadmeExample("config"));
	const result = resolveConfig(raw, "README.md");
	expect(result.ok ? [] : result.diagnostics).toEqual([]);
	expect(Object.keys(raw as object).sort()).toEqual([...CONFIG_KEYS].sort());
});

test("'Config keys': the table lists every key of the schema", async () => {
	const readme = await readFile(README, "utf8");
	const section = readme.slice(readme.indexOf("### Config keys"), readme.indexOf("### Front matter keys"));
	const documented = [...section.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((match) => match[1]);
	expect(documented.sort()).toEqual([...CONFIG_KEYS].sort());
});

test("'Library API' documents every export, every build option and every result field", () => {
	const program = ts.createProgram([join(REPO_ROOT, "src", "index.ts")], {
		module: ts.ModuleKind.NodeNext,
		moduleResolution: ts.ModuleResolutionKind.NodeNext,
		resolveJsonModule: true,
		noEmit: true,
	});
	const checker = program.getTypeChecker();
	const index = program.getSourceFile(join(REPO_ROOT, "src", "index.ts"));
	const module = index === undefined ? undefined : checker.getSymbolAtLocation(index);
	const exports = module === undefined ? [] : checker.getExportsOfModule(module);
	const membersOf = (name: string) => {
		const symbol = exports.find((e) => e.name === name);
		const type = symbol === undefined ? undefined : checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(symbol));
		return type === undefined ? [] : type.getProperties().map((p) => p.name);
	};
	const readme = readFileSync(README, "utf8");
	const section = readme.slice(readme.indexOf("## Library API"), readme.indexOf("## Reference"));
	const names = [...exports.map((e) => e.name), ...membersOf("BuildOptions"), ...membersOf("BuildResult")];
	expect(exports.length).toBeGreaterThan(15);
	expect(membersOf("BuildOptions")).toContain("config");
	expect(names.filter((name) => !section.includes(`\`${name}`))).toEqual([]);
}, 60_000);
