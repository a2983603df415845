import { describe, expect, it } from "vitest";
import { renderOneArticle } from "../support/render-one-article.js";

// Hugo's goldmark and Jekyll's kramdown read definition lists by default (PHP Markdown Extra's syntax): a term, then
// lines starting with ": ". A feed showed "Term : A definition" as one paragraph.
const htmlOf = (body: string) =>
	renderOneArticle("post.md", `---\ntitle: Harbour words\ndate: 2024-05-01\n---\n\n${body}\n`);

describe("definition lists in Markdown", () => {
	it("reads a term and its definitions as a definition list", async () => {
		const html = await htmlOf(["Bollard", ": A short post for mooring lines.", ": Also a traffic post."].join("\n"));
		expect(html).toBe(
			"<dl>\n<dt>Bollard</dt>\n<dd>A short post for mooring lines.</dd>\n<dd>Also a traffic post.</dd>\n</dl>",
		);
	});

	it("leaves a colon inside a sentence, and a line that does not start with one, alone", async () => {
		const html = await htmlOf("Ratio 1 : 2 is common.\nThe harbour: busy.");
		expect(html).toBe("<p>Ratio 1 : 2 is common.\nThe harbour: busy.</p>");
	});
});
