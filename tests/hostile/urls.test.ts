import { describe, expect, test } from "vitest";
import { findUnsafeUrls } from "../support/find-unsafe-urls.js";
import { parseXml, type XmlElement } from "../support/parse-xml.js";
import { buildCase, type Feeds, findFeedProblems, jsonItems, useTempDirs } from "./support.js";

const tempDir = useTempDirs();

interface ItemViews {
	readonly json: Record<string, unknown>;
	readonly rss: XmlElement;
	readonly atom: XmlElement;
}

/** One item in each of the three feeds, found by the slug at the end of its link. */
function itemOf(feeds: Feeds, slug: string): ItemViews {
	const json = (jsonItems(feeds) as unknown as Record<string, unknown>[]).find((item) =>
		String(item.url).endsWith(`/${slug}/`),
	);
	const rss = parseXml(feeds.rss)
		.children.find((c) => c.name === "channel")
		?.children.filter((c) => c.name === "item")
		.find((item) => item.children.some((c) => c.name === "link" && c.text.endsWith(`/${slug}/`)));
	const atom = parseXml(feeds.atom)
		.children.filter((c) => c.name === "entry")
		.find((entry) =>
			entry.children.some(
				(c) => c.name === "link" && c.attributes.rel !== "via" && c.attributes.href?.endsWith(`/${slug}/`),
			),
		);
	if (json === undefined || rss === undefined || atom === undefined) throw new Error(`${slug} is not in every feed`);
	return { json, rss, atom };
}

/** The item's source URL as each format states it: JSON external_url, RSS <source url>, Atom <link rel="via">. */
function sourcesOf(item: ItemViews): unknown[] {
	return [
		item.json.external_url,
		item.rss.children.find((c) => c.name === "source")?.attributes.url,
		item.atom.children.find((c) => c.name === "link" && c.attributes.rel === "via")?.attributes.href,
	];
}

describe("security: no script URL reaches a feed (issue #11, finding 1)", () => {
	test("javascript:, vbscript: and data:text/html behind NBSP, U+2003, U+3000, U+FEFF, U+2028 in href, src, srcset, cite and poster are dropped; the text stays", async () => {
		const run = await buildCase(tempDir, ["url-javascript-spaced.md"]);
		expect(run.code).toBe(0);
		expect(findUnsafeUrls(run.feeds)).toEqual([]);
		expect(findFeedProblems(run.feeds)).toEqual([]);
		const html = String(itemOf(run.feeds, "url-javascript-spaced").json.content_html);
		expect(html).not.toMatch(/script:|data:text/i);
		for (const text of [
			"the no-break space link",
			"the em space link",
			"the ideographic space link",
			"the byte order mark link",
			"the line separator link",
			"the vbscript link",
			"the data link",
			"A quoted line.",
			"The last paragraph of the article.",
		]) {
			expect(html).toContain(text);
		}
		expect(html).toContain('src="https://img.example.org/ok.png"');
		expect(html).toContain('src="https://media.example.org/clip.mp4"');
	});

	test("a trailing Source link to &nbsp;javascript: becomes neither RSS <source>, Atom via nor JSON external_url", async () => {
		const run = await buildCase(tempDir, ["url-source-javascript.md"]);
		expect(run.code).toBe(0);
		expect(findFeedProblems(run.feeds)).toEqual([]);
		expect(sourcesOf(itemOf(run.feeds, "url-source-javascript"))).toEqual([undefined, undefined, undefined]);
	});

	test("a trailing Source link to mailto: is not a source URL", async () => {
		const run = await buildCase(tempDir, ["url-source-mailto.md"]);
		expect(run.code).toBe(0);
		expect(findFeedProblems(run.feeds)).toEqual([]);
		expect(sourcesOf(itemOf(run.feeds, "url-source-mailto"))).toEqual([undefined, undefined, undefined]);
	});

	test("front matter source, image and author URL behind Unicode spaces are refused with a warning", async () => {
		const run = await buildCase(tempDir, ["url-front-matter-spaced.md"]);
		expect(run.code).toBe(0);
		expect(findFeedProblems(run.feeds)).toEqual([]);
		const item = itemOf(run.feeds, "url-front-matter-spaced");
		expect(sourcesOf(item)).toEqual([undefined, undefined, undefined]);
		expect(item.json.image).toBeUndefined();
		expect(JSON.stringify(item.json.authors)).not.toContain("script");
		expect(run.diagnostics).toContainEqual(
			expect.objectContaining({ rule: "front-matter/invalid-url", file: "articles/url-front-matter-spaced.md" }),
		);
	});

	test("data:image/svg+xml is dropped from <img>; a raster data:image/png stays (issue #11, finding 10)", async () => {
		const run = await buildCase(tempDir, ["markup-data-url.md"]);
		expect(findFeedProblems(run.feeds)).toEqual([]);
		const html = String(itemOf(run.feeds, "markup-data-url").json.content_html);
		expect(html).not.toContain("image/svg+xml");
		expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
	});
});
