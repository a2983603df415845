import { describe, expect, test } from "vitest";
import { buildFolder } from "../support/build-folder.js";

// A summary is the start of the article's text as a reader would say it. A tutorial opens with "### Introduction" and
// a report has "## Step 1" between paragraphs: a heading read into the summary runs into the next sentence
// ("Introduction With the popularization of …"), so headings are left out of it, and so is a picture's caption or
// credit ("Drew Kelly for WIRED Amazon is hiring …"). A body of nothing but a heading
// (and a picture) is summed up by the heading.

const tutorial = (body: string) =>
	`---\nauthor: Invented Author\ndate: 2024-03-01\nlanguage: en\nsource: https://docs.example.com/tutorials/containers\n---\n\n# Running containers on a small server\n\n${body}\n`;

async function summaryOf(body: string): Promise<string> {
	const { items } = await buildFolder({ "tutorial.md": tutorial(body) });
	return items[0]?.summary ?? "";
}

describe("a summary cut from the body", () => {
	test.each([
		{
			name: "an opening heading",
			body: "### Introduction\n\nWith containers, server automation now plays an essential role.\n\nMore text follows.",
			summary: "With containers, server automation now plays an essential role. More text follows.",
		},
		{
			name: "a heading between paragraphs",
			body: "The server needs a user.\n\n## Step 1 — Creating a User\n\nLog in as root first.",
			summary: "The server needs a user. Log in as root first.",
		},
		{
			name: "a heading in a list's place",
			body: "#### Prerequisites\n\n- One Ubuntu server\n- A non-root user",
			summary: "One Ubuntu server A non-root user",
		},
		{
			name: "a series' line above the text",
			body: "**Part of the Series: [Containers on a Budget](/series/containers)**\n\nWith containers, one server is enough.",
			summary: "With containers, one server is enough.",
		},
		{
			name: "a picture's caption and credit",
			body: '<figure><img src="https://docs.example.com/a.jpg" alt=""><figcaption>The quay at dawn. Photo: Ann Roe</figcaption></figure>\n\nThe quay reopened on Monday.',
			summary: "The quay reopened on Monday.",
		},
		{
			name: "nothing but a heading and a picture",
			body: "## A harbour at dawn\n\n![The harbour](https://docs.example.com/harbour.jpg)",
			summary: "A harbour at dawn",
		},
	])("leaves out $name", async ({ body, summary }) => {
		expect(await summaryOf(body)).toBe(summary);
	});

	test("keeps the headings in the item's content", async () => {
		const { items } = await buildFolder({
			"tutorial.md": tutorial("### Introduction\n\nWith containers, automation matters."),
		});
		expect(items[0]?.content_html).toContain("<h3>Introduction</h3>");
	});
});
