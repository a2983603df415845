import { describe, expect, it } from "vitest";
import { renderNoticeHtml, renderNoticeText } from "../../src/license/render-notice.js";
import { resolveRights } from "../../src/license/resolve-rights.js";
import type { ResolvedLicense, RightsNotice } from "../../src/license/types.js";

const BNS_NOTICE =
	"It is not allowed to publish, quote or reproduce the information of the BNS news agency in the media and on websites without the written consent of the UAB “BNS”.";
const CC_BY: ResolvedLicense = {
	id: "CC-BY-4.0",
	name: "Creative Commons Attribution 4.0 International",
	shortName: "CC BY 4.0",
	url: "https://creativecommons.org/licenses/by/4.0/",
};
const CC_BY_LINK = '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>';

describe("renderNoticeHtml", () => {
	it("renders an agency notice with its source link and no licence", () => {
		expect(renderNoticeHtml({ text: BNS_NOTICE }, { sourceUrl: "https://www.bns.lt/topic/1" })).toBe(
			`<p class="rights">${BNS_NOTICE} · <a href="https://www.bns.lt/topic/1">Source</a></p>`,
		);
	});

	it("adds the licence link after text that does not name it", () => {
		expect(renderNoticeHtml({ text: "© 2018 Jane Doe", license: CC_BY })).toBe(
			`<p class="rights">© 2018 Jane Doe. Licensed under ${CC_BY_LINK}.</p>`,
		);
		expect(renderNoticeHtml({ text: "© 2018 Jane Doe.", license: CC_BY })).toBe(
			`<p class="rights">© 2018 Jane Doe. Licensed under ${CC_BY_LINK}.</p>`,
		);
	});

	it("links the licence where the text already names it, by short name, full name or URL", () => {
		expect(
			renderNoticeHtml({
				text: "This article is licensed under CC BY 4.0.",
				license: CC_BY,
			}),
		).toBe(`<p class="rights">This article is licensed under ${CC_BY_LINK}.</p>`);
		expect(
			renderNoticeHtml({
				text: "Licensed under creative commons attribution 4.0 international.",
				license: CC_BY,
			}),
		).toBe(
			'<p class="rights">Licensed under <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">creative commons attribution 4.0 international</a>.</p>',
		);
		const byUrl = { url: "https://example.org/licence" };
		expect(
			renderNoticeHtml({
				text: "This article is licensed under https://example.org/licence.",
				license: byUrl,
			}),
		).toBe(
			'<p class="rights">This article is licensed under <a href="https://example.org/licence" rel="license">https://example.org/licence</a>.</p>',
		);
	});

	it("renders a licence alone, and a source link alone", () => {
		expect(renderNoticeHtml({ license: CC_BY })).toBe(`<p class="rights">Licensed under ${CC_BY_LINK}.</p>`);
		expect(renderNoticeHtml({}, { sourceUrl: "https://example.org/a" })).toBe(
			'<p class="rights"><a href="https://example.org/a">Source</a></p>',
		);
	});

	it('returns "" when there is nothing to say', () => {
		expect(renderNoticeHtml({})).toBe("");
		expect(renderNoticeHtml({ text: "" }, { sourceUrl: "not a url" })).toBe("");
		expect(renderNoticeHtml({}, { template: "<footer>{rights}{license}{source}</footer>" })).toBe("");
	});

	it("security: escapes markup and ampersands in the rights text", () => {
		const html = renderNoticeHtml({
			text: `<script>alert("x")</script> © Smith & Sons 'Ltd'`,
		});
		expect(html).toBe(
			'<p class="rights">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; © Smith &amp; Sons &apos;Ltd&apos;</p>',
		);
		expect(html).not.toContain("<script");
	});

	it("security: escapes URLs in attributes", () => {
		const html = renderNoticeHtml({ text: "© X" }, { sourceUrl: 'https://example.org/?a="b"&c=<d>' });
		expect(html).toBe('<p class="rights">© X · <a href="https://example.org/?a=%22b%22&amp;c=%3Cd%3E">Source</a></p>');
	});

	it("security: never links a javascript: URL", () => {
		const html = renderNoticeHtml(
			{
				text: "© X",
				license: { shortName: "Evil", url: "javascript:alert(1)" },
			},
			{ sourceUrl: "javascript:alert(2)" },
		);
		expect(html).toBe('<p class="rights">© X. Licensed under Evil.</p>');
	});

	it("security: escapes markup inside the mention of a licence", () => {
		const license = { shortName: "<b>L</b>", url: "https://example.org/l" };
		expect(renderNoticeHtml({ text: "Under <b>L</b> & more", license })).toBe(
			'<p class="rights">Under <a href="https://example.org/l" rel="license">&lt;b&gt;L&lt;/b&gt;</a> &amp; more</p>',
		);
	});
});

