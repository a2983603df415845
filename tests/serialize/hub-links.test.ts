import { describe, expect, it } from "vitest";
import { renderFeeds } from "../../src/serialize/render-feeds.js";
import { makeConfig, makeEntry } from "../factories.js";
import { checkFeed, formatViolations } from "../support/check-feed.js";
import { childrenNamed, parseXml } from "../support/parse-xml.js";

const HUBS = ["https://hub.example.com/", "https://push.example.net/hub?feed=1&x=2"];

function hubLinks(links: { attributes: Record<string, string> }[]): string[] {
	return links.filter((l) => l.attributes.rel === "hub").map((l) => l.attributes.href ?? "");
}

describe("WebSub hubs (W3C WebSub §4: discovery)", () => {
	const feeds = renderFeeds(makeConfig({ hub: HUBS }), [makeEntry()]);

	it("RSS: one atom:link rel=hub per hub, beside rel=self", () => {
		const channel = childrenNamed(parseXml(feeds.rss), "channel")[0];
		expect(channel).toBeDefined();
		const links = childrenNamed(channel ?? parseXml(feeds.rss), "atom:link");
		expect(hubLinks(links)).toEqual(HUBS);
		expect(links.find((l) => l.attributes.rel === "self")?.attributes.href).toBe("https://news.example.org/rss.xml");
	});

	it("Atom: one link rel=hub per hub", () => {
		expect(hubLinks(childrenNamed(parseXml(feeds.atom), "link"))).toEqual(HUBS);
	});

	it("JSON Feed: hubs of type WebSub", () => {
		expect(JSON.parse(feeds.json).hubs).toEqual(HUBS.map((url) => ({ type: "WebSub", url })));
	});

	it("documents with hubs pass the validator rules", () => {
		const violations = checkFeed(feeds);
		expect(violations, formatViolations(violations)).toEqual([]);
	});

	it("no hub configured: no hub link and no hubs key", () => {
		const plain = renderFeeds(makeConfig(), [makeEntry()]);
		expect(plain.rss).not.toContain('rel="hub"');
		expect(plain.atom).not.toContain('rel="hub"');
		expect(JSON.parse(plain.json)).not.toHaveProperty("hubs");
	});

	it("archive pages advertise no hub: they are not topics anyone subscribes to", () => {
		const entries = Array.from({ length: 30 }, (_, i) =>
			makeEntry({ id: `tag:news.example.org,2020:${i}`, published: new Date(Date.UTC(2020, 0, 1 + i)) }),
		).reverse();
		const archived = renderFeeds(
			makeConfig({ hub: HUBS, limit: 5, archive: { enabled: true, pageSize: 10 } }),
			entries,
		);
		expect(archived.archives.length).toBeGreaterThan(0);
		for (const doc of archived.archives) {
			expect(doc.rss).not.toContain('rel="hub"');
			expect(doc.atom).not.toContain('rel="hub"');
			expect(JSON.parse(doc.json)).not.toHaveProperty("hubs");
		}
		expect(hubLinks(childrenNamed(parseXml(archived.atom), "link"))).toEqual(HUBS);
	});
});
