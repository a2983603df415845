import { describe, expect, it } from "vitest";
import { cleanPlainText } from "../../src/clean/index.js";

describe("cleanPlainText", () => {
	it.each([
		[
			"entities decoded once",
			"Muhammad Ali: &#039;Greatest&#039; boxer &#8211; showman",
			"Muhammad Ali: 'Greatest' boxer – showman",
		],
		["&amp;amp; decoded only once", "AT&amp;amp;T", "AT&amp;T"],
		["a bare ampersand kept", "Q&A: R&D", "Q&A: R&D"],
		["tags stripped, text kept", "Яка 🐞(<i>n</i>) вашого API?", "Яка 🐞(n) вашого API?"],
		["script contents dropped", "Title<script>alert(1)</script>", "Title"],
		["whitespace collapsed", "  The latest:\n   Trump \u00A0says  ", "The latest: Trump says"],
		["NFC", "Zu\u0308rich", "Zürich"],
		["XML-forbidden characters removed", "a\u0000b\u000Bc\uFFFF", "abc"],
		["a zero-width space at the edges dropped (scraped titles start with one)", "\u200Bwinning\uFEFF", "winning"],
		["a zero-width joiner inside kept (it joins emoji)", "family 👩\u200D👧 day", "family 👩\u200D👧 day"],
		[
			"already clean text",
			"Moscow says it considers Lukashenko the legitimate leader",
			"Moscow says it considers Lukashenko the legitimate leader",
		],
	])("%s", (_, input, expected) => {
		expect(cleanPlainText(input)).toBe(expected);
	});

	it("is idempotent on text without markup characters", () => {
		const once = cleanPlainText("Muhammad Ali: &#039;Greatest&#039;  boxer");
		expect(cleanPlainText(once)).toBe(once);
	});
});
