import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { renderAtom } from "../../src/serialize/render-atom.js";
import { renderJsonFeed } from "../../src/serialize/render-json-feed.js";
import { renderRss } from "../../src/serialize/render-rss.js";
import { makeEntry, makeMeta } from "../factories.js";

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: "@",
	cdataPropName: "#cdata",
	isArray: (name) => ["item", "entry", "link", "dc:creator", "category", "author"].includes(name),
});

function parseXml(xml: string) {
	expect(XMLValidator.validate(xml)).toBe(true);
	return parser.parse(xml);
}

const HOSTILE = makeEntry({
	title: "Tom & Jerry <b>not bold</b> ]]> end",
	summary: "A < B & C ]]> D",
	contentHtml: "<p>one ]]> two ]]> three \u0000\u0007\u001b\uFFFE</p>",
	authors: [{ name: "Jane Roe" }, { name: "Ann \u0001Lee", email: "ann@example.org" }],
	categories: ["News", "Baltic states"],
});

describe("renderRss", () => {
	test("well-formed with several ]]> and control characters; authors as dc:creator, never a name-only <author>", () => {
		const xml = renderRss(makeMeta(), [HOSTILE]);
		const rss = parseXml(xml).rss;
		const item = rss.channel.item[0];
		expect(item.title["#cdata"]).toBe("Tom & Jerry <b>not bold</b> ]]&gt; end");
		expect(item["content:encoded"]["#cdata"]).toBe("<p>one ]]&gt; two ]]&gt; three </p>");
		expect(item["dc:creator"]).toEqual(["Jane Roe", "Ann Lee"]);
		expect(item.author).toBeUndefined();
		expect(item.guid).toEqual({ "#text": "tag:news.example.org,2020-09-14:a", "@isPermaLink": "false" });
		expect(item.pubDate).toBe("Mon, 14 Sep 2020 12:00:00 GMT");
		expect(rss["@xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
		expect(rss["@xmlns:creativeCommons"]).toBe("http://backend.userland.com/creativeCommonsRssModule");
		expect(rss.channel.lastBuildDate).toBe("Mon, 14 Sep 2020 12:00:00 GMT");
		expect(rss.channel["atom:link"]).toMatchObject({ "@rel": "self", "@href": "https://news.example.org/rss.xml" });
	});

	test("rights: copyright on the channel, dc:rights and creativeCommons:license per item, source for republished items", () => {
		const meta = makeMeta({ rights: { text: "© Desk", licenseUrl: "https://creativecommons.org/licenses/by/4.0/" } });
		const entry = makeEntry({
			rights: { text: "© BNS. No reproduction.", licenseUrl: "https://creativecommons.org/licenses/by-nc/4.0/" },
			source: "https://www.bns.lt/news/1/",
		});
		const channel = parseXml(renderRss(meta, [entry])).rss.channel;
		expect(channel.copyright).toBe("© Desk");
		expect(channel["creativeCommons:license"]).toBe("https://creativecommons.org/licenses/by/4.0/");
		expect(channel["dc:rights"]).toBeUndefined();
		expect(channel.item[0]["dc:rights"]).toBe("© BNS. No reproduction.");
		expect(channel.item[0]["creativeCommons:license"]).toBe("https://creativecommons.org/licenses/by-nc/4.0/");
		expect(channel.item[0].source).toEqual({ "#text": "www.bns.lt", "@url": "https://www.bns.lt/news/1/" });
	});

	test("the same input gives the same bytes", () => {
		expect(renderRss(makeMeta(), [HOSTILE])).toBe(renderRss(makeMeta(), [HOSTILE]));
	});
});

describe("renderAtom", () => {
	test("plain-text titles and summaries, category term, RFC 4946 licence links, via link, rights", () => {
		const meta = makeMeta({
			language: "en",
			rights: { text: "© Desk", licenseUrl: "https://creativecommons.org/licenses/by/4.0/" },
		});
		const agency = makeEntry({ ...HOSTILE, rights: { text: "© BNS" }, source: "https://www.bns.lt/news/1/" });
		const licensed = makeEntry({
			id: "tag:news.example.org,2020-09-14:b",
			rights: { text: "CC", licenseUrl: "https://creativecommons.org/licenses/by-sa/4.0/" },
		});
		const feed = parseXml(renderAtom(meta, [agency, licensed])).feed;
		expect(feed["@xml:lang"]).toBe("en");
		expect(feed.link).toContainEqual({
			"@rel": "license",
			"@type": "text/html",
			"@href": "https://creativecommons.org/licenses/by/4.0/",
		});
		expect(feed.link).toContainEqual({ "@rel": "self", "@href": "https://news.example.org/atom.xml" });
		expect(feed.rights).toBe("© Desk");
		const [first, second] = feed.entry;
		// Plain text, escaped by the XML serializer and read back exactly as written.
		expect(first.title).toEqual({ "#text": "Tom & Jerry <b>not bold</b> ]]> end", "@type": "text" });
		expect(first.summary).toEqual({ "#text": "A < B & C ]]> D", "@type": "text" });
		expect(first.category).toEqual([
			{ "@label": "News", "@term": "News" },
			{ "@label": "Baltic states", "@term": "Baltic states" },
		]);
		expect(first.rights).toBe("© BNS");
		expect(first.link).toContainEqual({ "@rel": "via", "@href": "https://www.bns.lt/news/1/" });
		expect(second.link).toContainEqual({
			"@rel": "license",
			"@type": "text/html",
			"@href": "https://creativecommons.org/licenses/by-sa/4.0/",
		});
		expect(first.author.map((a: { name: string }) => a.name)).toEqual(["Jane Roe", "Ann Lee"]);
	});
});

describe("renderJsonFeed", () => {
	test("JSON Feed 1.1 with ids, authors arrays, external_url and _rights", () => {
		const meta = makeMeta({ language: "lt", rights: { text: "© Desk" } });
		const entry = makeEntry({
			authors: [{ name: "Jane" }],
			source: "https://www.bns.lt/news/1/",
			rights: { text: "© BNS", licenseUrl: "https://x.org/l", licenseName: "L" },
		});
		const feed = JSON.parse(renderJsonFeed(meta, [entry]));
		expect(feed).toMatchObject({
			version: "https://jsonfeed.org/version/1.1",
			title: "Test news",
			language: "lt",
			feed_url: "https://news.example.org/feed.json",
			authors: [{ name: "Desk" }],
			_rights: { text: "© Desk" },
		});
		expect(feed.author).toBeUndefined();
		expect(feed.items[0]).toMatchObject({
			id: "tag:news.example.org,2020-09-14:a",
			url: "https://news.example.org/a/",
			external_url: "https://www.bns.lt/news/1/",
			content_html: "<p>Body.</p>",
			summary: "A summary.",
			date_published: "2020-09-14T12:00:00.000Z",
			authors: [{ name: "Jane" }],
			_rights: { text: "© BNS", license: "https://x.org/l", license_name: "L" },
		});
		expect(feed.items[0].author).toBeUndefined();
	});
});
