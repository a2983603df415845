import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build, type Diagnostic, type Severity } from "../../src/index.js";
import {
	BUILD_ARGS,
	copyFixtures,
	FIXTURES,
	findFeedProblems,
	listTree,
	makeSiteConfig,
	NOW,
	OUT_NAMES,
	readFeeds,
	runCli,
	SITE,
	useTempDirs,
} from "./support.js";

/** What must happen to each fixture: published, or a diagnostic with this rule and severity (and not published). */
type Outcome = "published" | { readonly rule: string; readonly severity: Severity };
const error = (rule: string): Outcome => ({ rule, severity: "error" });

const EXPECTED: Readonly<Record<string, Outcome>> = {
	"good-companion.md": "published",
	"fm-js.md": error("front-matter/unsupported-language"),
	"fm-javascript.md": error("front-matter/unsupported-language"),
	"fm-coffee.md": error("front-matter/unsupported-language"),
	"fm-toml-fence-js.md": error("front-matter/unsupported-language"),
	"fm-uppercase-json.md": "published",
	"2021-05-31-hr-first-line.md": "published",
	"yaml-alias-bomb.md": error("front-matter/too-complex"),
	"yaml-deep-nesting.md": error("front-matter/invalid-yaml"),
	"yaml-unclosed-quote.md": error("front-matter/invalid-yaml"),
	"yaml-bad-indentation.md": error("front-matter/invalid-yaml"),
	"toml-unclosed-string.md": error("front-matter/invalid-toml"),
	"json-trailing-comma.md": error("front-matter/invalid-json"),
	"fm-unterminated.md": error("front-matter/unterminated"),
	"date-impossible.md": error("front-matter/invalid-date"),
	"date-ambiguous.md": error("front-matter/invalid-date"),
	"date-bad-zone.md": error("front-matter/invalid-date"),
	"date-far-past.md": "published",
	"date-far-future.md": { rule: "select/scheduled", severity: "info" },
	"title-missing.md": error("article/missing-title"),
	"title-only-markup.md": error("article/missing-title"),
	"duplicate-id-a.md": "published",
	"duplicate-id-b.md": error("article/duplicate-id"),
	"duplicate-slug-a.md": "published",
	"duplicate-slug-b.md": error("article/duplicate-id"),
	"empty-file.md": error("article/missing-title"),
	"front-matter-only.md": { rule: "clean/empty-body", severity: "warning" },
	"bom-crlf.md": "published",
	"invalid-utf8.md": error("load/invalid-utf8"),
	"binary.md": error("load/binary"),
	"nul-in-body.md": error("load/binary"),
	"control-chars.md": "published",
	"slug-traversal.md": "published",
	"id-traversal.md": "published",
	"permalink-absolute.md": "published",
	"permalink-encoded-traversal.md": "published",
	"permalink-file-url.md": "published",
	"caf%c3%a9-percent-encoded.md": "published",
	"🔥🔥🔥.md": "published",
	"zero\u200bwidth\u200dname.md": "published",
	"markup-script.md": "published",
	"markup-svg-script.md": "published",
	"markup-event-handler.md": "published",
	"markup-javascript-link.md": "published",
	"markup-iframe.md": "published",
	"markup-style.md": "published",
	"markup-form.md": "published",
	"markup-data-url.md": "published",
	"markup-unclosed-tags.md": "published",
	"markup-cdata-body.md": "published",
	"markup-cdata-title.md": "published",
	"markup-tag-lt.md": "published",
	"url-javascript-spaced.md": "published",
	"url-source-javascript.md": "published",
	"url-source-mailto.md": "published",
	"url-front-matter-spaced.md": "published",
	"toml-local-date.md": "published",
	"toml-local-datetime.md": "published",
	"toml-local-time.md": error("front-matter/invalid-date"),
};

async function listFixtures(): Promise<string[]> {
	return (await readdir(FIXTURES)).filter((name) => name !== "README.md" && !name.startsWith(".")).sort();
}

/**
 * Every hostile fixture at once, beside a folder of good articles (`companions`, copied in as `articles/corpus/`):
 * the companions published exactly as they are alone, each bad fixture rejected with its own message, only out/
 * written. `npm test` runs it beside the sample articles, `npm run test:corpus` beside the real corpus.
 */
export function describeAllTogether(label: string, companions: string, minPublished: number): void {
	describe(`every hostile fixture at once, beside ${label}`, () => {
		const tempDir = useTempDirs();

		test("each fixture has an expected outcome and a line in the fixtures README", async () => {
			const fixtures = await listFixtures();
			expect(fixtures).toEqual(Object.keys(EXPECTED).sort());
			const readme = await readFile(join(FIXTURES, "README.md"), "utf8");
			for (const name of fixtures) expect(readme, `README line for ${name}`).toContain(`\`${name}\``);
		});

		test("good articles are all published, each bad one is rejected with its own message, only out/ is written", {
			timeout: 60_000,
		}, async () => {
			const tmp = await tempDir();
			await copyFixtures(await listFixtures(), join(tmp, "articles", "hostile"));
			await cp(companions, join(tmp, "articles", "corpus"), { recursive: true });
			const site = {
				...SITE,
				limit: 500,
				ignore: ["**/NOTES.md", "**/SOURCES.md"],
			};
			await writeFile(join(tmp, "site.json"), JSON.stringify(site));

			// The corpus alone decides which of its articles are good.
			const alone = await build({
				config: makeSiteConfig(site),
				articlesDir: companions,
				write: false,
				cacheDir: false,
				now: NOW,
				cwd: companions,
			});
			const corpusPublished = alone.items.map((item) => `articles/corpus/${item.file}`).sort();
			expect(corpusPublished.length).toBeGreaterThanOrEqual(minPublished);

			const before = await listTree(tmp);
			const run = await runCli([...BUILD_ARGS, "--json"], { cwd: tmp, timeout: 50_000 });
			expect(run.code, run.stderr).toBe(1);
			const report: { items: { file: string }[]; diagnostics: Diagnostic[] } = JSON.parse(run.stdout);
			const published = new Set(report.items.map((item) => item.file));

			for (const [name, outcome] of Object.entries(EXPECTED)) {
				const file = `articles/hostile/${name}`;
				if (outcome === "published") {
					expect(published.has(file), `${name} should be published`).toBe(true);
					expect(report.diagnostics.filter((d) => d.file === file && d.severity === "error")).toEqual([]);
					continue;
				}
				expect(published.has(file), `${name} should not be published`).toBe(false);
				expect(report.diagnostics, `${name}: ${outcome.rule}`).toContainEqual(
					expect.objectContaining({
						file,
						rule: outcome.rule,
						severity: outcome.severity,
						message: expect.any(String),
					}),
				);
			}
			expect([...published].filter((file) => file.startsWith("articles/corpus/")).sort()).toEqual(corpusPublished);

			const feeds = await readFeeds(join(tmp, "out"));
			expect(findFeedProblems(feeds)).toEqual([]);
			expect(await listTree(tmp)).toEqual([...before, ...OUT_NAMES.map((name) => `out/${name}`)].sort());
		});
	});
}
