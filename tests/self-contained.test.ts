import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "./support/build-feeds.js";

// `npm test` reads nothing outside the repository: a clone anywhere passes it. Only tests/corpus/ (`npm run
// test:corpus`) may reach the real articles beside the repository, through tests/support/shared-dirs.ts. This guard
// reads every test source outside tests/corpus/ for a way out of the repository.

/** Ways a test could reach outside the repository, each with what to do instead. */
const ESCAPES: readonly { readonly pattern: RegExp; readonly instead: string }[] = [
	{ pattern: /shared-dirs(\.js)?["']/, instead: "only tests/corpus/ may import tests/support/shared-dirs.ts" },
	{ pattern: /\.\.[/\\]shared\b/, instead: "write a fixture in tests/fixtures/, or move the suite to tests/corpus/" },
	{ pattern: /\/work\//, instead: "use a path inside the repository or a temporary folder" },
	{ pattern: /WIREFEED_CORPUS/, instead: "only tests/corpus/ reads the corpus" },
	{
		pattern: /(REPO_ROOT|ROOT)\s*,\s*["']\.\.(["'/\\])/,
		instead: "stay inside the repository (REPO_ROOT/..)",
	},
	{ pattern: /new URL\(\s*["'](\.\.\/){3,}/, instead: "stay inside the repository (a URL above its root)" },
];

/** The escapes in one source text, as `line: pattern → what to do`. */
function findEscapes(text: string): string[] {
	return text
		.split("\n")
		.flatMap((line, index) =>
			ESCAPES.filter(({ pattern }) => pattern.test(line)).map(
				({ instead }) => `${index + 1}: ${line.trim()} → ${instead}`,
			),
		);
}

const testSources = () =>
	readdirSync(join(REPO_ROOT, "tests"), { recursive: true, encoding: "utf8" })
		.map((path) => path.replaceAll("\\", "/"))
		.filter((path) => /\.(ts|js|mjs|cjs)$/.test(path))
		.filter((path) => !path.startsWith("corpus/") && !path.startsWith("fixtures/"))
		.filter((path) => path !== "support/shared-dirs.ts" && path !== "self-contained.test.ts");

describe("npm test is self-contained", () => {
	test("no test outside tests/corpus/ names a path outside the repository", () => {
		const sources = testSources();
		expect(sources.length).toBeGreaterThan(50);
		const found = sources.flatMap((path) =>
			findEscapes(readFileSync(join(REPO_ROOT, "tests", path), "utf8")).map((found) => `tests/${path}:${found}`),
		);
		expect(found).toEqual([]);
	});

	test("the default vitest config leaves tests/corpus/ out", () => {
		const config = readFileSync(join(REPO_ROOT, "vitest.config.ts"), "utf8");
		expect(config).toMatch(/exclude: \[[^\]]*"tests\/corpus\/\*\*"/);
	});

	test("the guard finds each kind of escape", () => {
		const escapes = [
			'import { CORPUS_DIR } from "../support/shared-dirs.js";',
			'const dir = resolve(REPO_ROOT, "../shared/corpus");',
			'readFileSync("/work/shared/examples/x.txt")',
			"process.env.WIREFEED_CORPUS",
			'join(REPO_ROOT, "..", "elsewhere")',
			'new URL("../../../elsewhere/", import.meta.url)',
		];
		expect(escapes.filter((line) => findEscapes(line).length === 0)).toEqual([]);
		expect(findEscapes('join(REPO_ROOT, "tests", "fixtures")')).toEqual([]);
	});
});
