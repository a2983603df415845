import { describe, expect, it } from "vitest";
import { renderOneArticle } from "../support/render-one-article.js";

// GFM task lists, which Hugo (goldmark) and Jekyll (kramdown's GFM input) render as checkboxes: a feed reader drops
// form controls, so the item shows each task's state as a ballot box instead of the Markdown marker.
const htmlOf = (body: string) =>
	renderOneArticle("todo.md", `---\ntitle: Harbour jobs\ndate: 2024-03-01\n---\n\n${body}\n`);

describe("task lists", () => {
	it("shows done and open tasks with a ballot box", async () => {
		const html = await htmlOf("Jobs for spring:\n\n- [x] fix the pier\n- [ ] paint the *boat*\n* [X] order rope");
		expect(html).toContain("<li>☑ fix the pier</li>");
		expect(html).toContain("<li>☐ paint the <em>boat</em></li>");
		expect(html).toContain("<li>☑ order rope</li>");
	});

	it("marks tasks in a loose list and in a numbered list", async () => {
		const html = await htmlOf("1. [x] fix the pier\n\n2. [ ] paint the boat");
		expect(html).toMatch(/<li>\s*<p>☑ fix the pier<\/p>\s*<\/li>/);
		expect(html).toMatch(/<li>\s*<p>☐ paint the boat<\/p>\s*<\/li>/);
	});

	it.each([
		["a bracket in a paragraph", "[x] marks the spot.", "<p>[x] marks the spot.</p>"],
		[
			"a link in a list",
			"- [the pier](https://harbour.example/pier/)",
			'<a href="https://harbour.example/pier/">the pier</a>',
		],
		["a bracket later in a list item", "- see [x] below", "<li>see [x] below</li>"],
		["a marker without a task", "- [x]", "<li>[x]</li>"],
	])("leaves %s as it is", async (_, body, expected) => {
		expect(await htmlOf(body)).toContain(expected);
	});
});
