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
		// Republished news in the languages it is written in: the agency or site named after "Source:".
		...[
			"Источник",
			"Джерело",
			"Šaltinis",
			"Avots",
			"Allikas",
			"Quelle",
			"Fuente",
			"Fonte",
			"Źródło",
			"Zdroj",
			"Forrás",
			"Bron",
			"Kilde",
			"Källa",
			"Lähde",
			"Sursa",
			"Izvor",
			"Πηγή",
			"Kaynak",
			"Източник",
		].map((label): [string, string, string, string] => [
			`a lead-in paragraph: ${label}`,
			`<p>Text.</p><p>${label}: <a href="https://agency.example/story">Harbour Wire</a></p>`,
			"https://agency.example/story",
			"<p>Text.</p>",
		]),
		[
			"a bare trailing link named Источник",
			'<p>Text.</p><a href="https://agency.example/r">Источник</a>',
			"https://agency.example/r",
			"<p>Text.</p>",
		],
		[
			"a bare trailing link named Quelle",
			'<p>Text.</p><p><a href="https://agency.example/q">Quelle</a></p>',
			"https://agency.example/q",
			// The empty paragraph left goes with the empty elements, later.
			"<p>Text.</p><p></p>",
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
		[
			"a sentence that starts with the word for source",
			'<p>Quelle des Flusses ist <a href="https://x.example/">der See</a>.</p>',
		],
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
