import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build, exitCodeFor } from "../../src/index.js";
import {
	BUILD_ARGS,
	COMPANION,
	copyFixtures,
	findFeedProblems,
	jsonItems,
	readFeeds,
	runCli,
	SITE,
	siteBuildOptions,
	useTempDirs,
} from "./support.js";

const tempDir = useTempDirs();
const DEPTH = 2000;
const nest = (open: string, close: string, inner: string, depth = DEPTH) =>
	`${open.repeat(depth)}${inner}${close.repeat(depth)}`;
const page = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2021-08-01\n---\n\n${body}\n`;

// Generated, not fixtures: each is one small file (tens of KB) nested thousands of levels deep.
const DEEP_BODIES: Readonly<Record<string, string>> = {
	"deep-div.html": page("Deep divs", nest("<div>", "</div>", "<p>The deepest words.</p>")),
	"deep-blockquote.md": page("Deep quotes", nest("<blockquote>", "</blockquote>", "The deepest words.")),
	"deep-span.md": page("Deep spans", `<p>${nest("<span>", "</span>", "The deepest words.")}</p>`),
	"deep-b.html": page("Deep bold", `<p>${nest("<b>", "</b>", "The deepest words.")}</p>`),
	"deep-list.html": page("Deep list", nest("<ul><li>", "</li></ul>", "The deepest words.")),
	"deep-table.html": page("Deep tables", nest("<table><tr><td>", "</td></tr></table>", "The deepest words.", 700)),
	"deep-svg.html": page(
		"Deep svg",
		`<p>Before the picture.</p>${nest("<svg><g>", "</g></svg>", "x", 1000)}<p>The deepest words.</p>`,
	),
	"deep-markdown-quote.md": page("Deep Markdown quotes", `${">".repeat(DEPTH)} The deepest words.`),
	"deep-markdown-list.md": page(
		"Deep Markdown list",
		Array.from({ length: 300 }, (_, level) => `${"  ".repeat(level)}- item ${level}`).join("\n") +
			"\n\nThe deepest words.",
	),
	"deep-markdown-emphasis.md": page("Deep emphasis", `${"*".repeat(DEPTH)}The deepest words.${"*".repeat(DEPTH)}`),
};

const DEEP_FRONT_MATTER: Readonly<Record<string, string>> = {
	"deep-toml.md": `+++\ntitle = "Deep TOML"\nx = ${"[".repeat(5000)}${"]".repeat(5000)}\n+++\n\nText.\n`,
	"deep-json.md": `---json\n{"title": "Deep JSON", "x": ${"[".repeat(5000)}${"]".repeat(5000)}}\n---\n\nText.\n`,
	"deep-yaml-block.md": `---\ntitle: Deep YAML\nx:\n${Array.from({ length: 500 }, (_, i) => `${" ".repeat(i + 1)}- `).join("\n")}1\n---\n\nText.\n`,
	"deep-title.md": `---\ntitle: "${nest("<b>", "</b>", "Deep title", 5000)}"\ndate: 2021-08-01\n---\n\nText under a deep title.\n`,
};

async function buildAll(files: Readonly<Record<string, string>>): Promise<{ tmp: string }> {
	const tmp = await tempDir();
	await copyFixtures([COMPANION], join(tmp, "articles"));
	for (const [name, text] of Object.entries(files)) await writeFile(join(tmp, "articles", name), text);
	return { tmp };
}

describe("security: one deeply nested article never stops the build (issue #11, finding 2)", () => {
	test("2,000 nested div, blockquote, span, b, ul/li, tables, svg, Markdown quotes, lists and emphasis: each is published flattened, with a warning naming it", {
		timeout: 120_000,
	}, async () => {
		const { tmp } = await buildAll(DEEP_BODIES);
		const result = await build(siteBuildOptions(tmp, "cache"));
		expect(result.status).toBe("written");
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		const feeds = await readFeeds(join(tmp, "out"));
		expect(findFeedProblems(feeds)).toEqual([]);
		const items = jsonItems(feeds);
		for (const name of Object.keys(DEEP_BODIES)) {
			const slug = name.replace(/\.\w+$/, "");
			const item = items.find((entry) => entry.url.endsWith(`/${slug}/`));
			expect(item, `${name} is published`).toBeDefined();
			// Flattening keeps every word of the article.
			expect(item?.content_html, name).toContain("The deepest words.");
		}
		for (const name of ["deep-div.html", "deep-blockquote.md", "deep-markdown-quote.md", "deep-table.html"]) {
			expect(result.diagnostics).toContainEqual(
				expect.objectContaining({ severity: "warning", rule: "clean/too-deep", file: `articles/${name}` }),
			);
		}
		expect(items.map((item) => item.url)).toContain("https://hostile.example.org/good-companion/");
	});

	test("front matter nested thousands deep (TOML, JSON, YAML) is rejected by name; a title of 5,000 nested tags is read", {
		timeout: 60_000,
	}, async () => {
		const { tmp } = await buildAll(DEEP_FRONT_MATTER);
		const result = await build(siteBuildOptions(tmp, false));
		expect(result.status).toBe("written");
		for (const name of ["deep-toml.md", "deep-json.md", "deep-yaml-block.md"]) {
			expect(result.diagnostics).toContainEqual(
				expect.objectContaining({
					severity: "error",
					file: `articles/${name}`,
					rule: expect.stringMatching(/^front-matter\//),
				}),
			);
		}
		expect(result.items.map((item) => item.title)).toContain("Deep title");
	});

	// Quotes and lists nested past the limit, flattened into markup the parser reads back otherwise: the body is cleaned a
	// second time as readers will read it, and that pass warned again, so the warning was printed twice.
	test("one warning for a body flattened, even when it is cleaned again as read back", async () => {
		const tmp = await tempDir();
		await mkdir(join(tmp, "articles"), { recursive: true });
		const lines = Array.from({ length: 100 }, (_, i) => `${"> ".repeat(i % 50)}${"- ".repeat(i % 30)}item ${i}`);
		await writeFile(join(tmp, "articles", "quotes-and-lists.md"), page("Quotes and lists", lines.join("\n")));
		const result = await build(siteBuildOptions(tmp, false));
		expect(result.diagnostics.filter((d) => d.rule === "clean/too-deep")).toHaveLength(1);
		expect(result.items.map((item) => item.title)).toEqual(["Quotes and lists"]);
	});

	test("through the CLI: exit 0, the feeds written, no stack trace", { timeout: 60_000 }, async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		await mkdir(join(tmp, "articles"), { recursive: true });
		await writeFile(join(tmp, "articles", "deep-div.html"), DEEP_BODIES["deep-div.html"] ?? "");
		await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
		const run = await runCli(BUILD_ARGS, { cwd: tmp });
		expect(run.stderr).not.toMatch(/call stack|RangeError|\n\s+at /);
		expect(run.code, run.stderr).toBe(0);
		expect(run.stderr).toMatch(/^articles\/deep-div\.html(?::\d+)? {2}warning {2}.* {2}clean\/too-deep$/m);
	});
});
