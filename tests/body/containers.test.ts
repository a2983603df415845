import { describe, expect, it } from "vitest";
import { renderOneArticle } from "../support/render-one-article.js";

// Container blocks (`:::note … :::`): remark-directive's asides in Astro themes (Fuwari, Starlight-style blogs),
// VitePress and Docusaurus, and markdown-it-container in Eleventy sites. Sites render them as boxes; a feed showed the
// fences as text. They are what an alert is (alerts.test.ts): a quotation that opens with its label in bold.
const htmlOf = (body: string) =>
	renderOneArticle("post.md", `---\ntitle: Tarring the pier\ndate: 2024-05-01\n---\n\n${body}\n`);

describe("container blocks in Markdown", () => {
	it("labels a container by its kind", async () => {
		const html = await htmlOf([":::note", "Tar takes two days to dry in *cool* weather.", ":::"].join("\n"));
		expect(html).toBe(
			"<blockquote>\n<p><strong>Note</strong></p>\n<p>Tar takes two days to dry in <em>cool</em> weather.</p>\n</blockquote>",
		);
	});

	it("keeps a title given in brackets (remark-directive) or after the kind (VitePress, Docusaurus)", async () => {
		const bracketed = await htmlOf([":::caution[Wet <tar>]", "Never tar the steps.", ":::"].join("\n"));
		expect(bracketed).toContain("<p><strong>Wet &lt;tar></strong></p>\n<p>Never tar the steps.</p>");
		const spaced = await htmlOf(["::: tip Buy tar early", "In March it is cheaper.", ":::"].join("\n"));
		expect(spaced).toContain("<p><strong>Buy tar early</strong></p>\n<p>In March it is cheaper.</p>");
	});

	it("reads nested containers, with longer fences outside", async () => {
		const html = await htmlOf(["::::details", "Steps:", "", ":::warning", "Hot tar burns.", ":::", "::::"].join("\n"));
		expect(html).toMatch(
			/^<blockquote>\n<p><strong>Details<\/strong><\/p>\n<p>Steps:<\/p>\n<blockquote>\n<p><strong>Warning<\/strong><\/p>\n<p>Hot tar burns.<\/p>\n<\/blockquote>\n<\/blockquote>$/,
		);
	});

	it.each([
		["colons in prose", "The ratio is 3:::1, they said.", "<p>The ratio is 3:::1, they said.</p>"],
		["a fence in code", "```\n:::note\nx\n:::\n```", "<pre><code>:::note\nx\n:::\n</code></pre>"],
		["a lone fence with no kind", ":::\nText.\n:::", "<p>:::\nText.\n:::</p>"],
	])("leaves %s as written", async (_, body, expected) => {
		expect(await htmlOf(body)).toBe(expected);
	});
});
