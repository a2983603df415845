import { XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { makeConfig, makeEntry, renderSite } from "../factories.js";
import { checkAtom, checkJsonFeed, checkRss, formatViolations } from "../support/check-feed.js";
import { childrenNamed, childText, parseXml } from "../support/parse-xml.js";

function entry(n: number, categories: string[], author: string) {
	return makeEntry({
		id: `tag:news.example.org,2020-09-${10 + n}:item-${n}`,
		link: `https://news.example.org/item-${n}/`,
		title: `Item ${n}`,
		published: new Date(Date.UTC(2020, 8, 30 - n)),
		categories,
		authors: [{ name: author }],
	});
}

const ENTRIES = [
	entry(1, ["Transport", "Москва"], "Ona Petraitė"),
	entry(2, ["Transport", "Москва"], "Ona Petraitė"),
	entry(3, ["transport", "Москва"], "Jonas Jonaitis"),
	entry(4, ["Weather"], "Ona Petraitė"),
];
const TOPICS = { feeds: { categories: true, authors: true, min: 3 } };

describe("renderDocuments", () => {
	test("writes the site feeds, a feed per topic with at least min items, then feed.css, feeds.opml and index.html", () => {
		const { documents } = renderSite(makeConfig(TOPICS), ENTRIES);
		expect(documents.map((d) => d.path)).toEqual([
			"rss.xml",
			"atom.xml",
			"feed.json",
			"categories/moskva/rss.xml",
			"categories/moskva/atom.xml",
			"categories/moskva/feed.json",
			"categories/transport/rss.xml",
			"categories/transport/atom.xml",
			"categories/transport/feed.json",
			"authors/ona-petraite/rss.xml",
			"authors/ona-petraite/atom.xml",
			"authors/ona-petraite/feed.json",
			"feed.css",
			"feeds.opml",
			"index.html",
		]);
	});

	test("without topic feeds or pages, only the three site feeds", () => {
		const config = makeConfig({ output: { stylesheet: false, index: false, opml: false } });
		const { documents } = renderSite(config, ENTRIES);
		expect(documents.map((d) => d.path)).toEqual(["rss.xml", "atom.xml", "feed.json"]);
		expect(documents[0]?.content).not.toContain("xml-stylesheet");
	});

	test("every feed, topic feeds included, breaks none of the FEEDS.md rules", () => {
		const { documents } = renderSite(makeConfig(TOPICS), ENTRIES);
		for (const document of documents) {
			const check = document.path.endsWith("rss.xml")
				? checkRss
				: document.path.endsWith("atom.xml")
					? checkAtom
					: document.path.endsWith("feed.json")
						? checkJsonFeed
						: undefined;
			if (check === undefined) continue;
			const violations = check(document.content);
			expect(violations, `${document.path}\n${formatViolations(violations)}`).toEqual([]);
		}
	});

	test("a topic feed has its own title, self link, items and stylesheet path", () => {
		const { documents } = renderSite(makeConfig({ ...TOPICS, feeds: { ...TOPICS.feeds, limit: 2 } }), ENTRIES);
		const rss = documents.find((d) => d.path === "categories/transport/rss.xml")?.content ?? "";
		expect(rss).toMatch(
			/^<\?xml version="1.0" encoding="utf-8"\?>\n<\?xml-stylesheet type="text\/css" href="..\/..\/feed.css"\?>\n/,
		);
		const channel = childrenNamed(parseXml(rss), "channel")[0];
		expect(channel && childText(channel, "title")).toBe("Test news: Transport");
		expect(channel && childrenNamed(channel, "atom:link")[0]?.attributes.href).toBe(
			"https://news.example.org/categories/transport/rss.xml",
		);
		expect(channel && childrenNamed(channel, "item").map((item) => childText(item, "title"))).toEqual([
			"Item 1",
			"Item 2",
		]);
		const atom = parseXml(documents.find((d) => d.path === "authors/ona-petraite/atom.xml")?.content ?? "");
		expect(childText(atom, "title")).toBe("Test news: Ona Petraitė");
		const json = JSON.parse(documents.find((d) => d.path === "categories/moskva/feed.json")?.content ?? "{}");
		expect([json.title, json.feed_url]).toEqual([
			"Test news: Москва",
			"https://news.example.org/categories/moskva/feed.json",
		]);
	});

	test("the site feeds name feed.css beside them", () => {
		const { documents } = renderSite(makeConfig(), ENTRIES);
		for (const path of ["rss.xml", "atom.xml"]) {
			const xml = documents.find((d) => d.path === path)?.content ?? "";
			expect(XMLValidator.validate(xml)).toBe(true);
			expect(xml.split("\n")[1]).toBe('<?xml-stylesheet type="text/css" href="feed.css"?>');
		}
	});

	test("the same input gives the same bytes", () => {
		const once = renderSite(makeConfig(TOPICS), ENTRIES).documents;
		expect(renderSite(makeConfig(TOPICS), ENTRIES).documents).toEqual(once);
	});
});
