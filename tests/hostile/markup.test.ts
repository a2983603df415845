import { describe, expect, test } from "vitest";
import { parseXml } from "../support/parse-xml.js";
import { buildCase, expectPublished, type Feeds, jsonItems, useTempDirs } from "./support.js";

const tempDir = useTempDirs();

/** The item's HTML as each format carries it: JSON content_html, RSS content:encoded, Atom content (all decoded). */
function contentOf(feeds: Feeds, slug: string): string[] {
	const json = jsonItems(feeds).find((item) => item.url.endsWith(`/${slug}/`))?.content_html;
	const rssItem = parseXml(feeds.rss)
		.children.find((c) => c.name === "channel")
		?.children.filter((c) => c.name === "item")
		.find((item) => item.children.some((c) => c.name === "link" && c.text.endsWith(`/${slug}/`)));
	const rss = rssItem?.children.find((c) => c.name === "content:encoded")?.text;
	const atomEntry = parseXml(feeds.atom)
		.children.filter((c) => c.name === "entry")
		.find((entry) => entry.children.some((c) => c.name === "link" && c.attributes.href?.endsWith(`/${slug}/`)));
	const atom = atomEntry?.children.find((c) => c.name === "content")?.text;
	return [json ?? "(missing json)", rss ?? "(missing rss)", atom ?? "(missing atom)"];
}

describe("hostile markup is removed or escaped, and every output stays well-formed", () => {
	test.each([
		{
			name: "markup-script.md",
			gone: [/<script/i, /document\.cookie/],
			kept: ["Before.", "After the script."],
		},
		{
			name: "markup-svg-script.md",
			gone: [/<svg/i, /<script/i, /alert/, /onload/i],
			kept: ["Picture:", "After the svg."],
		},
		{
			name: "markup-event-handler.md",
			gone: [/\bon\w+=/i, /alert/],
			kept: ["Click", 'src="https://img.example.org/a.png"'],
		},
		{
			name: "markup-javascript-link.md",
			gone: [/href="\s*java/i, /href="[^"]*script:/i],
			kept: ["plain", "mixed case", "leading space"],
		},
		{
			name: "markup-iframe.md",
			gone: [/<iframe/i],
			kept: ["Video:", "After the iframe."],
		},
		{
			name: "markup-style.md",
			gone: [/<style/i, /display:\s*none/, /style=/i],
			kept: ["Styled paragraph."],
		},
		{
			name: "markup-form.md",
			gone: [/<form/i, /<input/i, /<button/i, /password/],
			kept: ["Log in again:", "After the form."],
		},
		{
			name: "markup-data-url.md",
			gone: [/data:text\/html/i],
			kept: ['src="data:image/png;base64,iVBORw0KGgo="', "html data link"],
		},
		{
			name: "markup-unclosed-tags.md",
			gone: [/<\/span>/],
			kept: ["Open", "italic", "two", "emphasis"],
		},
	])("$name", async ({ name, gone, kept }) => {
		const run = await buildCase(tempDir, [name]);
		expectPublished(run, name);
		for (const html of contentOf(run.feeds, name.replace(/\.md$/, ""))) {
			for (const pattern of gone) expect(html).not.toMatch(pattern);
			for (const text of kept) expect(html).toContain(text);
		}
	});

	test("]]> (twice) and <![CDATA[ in a body survive as text in every format", async () => {
		const run = await buildCase(tempDir, ["markup-cdata-body.md"]);
		expectPublished(run, "markup-cdata-body.md");
		for (const html of contentOf(run.feeds, "markup-cdata-body")) {
			expect(html).toContain("First ]]&gt; and second ]]&gt; end markers.");
			expect(html).toContain("<pre><code>]]&gt; and ]]&gt;</code></pre>");
			expect(html).not.toContain("]]>");
		}
	});

	test("]]>, <![CDATA[ and <script> in a title are escaped or dropped in every format", async () => {
		const run = await buildCase(tempDir, ["markup-cdata-title.md"]);
		expectPublished(run, "markup-cdata-title.md");
		const title = jsonItems(run.feeds).find((item) => item.url.endsWith("/markup-cdata-title/"))?.title;
		expect(title).toMatch(/^Title with \]\]> and .*& more$/);
		expect(title).not.toMatch(/<script|<!\[CDATA\[/i);
		const atomTitle = parseXml(run.feeds.atom)
			.children.filter((c) => c.name === "entry")
			.map((entry) => entry.children.find((c) => c.name === "title")?.text ?? "")
			.find((text) => text.includes("Title with"));
		// type="text": the decoded text is the title itself, as in the JSON feed.
		expect(atomTitle).toBe(title);
		expect(atomTitle).not.toMatch(/<script/i);
	});

	test("tags with <, &, an entity and quotes stay well-formed and keep their text in Atom categories", async () => {
		const run = await buildCase(tempDir, ["markup-tag-lt.md"]);
		expectPublished(run, "markup-tag-lt.md");
		const entry = parseXml(run.feeds.atom)
			.children.filter((c) => c.name === "entry")
			.find((e) => e.children.some((c) => c.name === "title" && c.text.includes("Tags with markup")));
		const terms = entry?.children.filter((c) => c.name === "category").map((c) => c.attributes.term);
		// Only real inline tags are markup in front matter text (issue #12): "a<b" is text, and "&lt;" reads as "<" too.
		expect(terms).toEqual(["a<b", "R&D", "x < y", 'say "hi"']);
	});
});
