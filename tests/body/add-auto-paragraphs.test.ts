import { describe, expect, it } from "vitest";
import { addAutoParagraphs } from "../../src/body/add-auto-paragraphs.js";

// WordPress's wpautop, as exported bodies need it (issue #12): shapes of WordPress post_content, invented text.
describe("addAutoParagraphs", () => {
	it.each([
		["bare lines split by a blank line", "One harbour.\n\nTwo ferries.", "<p>One harbour.</p>\n<p>Two ferries.</p>"],
		[
			"a single newline inside a paragraph",
			"One harbour\nand two ferries.",
			"<p>One harbour<br>\nand two ferries.</p>",
		],
		["two <br> in a row", "One harbour.<br><br>Two ferries.", "<p>One harbour.</p>\n<p>Two ferries.</p>"],
		["an existing paragraph", "<p>One harbour.</p>", "<p>One harbour.</p>"],
		["a list, never wrapped", "<ul>\n<li>Pier</li>\n<li>Dock</li>\n</ul>", "<ul>\n<li>Pier</li>\n<li>Dock</li>\n</ul>"],
		["a <pre> with blank lines, untouched", "Run:\n\n<pre>a\n\nb</pre>", "<p>Run:</p>\n<pre>a\n\nb</pre>"],
		["a comment with blank lines, untouched", "Text<!-- a\n\nb --> more", "<p>Text<!-- a\n\nb --> more</p>"],
		["a line break inside a tag", '<a\nhref="/x">pier</a>', '<p><a href="/x">pier</a></p>'],
		[
			"text lines inside a div, then paragraphs",
			'<div class="entry">\nFirst line.\nSecond line.\n\nLast paragraph.\n</div>',
			'<div class="entry">\nFirst line.<br>\nSecond line.</p>\n<p>Last paragraph.\n</div>',
		],
		["nothing", " \n\n ", ""],
	])("%s", (_, input, expected) => {
		expect(addAutoParagraphs(input)).toBe(expected);
	});
});
