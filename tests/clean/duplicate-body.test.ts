import { describe, expect, it } from "vitest";
import { removeDuplicateBody } from "../../src/clean/duplicate-body.js";
import { runStep } from "./helpers.js";

// Long enough (30+ words) to count as article text rather than a repeated label.
const PART_1 =
	"<p>There has been one confirmed case of the virus in the state so far, and the commissioner said the federal agency continues to monitor the situation closely with local partners.</p>";
const PART_2 =
	"<p>The mosquito that carries the virus is not part of the local population, and while one species here could act as a carrier, that is not likely to occur this year, experts said.</p>";
const dedupe = (html: string) => runStep(removeDuplicateBody, html).html;

describe("removeDuplicateBody", () => {
	it("keeps the full story and drops its paged copy", () => {
		const input = `<div><p>By A. Writer</p><div>${PART_1}</div><div>${PART_2}</div><div>${PART_1}${PART_2}</div></div>`;
		expect(dedupe(input)).toBe(`<div><p>By A. Writer</p><div>${PART_1}${PART_2}</div></div>`);
	});

	it("keeps the first of two identical copies", () => {
		expect(dedupe(`<div>${PART_1}</div><div>${PART_1}</div>`)).toBe(`<div>${PART_1}</div>`);
	});

	it("drops the second half of a doubled body", () => {
		expect(dedupe(`${PART_1}${PART_2}${PART_1}${PART_2}`)).toBe(`${PART_1}${PART_2}`);
	});

	it.each([
		["short repeated paragraphs", "<p>Output</p><pre><code>ok</code></pre><p>Output</p><pre><code>ok</code></pre>"],
		[
			"repeated code blocks",
			"<pre><code>apt update\napt upgrade\n</code></pre><pre><code>apt update\napt upgrade\n</code></pre>",
		],
		["different paragraphs", `${PART_1}${PART_2}`],
		["already clean input", `<div>${PART_1}</div>`],
	])("keeps %s", (_, input) => {
		expect(dedupe(input)).toBe(input);
	});

	it("is idempotent", () => {
		const once = dedupe(`<div>${PART_1}</div><div>${PART_2}</div><div>${PART_1}${PART_2}</div>${PART_1}`);
		expect(dedupe(once)).toBe(once);
	});
});
