import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
	BUILD_ARGS,
	buildCase,
	COMPANION,
	copyFixtures,
	expectPublished,
	expectRejected,
	FEED_NAMES,
	runCli,
	SITE,
	useTempDirs,
} from "./support.js";

const tempDir = useTempDirs();

describe("front matter that would run code", () => {
	const cases = [
		{ name: "fm-js.md", marker: "/tmp/wirefeed-hostile-pwned-js" },
		{
			name: "fm-javascript.md",
			marker: "/tmp/wirefeed-hostile-pwned-javascript",
		},
		{ name: "fm-coffee.md", marker: "/tmp/wirefeed-hostile-pwned-coffee" },
		{
			name: "fm-toml-fence-js.md",
			marker: "/tmp/wirefeed-hostile-pwned-toml-js",
		},
	];

	test("security: ---js, ---javascript, ---coffee and +++js are refused by the real CLI and nothing is evaluated", async () => {
		for (const { marker } of cases) await rm(marker, { force: true });
		const tmp = await tempDir();
		await copyFixtures([COMPANION, ...cases.map((c) => c.name)], join(tmp, "articles"));
		await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
		const run = await runCli([...BUILD_ARGS, "--json"], { cwd: tmp });
		expect(run.code).toBe(1);
		const report = JSON.parse(run.stdout);
		for (const { name, marker } of cases) {
			expect(report.diagnostics).toContainEqual(
				expect.objectContaining({
					severity: "error",
					file: `articles/${name}`,
					rule: "front-matter/unsupported-language",
					line: 1,
					column: 4,
				}),
			);
			expect(existsSync(marker), `${name} ran code`).toBe(false);
		}
		expect(report.items.map((item: { file: string }) => item.file)).toEqual([`articles/${COMPANION}`]);
		for (const feed of FEED_NAMES) expect(existsSync(join(tmp, "out", feed))).toBe(true);
	});

	test("+++js (a TOML fence naming a language) is refused, not a crash of the whole build", async () => {
		expectRejected(
			await buildCase(tempDir, ["fm-toml-fence-js.md"]),
			"fm-toml-fence-js.md",
			"front-matter/unsupported-language",
			{
				line: 1,
				column: 4,
			},
		);
	});

	test("---JSON (language in capitals) is read as JSON, not a crash of the whole build", async () => {
		expectPublished(await buildCase(tempDir, ["fm-uppercase-json.md"]), "fm-uppercase-json.md");
	});

	test("a first line of five dashes is a Markdown thematic break, not a fence naming a language", async () => {
		const run = await buildCase(tempDir, ["2021-05-31-hr-first-line.md"]);
		expectPublished(run, "2021-05-31-hr-first-line.md");
		expect(run.result.items.map((item) => item.title)).toContain("A thematic break on line 1 is not a fence");
	});
});

describe("YAML that expands without bound", () => {
	test("an alias bomb (10^10 laughs) is refused within bounded time and memory", async () => {
		const heapBefore = process.memoryUsage().heapUsed;
		const started = performance.now();
		const run = await buildCase(tempDir, ["yaml-alias-bomb.md"]);
		const diagnostic = expectRejected(run, "yaml-alias-bomb.md", "front-matter/too-complex", { line: 1 });
		expect(diagnostic.message).toMatch(/more than 10000 values/);
		// Generous bounds: an unbounded expansion would take minutes and gigabytes.
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 1024 * 1024);
	});

	test("3000 levels of nesting are refused with the parser's position", async () => {
		const run = await buildCase(tempDir, ["yaml-deep-nesting.md"]);
		const diagnostic = expectRejected(run, "yaml-deep-nesting.md", "front-matter/invalid-yaml", { line: 4 });
		expect(diagnostic.column).toBeGreaterThan(1);
		expect(diagnostic.message).toMatch(/nesting/);
	});
});

describe("broken front matter reports the parser's line and column", () => {
	test("YAML: an unclosed quote", async () => {
		const run = await buildCase(tempDir, ["yaml-unclosed-quote.md"]);
		const diagnostic = expectRejected(run, "yaml-unclosed-quote.md", "front-matter/invalid-yaml", {
			line: 4,
			column: 1,
		});
		expect(diagnostic.message).toMatch(/double quoted scalar/);
	});

	test("YAML: bad indentation", async () => {
		const run = await buildCase(tempDir, ["yaml-bad-indentation.md"]);
		const diagnostic = expectRejected(run, "yaml-bad-indentation.md", "front-matter/invalid-yaml", {
			line: 3,
			column: 7,
		});
		expect(diagnostic.message).toMatch(/indentation/);
	});

	test("TOML: an unclosed string", async () => {
		expectRejected(
			await buildCase(tempDir, ["toml-unclosed-string.md"]),
			"toml-unclosed-string.md",
			"front-matter/invalid-toml",
			{
				line: 2,
				column: 30,
			},
		);
	});

	test("JSON: a trailing comma", async () => {
		const run = await buildCase(tempDir, ["json-trailing-comma.md"]);
		expect(expectRejected(run, "json-trailing-comma.md", "front-matter/invalid-json", { line: 1 }).message).toMatch(
			/JSON/,
		);
	});

	test("a missing closing --- fence", async () => {
		const run = await buildCase(tempDir, ["fm-unterminated.md"]);
		expect(
			expectRejected(run, "fm-unterminated.md", "front-matter/unterminated", {
				line: 1,
				column: 1,
			}).message,
		).toMatch(/never closed/);
	});
});
