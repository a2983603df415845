import { describe, expect, it } from "vitest";
import { stripAdPlaceholders } from "../../src/clean/ad-placeholders.js";
import { createContext, createOptions, runStep } from "./helpers.js";

describe("stripAdPlaceholders", () => {
	it.each([
		[
			"placeholder with hugging <br>s",
			' [ad_1]\n<br><div>Text</div>\n<br>[ad_2]\n<br><a href="x">Source </a>',
			'<div>Text</div>\n<a href="x">Source </a>',
		],
		["paragraph holding only a placeholder", "<p>[ad_1]</p><p>Text</p>", "<p>Text</p>"],
		["[ad] and [adsense], any case", "<p>One [AD] two [adsense] three</p>", "<p>One  two  three</p>"],
		["numbered beyond 2", "<p>[ad_12]</p><p>Text</p>", "<p>Text</p>"],
	])("removes %s", (_, input, expected) => {
		expect(runStep(stripAdPlaceholders, input).html).toBe(expected);
	});

	it.each([
		["[add_1] (a typo, or someone's text)", "<p>See [add_1] and [admin]</p>"],
		["[ad] inside code", "<p>Write <code>[ad]</code></p><pre><code>[ad_1]\n</code></pre>"],
		["already clean input", "<p>Nothing to see.</p><br><p>Still nothing.</p>"],
	])("keeps %s", (_, input) => {
		const outcome = runStep(stripAdPlaceholders, input);
		expect(outcome.html).toBe(input);
		expect(outcome.hits).toBe(0);
	});

	it("applies configured patterns to whole text runs only", () => {
		const context = createContext({
			options: createOptions({
				adPatterns: ["\\[sponsored\\]", "advertisement"],
			}),
		});
		const input = "<p>[Sponsored]</p><p>Advertisement</p><p>An advertisement for soap.</p>";
		expect(runStep(stripAdPlaceholders, input, context).html).toBe("<p>An advertisement for soap.</p>");
	});

	it("is idempotent", () => {
		const once = runStep(stripAdPlaceholders, "<br>[ad_1]<br><br><p>x</p>[ad_2]<br>").html;
		expect(runStep(stripAdPlaceholders, once).html).toBe(once);
	});
});
