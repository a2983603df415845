import { expect, test } from "vitest";
import { buildFolder } from "../support/build-folder.js";

// A Zola site's pages copied into a plain articles folder (no config.toml, so no site is detected): their `@/` links
// name pages by their path under content/, and their shortcodes are the site's own templates.
test("a copied Zola page links @/ paths to the folder's posts and keeps its shortcodes' text and pictures", async () => {
	const { result, items } = await buildFolder(
		{
			"other.md": '+++\ntitle = "Other"\ndate = 2023-04-01\n+++\n\nOther text.\n',
			"post.md": [
				"+++",
				'title = "Pond post"',
				"date = 2023-05-01",
				"+++",
				"",
				"Intro.",
				"",
				'{% note(header="Heads up") %}',
				"The ice is thin.",
				"{% end %}",
				"",
				'{{ figure(src="/img/a.png", caption="A figure") }}',
				"",
				"See [the other post](@/blog/other.md) and [a gone one](@/blog/gone.md).",
				"",
			].join("\n"),
		},
		{ url: "https://pond.example/" },
	);
	const html = items.find((item) => item.title === "Pond post")?.content_html ?? "";
	expect(html).toContain("<blockquote>\n<p><strong>Heads up</strong></p>\n<p>The ice is thin.</p>\n</blockquote>");
	expect(html).toContain(
		'<figure><img src="https://pond.example/img/a.png" alt=""><figcaption>A figure</figcaption></figure>',
	);
	expect(html).toContain('<p>See <a href="https://pond.example/other/">the other post</a> and a gone one.</p>');
	expect(result.diagnostics.map((diagnostic) => diagnostic.rule)).not.toContain("clean/template-tag-removed");
	expect(result.diagnostics.filter((diagnostic) => diagnostic.rule === "site/unresolved-link")).toHaveLength(1);
});

// Zola's escape for writing a shortcode as text: `{{/* name(…) */}}` and `{%/* name(…) */%}` … `{%/* end */%}` show
// as `{{ name(…) }}` and `{% name(…) %}` … `{% end %}`, in code too (Zola reads them before Markdown).
test("an escaped Zola shortcode shows as the shortcode, in code spans and blocks", async () => {
	const { result, items } = await buildFolder({
		"post.md": [
			"+++",
			'title = "Writing shortcodes"',
			"date = 2023-05-01",
			"+++",
			"",
			'Call it as `{{/* youtube(id="abc") */}}` in a page.',
			"",
			"```",
			'{%/* note(header="Mind") */%}',
			"Body text.",
			"{%/* end */%}",
			"```",
			"",
			"A Go template comment stays: `{{/* a comment */}}`.",
			"",
		].join("\n"),
	});
	const html = items[0]?.content_html ?? "";
	expect(html).toContain('<p>Call it as <code>{{ youtube(id="abc") }}</code> in a page.</p>');
	expect(html).toContain('<pre><code>{% note(header="Mind") %}\nBody text.\n{% end %}\n</code></pre>');
	expect(html).toContain("<code>{{/* a comment */}}</code>");
	expect(
		result.diagnostics.filter((diagnostic) => diagnostic.severity !== "info" && diagnostic.rule !== "license/check"),
	).toEqual([]);
});

// A diagram's source keeps its lines, as Hugo's `{{< mermaid >}}` does: as a paragraph they ran together.
test("a Zola mermaid shortcode's diagram is a code block", async () => {
	const { items } = await buildFolder({
		"flow.md":
			'+++\ntitle = "Flow"\ndate = 2023-05-01\n+++\n\nThe flow:\n\n{% mermaid() %}\ngraph LR\n  Sea-->Estuary\n{% end %}\n',
	});
	expect(items[0]?.content_html).toContain("<pre><code>graph LR\n  Sea-->Estuary\n</code></pre>");
});
