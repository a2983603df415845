import { describe, expect, it } from "vitest";
import { renderOneArticle } from "../support/render-one-article.js";

// A scraped article saved as plain text (the title on its first line, blank lines between paragraphs): its web
// addresses are links a reader can follow, as in a Markdown body.
const htmlOf = (body: string) => renderOneArticle("2020-09-15-port.txt", `Port reopens after storm\n\n${body}\n`);

describe("plain-text articles", () => {
	it("links the web addresses written in the text", async () => {
		const html = await htmlOf(
			"The port reopened on Tuesday, the authority said.\n\nThe timetable is at https://port.example/timetable?day=tue&lang=en and www.port.example/ferries.",
		);
		expect(html).toContain(
			'<a href="https://port.example/timetable?day=tue&amp;lang=en">https://port.example/timetable?day=tue&amp;lang=en</a>',
		);
		// As in Markdown bodies: an address without its scheme stays text.
		expect(html).toContain(" and www.port.example/ferries.");
	});

	it("leaves a name that only looks like a host as text, and markup as text", async () => {
		const html = await htmlOf("The port.example company runs <b>three</b> ferries to Nida.lt each day.");
		expect(html).not.toContain("<a ");
		expect(html).toContain("&lt;b>three&lt;/b>");
	});
});
