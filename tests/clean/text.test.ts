import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/clean/text.js";
import { runStep } from "./helpers.js";

const normalize = (html: string) => runStep(normalizeText, html).html;

describe("normalizeText", () => {
	it.each([
		["decomposed accents → NFC", "<p>Zu\u0308rich cafe\u0301</p>", "<p>Zürich café</p>"],
		["XML-forbidden characters", "<p>a\u0000b\u0007c\u001Bd\uFFFEe\uD800f</p>", "<p>abcdef</p>"],
		[
			"encoded carriage returns (&#13;)",
			"<ul><li>one</li>&#13;\n<li>two&#13;</li></ul>",
			"<ul><li>one</li>\n<li>two\n</li></ul>",
		],
		["NBSP runs", "<p>a\u00A0\u00A0\u00A0b \u00A0c</p>", "<p>a b c</p>"],
		["blank-line runs", "<p>a\n\n\n   \nb</p>", "<p>a\nb</p>"],
		["space before a comma or colon", "<p>He said , then left : home</p>", "<p>He said, then left: home</p>"],
		["space before a full stop or question mark", "<p>It ended . Then what ?</p>", "<p>It ended. Then what?</p>"],
		[
			"space before punctuation after a link",
			'<p><a href="x">Reuters</a> , said</p>',
			'<p><a href="x">Reuters</a>, said</p>',
		],
		["doubled marks", "<p>one,, two;; Inc. , then etc.. End , .</p>", "<p>one, two; Inc., then etc. End.</p>"],
		["attribute text NFC", '<img alt="cafe\u0301" src="a.png">', '<img alt="café" src="a.png">'],
	])("fixes %s", (_, input, expected) => {
		expect(normalize(input)).toBe(expected);
	});

	it.each([
		["code", "<pre><code>a  ,  b\n\n\nx = y ? 1 : 2\n</code></pre><p><code>f ( a , b )</code></p>"],
		["numbers and ratios", "<p>It costs .5 cents, a 3 : 2 ratio and 1 . 5 more</p>"],
		["an ellipsis", "<p>Wait ... for it</p>"],
		["emoticons and operators", "<p>Nice :) and the ? wildcard, the * one</p>"],
		["a single NBSP", "<p>10\u00A0km</p>"],
		["URLs in text", "<p>See https://example.com/a?b=1 for more.</p>"],
		["already clean input", "<p>Clean, tidy text: nothing to do!</p>"],
	])("leaves %s alone", (_, input) => {
		const outcome = runStep(normalizeText, input);
		expect(outcome.html).toBe(input);
		expect(outcome.hits).toBe(0);
	});

	it("is idempotent", () => {
		const once = normalize("<p>a\u00A0\u00A0, b ,, c .. d\r\n\r\n\r\ne</p>");
		expect(normalize(once)).toBe(once);
	});
});
