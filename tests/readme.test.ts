import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CONFIG_KEYS } from "../src/config/schema.js";
import { build, resolveConfig } from "../src/index.js";
import { makeConfig } from "./factories.js";
import { readPublicApi } from "./support/public-api.js";
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
	const api = readPublicApi();
	const readme = readFileSync(README, "utf8");
	const section = readme.slice(readme.indexOf("## Library API"), readme.indexOf("## Reference"));
	const names = [...api.names, ...api.membersOf("BuildOptions"), ...api.membersOf("BuildResult")];
	expect(api.membersOf("BuildOptions")).toContain("config");
	expect(names.filter((name) => !section.includes(`\`${name}`))).toEqual([]);
}, 60_000);

test("the README names no internal issue numbers: it is for users", () => {
	const readme = readFileSync(README, "utf8");
	expect(readme.match(/\b[Ii]ssues? #?\d+|(?<![&\w])#\d+\b/g)).toBeNull();
});

test("'Diagnostics': the table lists every rule id the code reports", () => {
	const readme = readFileSync(README, "utf8");
	const listed = new Set([...readme.matchAll(/^\| `([a-z-]+\/[a-z-]+)` \|/gm)].map((match) => match[1]));
	const areas = [...new Set([...listed].map((rule) => rule?.split("/")[0]))].join("|");
	// A rule id is a string literal `"area/what-is-wrong"` in src/ with an area the table already has.
	const ruleRe = new RegExp(`"((?:${areas})/[a-z]+(?:-[a-z]+)*)"`, "g");
	const srcDir = new URL("../src/", import.meta.url);
	const reported = new Set<string>();
	for (const file of readdirSync(srcDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"))) {
		for (const match of readFileSync(new URL(file, srcDir), "utf8").matchAll(ruleRe)) reported.add(match[1] ?? "");
	}
	expect(reported.size).toBeGreaterThan(40);
	expect([...reported].filter((rule) => !listed.has(rule))).toEqual([]);
});
