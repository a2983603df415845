import { describe, expect, it } from "vitest";
import { renderOneArticle } from "../support/render-one-article.js";

// GitHub's alerts (`> [!NOTE]`), which Hugo, Astro and Eleventy themes render as callouts, and Obsidian's callouts
// (`> [!tip] Title`, any type, `-`/`+` for folding): a reader must see the label, never the marker.
const htmlOf = (body: string) =>
	renderOneArticle("post.md", `---\ntitle: Tarring the pier\ndate: 2024-05-01\n---\n\n${body}\n`);

describe("alerts and callouts in Markdown", () => {
	it("turns a GitHub alert's marker into its label", async () => {
		const html = await htmlOf(["> [!NOTE]", "> Tar takes two days to dry in cool weather."].join("\n"));
		expect(html).toBe(
			"<blockquote>\n<p><strong>Note</strong></p>\n<p>Tar takes two days to dry in cool weather.</p>\n</blockquote>",
		);
	});

	it("reads each of GitHub's five types, in any case", async () => {
		for (const [marker, label] of [
			["[!TIP]", "Tip"],
			["[!important]", "Important"],
			["[!Warning]", "Warning"],
			["[!CAUTION]", "Caution"],
		]) {
			const html = await htmlOf(`> ${marker}\n> Never tar the steps.`);
			expect(html).toContain(`<p><strong>${label}</strong></p>\n<p>Never tar the steps.</p>`);
		}
	});

	it("keeps an Obsidian callout's own title, without its folding sign, as text", async () => {
		const html = await htmlOf(["> [!tip]- Buy tar <early>", ">", "> In March it is cheaper."].join("\n"));
		expect(html).toBe(
			"<blockquote>\n<p><strong>Buy tar &lt;early></strong></p>\n<p>In March it is cheaper.</p>\n</blockquote>",
		);
	});

	it("leaves a quotation that only mentions brackets, and a marker inside code, alone", async () => {
		const quote = await htmlOf("> The sign said [!] in red.");
		expect(quote).toBe("<blockquote>\n<p>The sign said [!] in red.</p>\n</blockquote>");
		const code = await htmlOf("```\n> [!NOTE]\n> text\n```");
		expect(code).toBe("<pre><code>> [!NOTE]\n> text\n</code></pre>");
	});

	it("keeps a quotation nested in an alert", async () => {
		const html = await htmlOf(["> [!NOTE]", "> The harbour master wrote:", "> > Tar in spring."].join("\n"));
		expect(html).toBe(
			"<blockquote>\n<p><strong>Note</strong></p>\n<p>The harbour master wrote:</p>\n<blockquote>\n<p>Tar in spring.</p>\n</blockquote>\n</blockquote>",
		);
	});
});
