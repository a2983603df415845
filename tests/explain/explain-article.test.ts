import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { build } from "../../src/build.js";
import { explainArticle } from "../../src/explain/explain-article.js";
import { makeConfig } from "../factories.js";

const NOW = new Date("2024-06-01T12:00:00Z");
// With a limit of 1 the evidence window is the 100 newest candidates.
const CONFIG = { url: "https://news.example.org/", title: "Example Wire", limit: 1 };
const SIGN_OFF = "Follow the Example Wire desk on every platform for more stories like this one.";
const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Scraped stories: their paragraphs as the scraper stored them, in HTML (a Markdown post is its author's, whose
// repeated sign-off stays).
function writeArticle(dir: string, name: string, date: string, body: string, extra = ""): void {
	const html = body
		.split("\n\n")
		.map((paragraph) => `<p>${paragraph}</p>`)
		.join("\n");
	writeFileSync(join(dir, name), `---\ntitle: "Story ${name}"\ndate: ${date}\n${extra}---\n\n${html}\n`);
}

// Three stories end with the same sign-off: the newest, one just older, and the 101st newest. Between them, a file
// whose head the quick scan reads but whose front matter does not validate (tags as a mapping): a build's window
// holds it (rejected only when rendered), so the third sign-off is outside the window and recurs in two articles.
function writeFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), "wirefeed-explain-"));
	dirs.push(dir);
	writeArticle(
		dir,
		"newest.md",
		"2024-05-30 10:00",
		`The harbour reopened on Monday.\n\nFerries ran late.\n\n${SIGN_OFF}`,
	);
	writeArticle(
		dir,
		"older.md",
		"2024-05-29 10:00",
		`The bridge vote was delayed.\n\nCouncil met twice.\n\n${SIGN_OFF}`,
	);
	writeArticle(dir, "invalid.md", "2024-05-28 10:00", "A story with broken tags.", "tags: {harbour: 1}\n");
	for (let index = 0; index < 97; index++) {
		const day = new Date(Date.UTC(2024, 4, 27) - index * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
		writeArticle(dir, `filler-${index}.md`, day, `Filler story number ${index} has one paragraph.`);
	}
	writeArticle(dir, "oldest.md", "2024-01-01 10:00", `The ferry strike ended.\n\nUnions agreed.\n\n${SIGN_OFF}`);
	return dir;
}

describe("explainArticle", () => {
	test("learns the evidence from the window a build learns it from", async () => {
		const dir = writeFolder();
		const result = await build({ articlesDir: dir, config: CONFIG, now: NOW, write: false, cacheDir: false, cwd: dir });
		const published = result.outputs?.json ?? "";
		// The build keeps the sign-off: it recurs in two of its window's articles only.
		expect(published).toContain("Follow the Example Wire desk");
		const explanation = explainArticle(join(dir, "newest.md"), {
			config: makeConfig(CONFIG),
			cwd: dir,
			articlesDir: dir,
			now: NOW,
		});
		expect(explanation.hits).toEqual(expect.not.objectContaining({ boilerplate: expect.any(Number) }));
		expect(explanation.steps.map((step) => step.rule)).not.toContain("boilerplate");
	});

	test("with --strict, learns from a strict build's window: every file validated, the broken one left out", () => {
		const dir = writeFolder();
		const options = { config: makeConfig(CONFIG), cwd: dir, articlesDir: dir, now: NOW, strict: true };
		const explanation = explainArticle(join(dir, "newest.md"), options);
		expect(explanation.hits).toMatchObject({ boilerplate: 1 });
	});

	// A build links a post's references to the folder's other posts; explaining it must not say they name nothing.
	test("resolves links to the folder's other posts as a build does", () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-explain-"));
		dirs.push(dir);
		writeArticle(dir, "tides.md", "2024-05-01 10:00", "The tide tables.");
		writeArticle(dir, "pier.md", "2024-05-02 10:00", 'See [the tides]({{< ref "tides.md" >}}) first.');
		const explanation = explainArticle(join(dir, "pier.md"), {
			config: makeConfig(CONFIG),
			cwd: dir,
			articlesDir: dir,
			now: NOW,
		});
		expect(explanation.diagnostics.map((diagnostic) => diagnostic.rule)).not.toContain("site/unresolved-link");
	});
});
