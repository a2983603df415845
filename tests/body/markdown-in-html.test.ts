import { describe, expect, it } from "vitest";
import { renderOneArticle } from "../support/render-one-article.js";

// kramdown (Jekyll) and PHP Markdown Extra read the Markdown inside an HTML block marked `markdown="1"`, as Minimal
// Mistakes' notices are written; a feed showed its `**bold**` and `* items` as written. The expected HTML is what
// Jekyll 4.3's kramdown made of the same text (less its indentation, ids and the classes the cleaner drops).
const htmlOf = (body: string) =>
	renderOneArticle("post.md", `---\ntitle: Harbour notice\ndate: 2024-05-01\n---\n\n${body}\n`);

describe('Markdown inside an HTML block marked markdown="1"', () => {
	it("is read as Markdown, nested blocks too, inside the block's tags", async () => {
		const html = await htmlOf(
			[
				'<div class="notice--info" markdown="1">',
				"**Watch out!** The pier is *closed*.",
				"",
				"* north gate",
				"* south gate",
				"",
				"<div markdown='1'>",
				"Ask at the `office`.",
				"</div>",
				"</div>",
				"",
				'<section markdown="block">',
				"## Tides",
				"</section>",
			].join("\n"),
		);
		expect(html).toBe(
			[
				"<div>",
				"<p><strong>Watch out!</strong> The pier is <em>closed</em>.</p>",
				"<ul>\n<li>north gate</li>\n<li>south gate</li>\n</ul>",
				"<div>\n<p>Ask at the <code>office</code>.</p>\n</div>",
				"</div>",
				"<div>\n<h2>Tides</h2>\n</div>",
			].join("\n"),
		);
	});

	it("leaves a block without the attribute, one in code and one not closed on a line of its own as they are", async () => {
		const html = await htmlOf(
			[
				"<div>",
				"**as written**",
				"</div>",
				"",
				"```html",
				'<div markdown="1">',
				"**code**",
				"</div>",
				"```",
				"",
				'<div markdown="1">',
				"**inline close**</div>",
			].join("\n"),
		);
		expect(html).toContain("<div>\n**as written**\n</div>");
		expect(html).toContain('&lt;div markdown="1">\n**code**\n&lt;/div>');
		expect(html).toContain("**inline close**");
	});
});
