import { expect, test } from "vitest";
import { buildFolder } from "../support/build-folder.js";

// A warning about a Markdown body names the line of the file where the author wrote what it is about. The body is
// rendered to HTML before it is cleaned, and a paragraph of three source lines, a blank line or a list becomes fewer
// lines of HTML: the cleaner's lines are the source's only when the HTML keeps the source's lines.
async function warningsOf(name: string, text: string) {
	const { result, items } = await buildFolder({ [name]: text });
	const html = items[0]?.content_html ?? "";
	const warnings = result.diagnostics
		.filter((diagnostic) => diagnostic.rule.startsWith("clean/"))
		.map((diagnostic) => [diagnostic.rule, diagnostic.line]);
	return { html, warnings };
}

const POST = [
	"---", // 1
	"title: The pier",
	"date: 2024-01-10",
	"---",
	"", // 5
	"The pier was rebuilt in spring, and the",
	"lamps were painted in summer, when the",
	"ferries were back.",
	"",
	"- the benches", // 10
	"- the gate",
	"",
	"```",
	"{% kept as written %}",
	"```", // 15
	"",
	"",
	"The harbour master {% include note.html %} signed it.",
	"",
	'A <a href="{{ page.link }}">link</a> here.', // 20
	"",
].join("\n");

test("a warning about a Markdown body names the line of the file", async () => {
	const { warnings } = await warningsOf("pier.md", POST);
	expect(warnings.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
		["clean/template-tag-removed", 18],
		["clean/template-tag-removed", 20],
	]);
});

test("a template tag whose argument is a URL is removed whole, with its warning, not linked", async () => {
	const post =
		"---\ntitle: Tags\ndate: 2024-01-10\n---\n\nBefore.\n\n{% fancybox http://harbour.example/a.jpg A caption %}\n\nAfter {% include video url=https://harbour.example/v %} it.\n";
	const { html, warnings } = await warningsOf("tags.md", post);
	expect(html).not.toMatch(/\{%|%\}|fancybox|harbour\.example\/(?:a\.jpg|v)/);
	expect(html).toContain("<p>After it.</p>");
	expect(warnings).toEqual([
		["clean/template-tag-removed", 8],
		["clean/template-tag-removed", 10],
	]);
});

// Keeping lines adds newlines only between blocks, where the cleaner collapses them: a block that the renderer opens
// right after another tag (a footnote's paragraph in its list item) stays where it is, so the item's bytes are the
// same as without line keeping.
test("a footnote's paragraph stays right after its list item's tag", async () => {
	const post =
		"---\ntitle: Notes\ndate: 2024-01-10\n---\n\nA claim.[^1]\n\nMore text.\n\n\n\n\n\n\n\n[^1]:\n    The footnote text,\n    on the lines under its label.\n";
	const { html } = await warningsOf("notes.md", post);
	expect(html).toMatch(/<li><p>The footnote text/);
});
