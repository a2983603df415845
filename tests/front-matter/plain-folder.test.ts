import { describe, expect, test } from "vitest";
import type { BuildResult } from "../../src/build-result.js";
import { buildFolder } from "../support/build-folder.js";

// A folder no generator claims is often one copied out of a Hugo site, whose files may open with JSON front matter or
// with blank lines before the fence. Read as Hugo reads them where that is surely meant; otherwise the text is the body.

const errorsOf = (result: BuildResult) => result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
const BODY = "The ferry ran on time all week, the first time since the storms of March.";

describe("front matter in a plain folder", () => {
	test("a file opening with a JSON object's first key has JSON front matter", async () => {
		const { result, items } = await buildFolder({
			"ferry.md": `{\n  "title": "Ferry back on time",\n  "date": "2024-03-02T10:00:00Z",\n  "tags": ["ferry", "harbour"]\n}\n\n${BODY}\n`,
		});
		expect(errorsOf(result)).toEqual([]);
		expect(items).toMatchObject([
			{ title: "Ferry back on time", date_published: "2024-03-02T10:00:00.000Z", tags: ["ferry", "harbour"] },
		]);
		expect(items[0]?.content_html).toContain(BODY);
		expect(items[0]?.content_html).not.toContain("title");
	});

	test("broken JSON front matter says where and what, with its line", async () => {
		const { result, items } = await buildFolder({
			"ferry.md": `{\n  "title": "Ferry back on time",\n  "date": "2024-03-02T10:00:00Z",,\n}\n\n${BODY}\n`,
			"2024-03-01-pier.md": `---\ntitle: Pier\n---\n\n${BODY}\n`,
		});
		expect(items.map((item) => item.title)).toEqual(["Pier"]);
		expect(errorsOf(result)).toMatchObject([
			{ rule: "front-matter/invalid-json", file: expect.stringContaining("ferry.md"), line: 3 },
		]);
	});

	test("front matter after blank lines is read, and its lines counted from the top of the file", async () => {
		const { result, items } = await buildFolder({
			"pier.md": `\n\n---\ntitle: Pier reopens\ndate: 2024-03-03\n---\n\n${BODY}\n`,
		});
		expect(errorsOf(result)).toEqual([]);
		expect(items).toMatchObject([{ title: "Pier reopens", date_published: "2024-03-03T00:00:00.000Z" }]);
		expect(items[0]?.content_html).not.toContain("Pier reopens");
	});

	test("a text file whose body has a rule after blank lines keeps it as its body", async () => {
		const { result, items } = await buildFolder({
			"2024-03-04-notes.txt": `Harbour notes for March\n\n---\n${BODY}\n---\n`,
			"2024-03-05-more.md": `\n\n---\nNot a key and value, only a line under a rule\n---\n\n# More notes\n\n${BODY}\n`,
		});
		expect(errorsOf(result)).toEqual([]);
		expect(items.map((item) => item.title).sort()).toEqual(["Harbour notes for March", "More notes"]);
		expect(items.find((item) => item.title === "More notes")?.content_html).toContain("Not a key and value");
	});
});
