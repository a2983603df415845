import { describe, expect, it } from "vitest";
import { cleanHtml } from "../../src/clean/index.js";
import { createContext } from "./helpers.js";

// Issue #12, "Text damage": shapes seen in scraped news, with invented text. No rule may take a character of
// article text with it.
const clean = (html: string) => cleanHtml(html, createContext()).html;

describe("never damages text", () => {
	it.each([
		[
			"<strong> </strong> between two words",
			"<p>he is sure the<strong> </strong>ferry<em> </em>was late</p>",
			"he is sure the ferry was late",
		],
		["<i>&nbsp;</i> between two words", "<p>harbour master<i>&nbsp;</i>and mayor</p>", "harbour master and mayor"],
		["<b> </b> before a number", "<p>from<b> </b>2012 to 2015</p>", "from 2012 to 2015"],
		["a blank <span> kept by its class", '<p>the<span class="x"> </span>pier</p>', "the pier"],
		["a blank link", '<p>the<a href="/x"> </a>pier</p>', "the pier"],
	])("keeps the space of %s", (_, input, words) => {
		const html = clean(input);
		expect(html.replace(/<[^>]+>/g, "").replace(/\u00A0/g, " ")).toBe(words);
	});

	it("keeps a photo credit that sits inside <picture>", () => {
		const html = clean(
			'<figure><picture><source srcset="https://img.example/a.jpg"><img src="https://img.example/a.jpg" alt="Pier"><span class="credit">Ann Example/Harbour Photos</span></picture><figcaption>The old pier.</figcaption></figure>',
		);
		expect(html).toContain("Ann Example/Harbour Photos");
		expect(html).toContain('<img src="https://img.example/a.jpg" alt="Pier">');
	});

	it.each([
		["a grey placeholder PNG", "https://img.example/assets/grey-placeholder.png"],
		["a data: PNG", "data:image/png;base64,iVBORw0KGgo="],
		["a data: SVG", "data:image/svg+xml,%3Csvg%3E%3C/svg%3E"],
		["a 1×1 spacer", "/images/1x1.png"],
		["a loading spinner", "/static/loading.gif"],
	])("prefers the real image in data-original to %s in src", (_, placeholder) => {
		const html = clean(
			`<p><img class="lazy" src="${placeholder}" data-original="https://img.example/real.jpg" alt="Boat"></p>`,
		);
		expect(html).toBe('<p><img src="https://img.example/real.jpg" alt="Boat"></p>');
	});

	it("keeps a real src when a lazy attribute names the same or a smaller copy", () => {
		const html = clean(
			'<p><img src="https://img.example/full.jpg" data-src="https://img.example/thumb.jpg" alt="Boat"></p>',
		);
		expect(html).toBe('<p><img src="https://img.example/full.jpg" alt="Boat"></p>');
	});
});
