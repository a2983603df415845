import { describe, expect, it } from "vitest";
import { renderBodyHtml } from "../../src/body/to-html.js";

// kramdown (Jekyll) typesets prose: the expected text is what Jekyll 4.3's kramdown made of the same Markdown.
describe("kramdown's typography, in a Jekyll site's dialect", () => {
	const text =
		"The keeper said \"it's the 'last' winter\" -- or so... we hoped --- and left. Options (a) to (c), +- 5.";

	it("curls quotes and apostrophes and sets dashes and ellipses, leaving (c) and +- as written", () => {
		expect(renderBodyHtml("markdown", text, { isTypeset: true })).toBe(
			"<p>The keeper said \u201cit\u2019s the \u2018last\u2019 winter\u201d \u2013 or so\u2026 we hoped \u2014 and left. Options (a) to (c), +- 5.</p>\n",
		);
	});

	it("leaves code and autolinked addresses as written", () => {
		const html = renderBodyHtml("markdown", 'Run `"x" -- y...` at <https://x.example/a--b...>.', { isTypeset: true });
		expect(html).toBe(
			'<p>Run <code>&quot;x&quot; -- y...</code> at <a href="https://x.example/a--b...">https://x.example/a--b...</a>.</p>\n',
		);
	});

	// Typeset before markdown-it found the address, `keeper--office@` was no longer one.
	it("leaves an address found in the text as written", () => {
		expect(renderBodyHtml("markdown", "Write to keeper--office@example.org -- soon.", { isTypeset: true })).toBe(
			'<p>Write to <a href="mailto:keeper--office@example.org">keeper--office@example.org</a> \u2013 soon.</p>\n',
		);
	});

	// Jekyll 4.3 sets "It's <<guillemets>>." as "It’s «guillemets».": `<<word>>` is no HTML tag there, whose word the
	// cleaner would drop.
	it("sets << and >> around a word as guillemets, keeping the word", () => {
		expect(renderBodyHtml("markdown", "It's <<guillemets>>, and <b>bold</b>.", { isTypeset: true })).toBe(
			"<p>It\u2019s \u00abguillemets\u00bb, and <b>bold</b>.</p>\n",
		);
	});

	it("is not done outside it", () => {
		expect(renderBodyHtml("markdown", text)).toBe(`<p>${text.replace(/"/g, "&quot;")}</p>\n`);
	});
});
