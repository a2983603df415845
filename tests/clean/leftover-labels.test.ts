import { describe, expect, it } from "vitest";
import { cleanHtml } from "../../src/clean/index.js";
import { createContext } from "./helpers.js";

// Shapes of scraped news bodies (invented text): a video player's playlist and replay button, a comments section's
// heading and a gallery's button kept as blocks of their own, and BBC-style picture labels whose element the scraper
// lost, run into the caption.
const STORY =
	"<p>The harbour reopened on Sunday after a week of storms, and the first ferries crossed at dawn.</p>" +
	"<p>Repairs to the old pier will take another month, officials said.</p>";
const scraped = (html: string) => cleanHtml(html, createContext());
const authored = (html: string) => cleanHtml(html, createContext({ isAuthored: true }));

describe("leftover labels in scraped bodies", () => {
	it.each([
		["a playlist's 'Up Next'", `<p>Up Next</p>${STORY}`],
		["a playlist's 'More Videos'", `${STORY}<div>More Videos</div>`],
		["a replay button", `<p>Replay</p>${STORY}`],
		["a playlist's 'Watch Next', as a heading", `${STORY}<h3>Watch Next</h3>`],
		["a comments section's heading", `${STORY}<h2>Comments</h2>`],
		["a lone 'Photo' button", `<p>Photo</p>${STORY}`],
	])("removes %s", (_name, html) => {
		const result = scraped(html);
		expect(result.html).toBe(scraped(STORY).html);
		expect(result.removals).toHaveLength(1);
	});

	it("removes a label in the middle of the story", () => {
		const result = scraped(`<p>The mayor spoke first.</p><p>UP NEXT</p>${STORY}`);
		expect(result.html).toBe(scraped(`<p>The mayor spoke first.</p>${STORY}`).html);
		expect(result.removals.map((removal) => removal.text)).toEqual(["UP NEXT"]);
	});

	it.each([
		["the label in a sentence", "<p>Comments from the mayor came later in the day.</p>"],
		["a photo credit", "<p>Photo: Jane Roe</p>"],
		["a replay described", "<p>Replay of the council meeting is on the city's site.</p>"],
	])("keeps %s", (_name, html) => {
		expect(scraped(html + STORY).removals).toEqual([]);
	});

	it.each([
		["a heading 'Comments'", `${STORY}<h2>Comments</h2><p>Readers wrote in about the pier.</p>`],
		["a heading 'Up next'", `${STORY}<h2>Up next</h2><p>The second part covers the fish market.</p>`],
		["an 'Image caption' label run into a paragraph", "<p>Image caption The ferry at the old pier.</p>"],
	])("keeps %s in an author's own post", (_name, html) => {
		expect(authored(html).removals).toEqual([]);
	});
});

describe("an 'Image caption' label run into its caption", () => {
	it.each([
		["with a space", "<figcaption>Image caption The ferry at the old pier.</figcaption>"],
		["glued", "<p>Image captionThe ferry at the old pier.</p>"],
		["with a comma, inside a span", "<p><span>Image caption, The ferry at the old pier.</span></p>"],
	])("cuts the label, keeping the caption: %s", (_name, html) => {
		const result = scraped(html);
		expect(result.text).toBe("The ferry at the old pier.");
		expect(result.removals.map((removal) => removal.text)).toEqual(["Image caption"]);
		// Idempotent: the caption is left as it is.
		expect(scraped(result.html).html).toBe(result.html);
	});

	it("keeps a sentence about captions", () => {
		const html = "<p>Image captions are short, and this one is shorter.</p>";
		expect(scraped(html).text).toBe("Image captions are short, and this one is shorter.");
	});
});
