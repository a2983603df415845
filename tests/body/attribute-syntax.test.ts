import { describe, expect, it } from "vitest";
import { renderOneArticle } from "../support/render-one-article.js";

// Jekyll's kramdown, Hugo's goldmark and Pandoc give blocks, links and headings attributes in braces (`{: .note}`,
// `{:target="_blank"}`, `## Setup {#setup}`), and generators put a table of contents where a marker stands (kramdown's
// `* TOC` + `{:toc}`, markdown-it-table-of-contents' `[[toc]]`, Python-Markdown's `[TOC]`). A site shows none of that
// syntax as text; a feed reader must not either.
const htmlOf = (body: string) =>
	renderOneArticle("post.md", `---\ntitle: Tuning the harbour database\ndate: 2024-05-01\n---\n\n${body}\n`);

describe("attribute and table-of-contents syntax in Markdown", () => {
	it("drops kramdown's block attributes, on their own line after a block or before it", async () => {
		const html = await htmlOf(
			[
				"Set the buffers to a quarter of memory.",
				"{: .notice--info}",
				"",
				'{: #warning style="color: red"}',
				"Never run it on the primary.",
			].join("\n"),
		);
		expect(html).toBe("<p>Set the buffers to a quarter of memory.</p>\n<p>Never run it on the primary.</p>");
	});

	// A GFM table goes on up to a blank line, so the attribute line under it is read as one more row: the row goes too.
	it("drops kramdown's attributes under a table without leaving an empty row", async () => {
		const html = await htmlOf(
			["| Pier | Depth |", "|------|-------|", "| East | 4 m   |", "{: .table-striped}"].join("\n"),
		);
		expect(html).toBe(
			"<table>\n<thead>\n<tr>\n<th>Pier</th>\n<th>Depth</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>East</td>\n<td>4 m</td>\n</tr>\n</tbody>\n</table>",
		);
	});

	it("drops kramdown's span attributes after a link, an emphasis or code", async () => {
		const html = await htmlOf(
			'Read [the manual](https://db.example/manual){:target="_blank"} and *always*{: .loud} run `vacuum`{:.language-sql} first.',
		);
		expect(html).toBe(
			'<p>Read <a href="https://db.example/manual">the manual</a> and <em>always</em> run <code>vacuum</code> first.</p>',
		);
	});

	// kramdown sets an image's span attributes on its <img>: the size is kept, as a reader lays the picture out with it;
	// a class, an id or a style never reaches the feed.
	it("keeps the width and height kramdown's attributes give an image, and drops the rest", async () => {
		const html = await htmlOf(
			[
				'![The gauge](/img/gauge.png){: width="300" height="200" }',
				"",
				"![The old gauge](/img/old.png)",
				"{: .align-center}",
				"",
				"A tide icon ![icon](/img/icon.png){:width='16' .inline style=\"border: 0\"} in the line.",
				"",
				'![Wide](/img/wide.png){: .shadow width="50%" #wide}',
				"",
				// kramdown reads quoted values only.
				"![Bare](/img/bare.png){: width=50%}",
			].join("\n"),
		);
		expect(html).toBe(
			[
				'<p><img src="https://harbour.example/img/gauge.png" alt="The gauge" width="300" height="200"></p>',
				'<p><img src="https://harbour.example/img/old.png" alt="The old gauge"></p>',
				'<p>A tide icon <img src="https://harbour.example/img/icon.png" alt="icon" width="16"> in the line.</p>',
				'<p><img src="https://harbour.example/img/wide.png" alt="Wide" width="50%"></p>',
				'<p><img src="https://harbour.example/img/bare.png" alt="Bare"></p>',
			].join("\n"),
		);
	});

	it("removes kramdown's table of contents marker with the list it stands for", async () => {
		const html = await htmlOf(
			["* TOC", "{:toc}", "", "The harbour database is small.", "", "## Buffers", "", "Set them once."].join("\n"),
		);
		expect(html).toBe("<p>The harbour database is small.</p>\n<h2>Buffers</h2>\n<p>Set them once.</p>");
	});

	it("removes the table of contents markers of markdown-it's plugins, Python-Markdown and GitLab", async () => {
		// markdown-it-toc-done-right's placeholder is a dollar sign and "{toc}".
		for (const marker of ["[[toc]]", "[TOC]", "[[_TOC_]]", "\u0024{toc}"]) {
			expect(await htmlOf(`${marker}\n\nThe harbour database is small.`)).toBe("<p>The harbour database is small.</p>");
		}
	});

	it("drops heading attributes, as goldmark, kramdown and Pandoc read them", async () => {
		const html = await htmlOf(
			["## Shared buffers {#buffers}", "", "### Checkpoints {#checkpoints .no_toc}", "", "Set them once."].join("\n"),
		);
		expect(html).toBe("<h2>Shared buffers</h2>\n<h3>Checkpoints</h3>\n<p>Set them once.</p>");
	});

	it("keeps braces that are the article's text or code", async () => {
		const body = [
			"A set is written {1, 2, 3} and a map {a: 1}; an empty one is {}.",
			"",
			"## Why {braces} matter",
			"",
			"Write `{: .note}` under a paragraph to style it.",
			"",
			"```",
			"{:toc}",
			"[[toc]]",
			"```",
		].join("\n");
		const html = await htmlOf(body);
		expect(html).toContain("<p>A set is written {1, 2, 3} and a map {a: 1}; an empty one is {}.</p>");
		expect(html).toContain("<h2>Why {braces} matter</h2>");
		expect(html).toContain("<code>{: .note}</code>");
		expect(html).toContain("<pre><code>{:toc}\n[[toc]]\n</code></pre>");
	});

	// A fence's line highlights glued to its language (Gatsby's and Prism's "```jsx{1,3}") and an R Markdown chunk's
	// "```{r}": the code's language is still the language.
	it.each([
		["jsx{1,3}", "jsx"],
		["js{2-4} title=tide.js", "js"],
		["{r}", "r"],
		["{python, echo=FALSE}", "python"],
	])("reads the language of a fence written %s", async (info, language) => {
		const html = await htmlOf(`\`\`\`${info}\nconst tide = 1;\n\`\`\``);
		expect(html).toContain(`<pre><code class="language-${language}">const tide = 1;\n</code></pre>`);
	});
});
