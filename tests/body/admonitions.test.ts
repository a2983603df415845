import { describe, expect, it } from "vitest";
import { renderOneArticle } from "../support/render-one-article.js";

// Python-Markdown's admonitions (MkDocs' blog, Pelican): `!!! kind "Title"` and the block indented under it. The
// opening was a paragraph of its own and the indented paragraphs after a blank line were code. They are what an
// alert or a container is (alerts.test.ts, containers.test.ts): a quotation that opens with its title in bold.
const htmlOf = (body: string) =>
	renderOneArticle("post.md", `---\ntitle: Tarring the pier\ndate: 2024-05-01\n---\n\n${body}\n`);

describe("admonitions in Markdown", () => {
	it("keeps the title, without its quotes, over every indented paragraph", async () => {
		const html = await htmlOf(
			['!!! note "Before you start"', "    Buy the tar in *March*.", "", "    Then wait for dry weather."].join("\n"),
		);
		expect(html).toBe(
			"<blockquote>\n<p><strong>Before you start</strong></p>\n<p>Buy the tar in <em>March</em>.</p>\n<p>Then wait for dry weather.</p>\n</blockquote>",
		);
	});

	it('labels one without a title by its kind, and gives none to a title written ""', async () => {
		expect(await htmlOf(["!!! warning", "    Hot tar burns."].join("\n"))).toBe(
			"<blockquote>\n<p><strong>Warning</strong></p>\n<p>Hot tar burns.</p>\n</blockquote>",
		);
		expect(await htmlOf(['!!! danger ""', "    Hot tar burns."].join("\n"))).toBe(
			"<blockquote>\n<p>Hot tar burns.</p>\n</blockquote>",
		);
	});

	it.each([
		["exclamation marks in prose", "Wow!!! The pier is done.", "<p>Wow!!! The pier is done.</p>"],
		["an opening in code", '```\n!!! note "x"\n    y\n```', '<pre><code>!!! note "x"\n    y\n</code></pre>'],
	])("leaves %s as written", async (_, body, expected) => {
		expect(await htmlOf(body)).toBe(expected);
	});
});
