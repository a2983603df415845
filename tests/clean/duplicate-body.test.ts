import { describe, expect, it } from "vitest";
import { removeDuplicateBody } from "../../src/clean/duplicate-body.js";
import { pruneEmptyElements } from "../../src/clean/junk.js";
import type { CleanStep } from "../../src/clean/rule.js";
import { runStep } from "./helpers.js";

// Long enough (30+ words) to count as article text rather than a repeated label.
const PART_1 =
	"<p>There has been one confirmed case of the virus in the state so far, and the commissioner said the federal agency continues to monitor the situation closely with local partners.</p>";
const PART_2 =
	"<p>The mosquito that carries the virus is not part of the local population, and while one species here could act as a carrier, that is not likely to occur this year, experts said.</p>";
// As in the pipeline, the containers a removal empties are pruned afterwards (junk's second step).
const removeThenPrune: CleanStep = (tree) => {
	const hits = removeDuplicateBody(tree);
	pruneEmptyElements(tree);
	return hits;
};
const dedupe = (html: string) => runStep(removeThenPrune, html).html;

describe("removeDuplicateBody", () => {
	it("keeps the first copy of a paged story and its full copy", () => {
		const input = `<div><p>By A. Writer</p><div>${PART_1}</div><div>${PART_2}</div><div>${PART_1}${PART_2}</div></div>`;
		expect(dedupe(input)).toBe(`<div><p>By A. Writer</p><div>${PART_1}</div><div>${PART_2}</div>\n</div>`);
	});

	it("keeps the first of two identical copies", () => {
		expect(dedupe(`<div>${PART_1}</div><div>${PART_1}</div>`)).toBe(`<div>${PART_1}</div>\n`);
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

	describe("repeats anywhere in the body", () => {
		const CAPTION = "Fishermen unload the morning catch at the old pier in Harbourtown on Sunday.";
		const STORY = "<p>The harbour reopened on Sunday after a week of storms, the port authority said.</p>";
		const run = (html: string) => runStep(removeDuplicateBody, html);

		it.each([
			[
				"a caption copied at another depth (desktop and mobile copies)",
				`<div><div><p>${CAPTION}</p></div>${STORY}</div><section><div><div><p>${CAPTION}</p></div></div></section>`,
				`<div><div><p>${CAPTION}</p></div>${STORY}</div><section><div><div></div></div></section>`,
				1,
			],
			[
				"a second identical figure",
				`<figure><img src="a.jpg"><figcaption>${CAPTION}</figcaption></figure>${STORY}<figure><img src="a.jpg"><figcaption>${CAPTION}</figcaption></figure>`,
				`<figure><img src="a.jpg"><figcaption>${CAPTION}</figcaption></figure>${STORY}`,
				1,
			],
			[
				"a gallery title on every slide",
				`${STORY}${'<p>Storm damage along the coast</p><img src="s.jpg">'.repeat(6)}`,
				`${STORY}<p>Storm damage along the coast</p>${'<img src="s.jpg">'.repeat(6)}`,
				5,
			],
			[
				"the truncated copy of a caption that is there in full",
				`<p>Fishermen unload the morning catch at the old pier … more Photo: A. Example</p>${STORY}<p>${CAPTION} Photo: A. Example</p>`,
				`${STORY}<p>${CAPTION} Photo: A. Example</p>`,
				1,
			],
			[
				"a repeated paragraph of a news story",
				`${STORY}<p>${CAPTION}</p><p>Officials said the work would take a month.</p><p>${CAPTION}</p>`,
				`${STORY}<p>${CAPTION}</p><p>Officials said the work would take a month.</p>`,
				1,
			],
		])("removes %s", (_, input, expected, hits) => {
			expect(run(input)).toMatchObject({ html: expected, hits });
		});

		const INSTRUCTION = "<p>If you receive no output, the command was successful and you can go on.</p>";
		it.each([
			[
				"the same caption under two different photos",
				`<figure><img src="a.jpg"><figcaption>${CAPTION}</figcaption></figure><figure><img src="b.jpg"><figcaption>${CAPTION}</figcaption></figure>`,
			],
			[
				"an instruction a tutorial repeats after each command",
				`${INSTRUCTION}<pre><code>sudo ufw allow 80</code></pre>${INSTRUCTION}<pre><code>sudo ufw allow 443</code></pre>${INSTRUCTION}`,
			],
			[
				"a list item two lists share",
				"<ol><li>The load balancer returns the requested data to the user</li></ol><p>Then:</p><ol><li>The load balancer returns the requested data to the user</li></ol>",
			],
			[
				"table cells that repeat",
				`<table><tbody>${"<tr><td>Not sold in this region at the moment</td></tr>".repeat(6)}</tbody></table>`,
			],
			["a short line three times", "<p>Storm damage along the coast</p><p>a</p>".repeat(3)],
			[
				"an ellipsis inside a sentence",
				`<p>The mayor paused … and then said the harbour would reopen soon.</p>${STORY}`,
			],
		])("keeps %s", (_, input) => {
			expect(run(input)).toMatchObject({ html: input, hits: 0 });
		});

		it("is idempotent", () => {
			const once = run(`${STORY}<p>${CAPTION}</p><div><p>${CAPTION}</p></div>`).html;
			expect(run(once)).toMatchObject({ html: once, hits: 0 });
		});
	});
});
