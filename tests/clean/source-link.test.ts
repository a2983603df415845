import { describe, expect, it } from "vitest";
import { extractSourceLink } from "../../src/clean/source-link.js";
import { runStep } from "./helpers.js";

describe("extractSourceLink", () => {
	it.each([
		[
			"a bare trailing Source link",
			'<p>Text.</p>\n<br><a href="http://example.com/a">Source </a>',
			"http://example.com/a",
			"<p>Text.</p>\n<br>",
		],
		[
			"Source link",
			'<p>Text.</p><a href="https://cnn.example/b">Source link </a>',
			"https://cnn.example/b",
			"<p>Text.</p>",
		],
		[
			"a link inside the last paragraph",
			'<p>Text.</p><p><a href="/c">Read more at Reuters</a></p>',
			"https://news.example.org/c",
			"<p>Text.</p>",
		],
		[
			"a lead-in paragraph",
			'<p>Text.</p><p>Read more at <a href="https://r.example/d">Reuters</a>.</p>',
			"https://r.example/d",
			"<p>Text.</p>",
		],
		[
			"a link followed by a script and blank lines",
			'<p>Text.</p><a href="https://e.example/">Source</a><script>x()</script>\n\n',
			"https://e.example/",
			"<p>Text.</p><script>x()</script>\n\n",
		],
	])("moves %s into sourceUrl", (_, input, url, expected) => {
		const outcome = runStep(extractSourceLink, input);
		expect(outcome.state.sourceUrl).toBe(url);
		expect(outcome.html).toBe(expected);
	});

	it.each([
		["a Source link mid-article", '<p><a href="https://x.example/">Source</a> said so.</p><p>More text.</p>'],
		["a final link with other text", '<p>See the <a href="https://x.example/">source</a> of the river.</p>'],
		[
			"a long final paragraph starting with 'Source'",
			`<p>Source: ${"word ".repeat(60)}<a href="https://x.example/">here</a></p>`,
		],
		["already clean input", "<p>Text.</p>"],
	])("keeps %s", (_, input) => {
		const outcome = runStep(extractSourceLink, input);
		expect(outcome.html).toBe(input);
		expect(outcome.state.sourceUrl).toBeUndefined();
	});

	it("is idempotent even with two trailing source links", () => {
		const first = runStep(
			extractSourceLink,
			'<p>T</p><a href="https://a.example/">Source</a><a href="https://b.example/">Source</a>',
		);
		expect(first.state.sourceUrl).toBe("https://b.example/");
		expect(runStep(extractSourceLink, first.html).html).toBe(first.html);
	});
});