describe("renderNoticeHtml: template", () => {
	const template = '<footer class="rights">{rights} {license} {source}</footer>';

	it("fills the placeholders", () => {
		expect(renderNoticeHtml({ text: "© Jane", license: CC_BY }, { template, sourceUrl: "https://example.org/a" })).toBe(
			`<footer class="rights">© Jane ${CC_BY_LINK} <a href="https://example.org/a">Source</a></footer>`,
		);
	});

	it("leaves {license} empty when the rights text already names the licence", () => {
		expect(renderNoticeHtml({ text: "Licensed under CC BY 4.0.", license: CC_BY }, { template })).toBe(
			`<footer class="rights">Licensed under ${CC_BY_LINK}.  </footer>`,
		);
	});

	it("security: does not expand placeholders that arrive inside the rights text", () => {
		const html = renderNoticeHtml(
			{ text: "{source} {license} {rights}" },
			{ template, sourceUrl: "https://example.org/a" },
		);
		expect(html).toBe(
			'<footer class="rights">{source} {license} {rights}  <a href="https://example.org/a">Source</a></footer>',
		);
	});

	it("keeps unknown placeholders and repeats known ones", () => {
		expect(renderNoticeHtml({ text: "© Jane" }, { template: "{rights}|{other}|{rights}" })).toBe(
			"© Jane|{other}|© Jane",
		);
	});
});

describe("renderNoticeText", () => {
	it.each<[string, RightsNotice, string]>([
		["text alone", { text: "© 2016 AFP" }, "© 2016 AFP"],
		[
			"text and a licence it does not name",
			{ text: "© Jane", license: CC_BY },
			"© Jane. Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).",
		],
		[
			"text that names its licence",
			{ text: "This article is licensed under CC BY 4.0.", license: CC_BY },
			"This article is licensed under CC BY 4.0.",
		],
		["a licence alone", { license: CC_BY }, "Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."],
		["a licence URL alone", { license: { url: "https://example.org/l" } }, "Licensed under https://example.org/l."],
		["nothing", {}, ""],
		["markup, kept as text for the serializer to escape", { text: "<b>© X</b> & Y" }, "<b>© X</b> & Y"],
	])("%s", (_case, rights, expected) => {
		expect(renderNoticeText(rights)).toBe(expected);
	});
});

describe("no notice twice", () => {
	const cases = [
		{
			name: "front matter licence only",
			input: { frontMatter: { license: "cc by-nc-sa" } },
		},
		{
			name: "site licence only",
			input: { defaults: { license: "CC-BY-4.0" } },
		},
		{
			name: "licence URL only",
			input: { frontMatter: { license: "https://example.org/licence" } },
		},
		{ name: "CC0", input: { frontMatter: { license: "cc0" } } },
		{
			name: "public domain mark",
			input: { frontMatter: { license: "public domain" } },
		},
		{
			name: "body footer naming the front matter licence",
			input: {
				frontMatter: { license: "CC-BY-NC-SA-4.0" },
				bodyNotice:
					"This post is licensed under Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International.",
			},
		},
		{
			name: "front matter text and licence",
			input: { frontMatter: { rights: "© Jane", license: "CC BY 4.0" } },
		},
		{
			name: "agency body notice",
			input: { bodyNotice: BNS_NOTICE, defaults: { license: "CC-BY-4.0" } },
		},
	];

	it.each(cases)("$name: the rights text and the licence each appear once", ({ input }) => {
		const rights = resolveRights(input);
		const html = renderNoticeHtml(rights, {
			sourceUrl: "https://example.org/a",
		});
		expect(html.match(/<p class="rights">/g)).toHaveLength(1);
		expect((html.match(/rel="license"/g) ?? []).length).toBe(rights.license === undefined ? 0 : 1);
		expect(html.match(/Source<\/a>/g)).toHaveLength(1);
		const text = renderNoticeText(rights);
		const label = rights.license?.shortName;
		if (label !== undefined) {
			const times = (haystack: string) => haystack.split(label).length - 1;
			expect(times(html)).toBeLessThanOrEqual(1);
			expect(times(text)).toBeLessThanOrEqual(1);
		}
	});
});
