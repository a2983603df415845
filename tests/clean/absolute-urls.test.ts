import { describe, expect, it } from "vitest";
import { makeUrlsAbsolute } from "../../src/clean/absolute-urls.js";
import { createContext, runStep } from "./helpers.js";

const BASE = "https://news.example.org/2020/09/article/";
const absolutize = (html: string) => runStep(makeUrlsAbsolute, html).html;

describe("makeUrlsAbsolute", () => {
	it.each([
		[
			"href and src",
			'<a href="what-is-x">x</a><img src="/i.png">',
			`<a href="${BASE}what-is-x">x</a><img src="https://news.example.org/i.png">`,
		],
		[
			"srcset candidates",
			'<img src="a.png" srcset="a.png 1x, /b.png 2x">',
			`<img src="${BASE}a.png" srcset="${BASE}a.png 1x, https://news.example.org/b.png 2x">`,
		],
		[
			"poster and cite",
			'<video poster="p.jpg"></video><blockquote cite="/q"></blockquote>',
			`<video poster="${BASE}p.jpg"></video><blockquote cite="https://news.example.org/q"></blockquote>`,
		],
		["protocol-relative images", '<img src="//cdn.example/i.png">', '<img src="https://cdn.example/i.png">'],
	])("resolves %s", (_, input, expected) => {
		expect(absolutize(input)).toBe(expected);
	});

	it("resolves fragments against the article (ids are gone; the validator counts them as relative)", () => {
		expect(absolutize('<a href="#top">t</a>')).toBe(`<a href="${BASE}#top">t</a>`);
	});

	it("drops an empty href (a reference no page answered: `[text]()`) rather than linking the article to itself", () => {
		const outcome = runStep(makeUrlsAbsolute, '<a href="">the gone page</a> and <a href=" ">another</a>');
		expect(outcome.html).toBe("<a>the gone page</a> and <a>another</a>");
		expect(outcome.state.diagnostics).toEqual([]);
	});

	it('drops href="#" (a script hook) without a warning', () => {
		const outcome = runStep(makeUrlsAbsolute, '<a href="#">Share</a>');
		expect(outcome.html).toBe("<a>Share</a>");
		expect(outcome.state.diagnostics).toEqual([]);
	});

	it("drops an unparseable URL with a warning", () => {
		const outcome = runStep(makeUrlsAbsolute, '<p>\n<a href="http://[::1">x</a></p>');
		expect(outcome.html).toBe("<p>\n<a>x</a></p>");
		expect(outcome.state.diagnostics).toEqual([
			expect.objectContaining({
				rule: "clean/invalid-url",
				severity: "warning",
				file: "articles/article.md",
				line: 6,
			}),
		]);
	});

	it("drops relative URLs with a warning when the base URL is unusable", () => {
		const outcome = runStep(makeUrlsAbsolute, '<a href="x">x</a>', createContext({ baseUrl: "not a url" }));
		expect(outcome.html).toBe("<a>x</a>");
		expect(outcome.state.diagnostics).toHaveLength(1);
	});

	it.each([
		["absolute URLs", '<a href="https://x.example/a">a</a><img src="http://y.example/b.png">'],
		["mailto", '<a href="mailto:a@b.example">m</a>'],
	])("keeps %s", (_, input) => {
		const outcome = runStep(makeUrlsAbsolute, input);
		expect(outcome.html).toBe(input);
		expect(outcome.hits).toBe(0);
	});

	it("is idempotent", () => {
		const once = absolutize('<a href="a">a</a><img srcset="b.png 2x, c.png 3x">');
		expect(absolutize(once)).toBe(once);
	});
});
