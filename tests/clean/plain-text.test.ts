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
		["a tag name in prose kept", "The <title> element & friends", "The <title> element & friends"],
		["a comparison kept", "Why a<b matters", "Why a<b matters"],
		["two comparisons kept", "If a<b and c>d then 3 < 4", "If a<b and c>d then 3 < 4"],
		["a bare a<b kept", "a<b", "a<b"],
		["an unknown tag kept", "First line <is> the title", "First line <is> the title"],
		["an unclosed inline tag kept as text", "Use a<b>c to compare", "Use a<b>c to compare"],
		["inline tags with attributes stripped", 'A <span class="hl">bright</span> <a href="/x">idea</a>', "A bright idea"],
		["a <br> read as a space", "Harbour<br>reopens", "Harbour reopens"],
		["an escaped tag decoded to text once", "The &lt;b&gt; tag", "The <b> tag"],
		["a comment dropped", "Harbour <!-- draft --> reopens", "Harbour reopens"],
		["]]> kept", "Parsing ]]> in XML", "Parsing ]]> in XML"],
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
