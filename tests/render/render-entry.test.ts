import { describe, expect, test } from "vitest";
import { renderEntry } from "../../src/render/render-entry.js";
import { makeArticle, makeConfig } from "../factories.js";

// Invented text in the shape of an agency item: the body, a body image, then the agency's notice.
const AGENCY_BODY = [
	"<p>The harbour board approved a second ferry berth on Tuesday, its chair told reporters.</p>",
	'<p><img src="https://cdn.agency.example.com/berth.jpg" alt="The berth" width="800" height="450"></p>',
	"<p>Work is due to start in spring and take two seasons.</p>",
	"<p>It is not allowed to publish, quote or reproduce this material without the written consent of Example Agency.</p>",
].join("\n");

const agencyArticle = makeArticle({
	format: "html",
	body: AGENCY_BODY,
	source: "https://agency.example.com/news/berth",
	summary: "The harbour board approved a second ferry berth.",
});
const ccArticle = makeArticle({
	format: "html",
	body: "<p>Our own reporting on the new berth, free to share.</p>\n<p>The second paragraph goes into detail on costs.</p>",
	declaredRights: { license: "CC-BY-4.0" },
});

describe('renderEntry with "content": "by-rights"', () => {
	const config = makeConfig({ content: "by-rights", rights: "© 2026 Harbour Times." });

	test("an item whose notice forbids reproduction carries its summary, the notice and a link, never the text", () => {
		const { entry, fullText } = renderEntry(agencyArticle, config);
		expect(fullText).toMatchObject({ isFull: false, rule: "rights/forbids-reproduction" });
		expect(entry?.contentHtml).toBe(
			[
				"<p>The harbour board approved a second ferry berth.</p>",
				'<p><a href="https://agency.example.com/news/berth">Read the full article at agency.example.com</a></p>',
				'<p class="rights">It is not allowed to publish, quote or reproduce this material without the written consent of Example Agency. · <a href="https://agency.example.com/news/berth">Source</a></p>',
			].join("\n"),
		);
		expect(entry?.contentHtml).not.toContain("two seasons");
		// The body's photo is part of what may not be reproduced.
		expect(entry?.image).toBeUndefined();
	});

	test("the notice is shown on a shortened item even with notices turned off", () => {
		const quiet = makeConfig({ content: "by-rights", notice: { enabled: false } });
		expect(renderEntry(agencyArticle, quiet).entry?.contentHtml).toContain('class="rights"');
	});

	test("a Creative Commons item keeps its full text and its body image", () => {
		const { entry, fullText } = renderEntry(ccArticle, config);
		expect(fullText).toMatchObject({ isFull: true, rule: "rights/open-license" });
		expect(entry?.contentHtml).toContain("free to share");
	});

	test("the site's own article (the site's rights apply) keeps its full text", () => {
		const own = makeArticle({ format: "html", body: "<p>Our own story.</p>" });
		expect(renderEntry(own, config).entry?.contentHtml).toContain("Our own story.");
	});
});

describe("renderEntry with one mode for every item", () => {
	test('"full" (the default) keeps the agency text as before', () => {
		const { entry, fullText } = renderEntry(agencyArticle, makeConfig());
		expect(fullText?.rule).toBe("content/full");
		expect(entry?.contentHtml).toContain("two seasons");
		expect(entry?.image?.url).toBe("https://cdn.agency.example.com/berth.jpg");
	});

	test('"summary" shortens even a Creative Commons item, linking to its own page', () => {
		const { entry } = renderEntry(ccArticle, makeConfig({ content: "summary", summaryLength: 60 }));
		expect(entry?.contentHtml).toBe(
			[
				"<p>Our own reporting on the new berth, free to share. The…</p>",
				'<p><a href="https://news.example.org/a/">Read the full article at news.example.org</a></p>',
				'<p class="rights">This article is licensed under <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>.</p>',
			].join("\n"),
		);
	});
});
