import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { renderAtom } from "../../src/serialize/render-atom.js";
import { renderJsonFeed } from "../../src/serialize/render-json-feed.js";
import { renderRss } from "../../src/serialize/render-rss.js";
import { makeEntry, makeMeta } from "../factories.js";
import { checkAtom, checkJsonFeed, checkRss } from "../support/check-feed.js";

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: "@",
	cdataPropName: "#cdata",
	isArray: (name) => ["item", "entry", "link", "dc:creator", "category", "author"].includes(name),
});

// Reads CDATA sections as the text they hold, joined, as a feed reader does.
const textParser = new XMLParser({ ignoreAttributes: true, isArray: (name) => ["item", "entry"].includes(name) });

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
		// Each ]]> splits its CDATA section, so a reader gets it back as written (issue #12), never "]]&gt;".
		const text = textParser.parse(xml).rss.channel.item[0];
		expect(text.title).toBe("Tom & Jerry <b>not bold</b> ]]> end");
		expect(text["content:encoded"]).toBe("<p>one ]]> two ]]> three </p>");
		expect(xml).toContain("<title><![CDATA[Tom & Jerry <b>not bold</b> ]]]]><![CDATA[> end]]></title>");
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

describe("images, enclosures and icons", () => {
	const PHOTO = { url: "https://cdn.example.net/storm.jpg?w=1200&h=630", type: "image/jpeg", width: 1200, height: 630 };
	const EPISODE = { url: "https://cdn.example.net/ep1.mp3", type: "audio/mpeg", length: 12345678 };
	const withIcons = makeMeta({
		icon: "https://news.example.org/favicon.png",
		logo: "https://news.example.org/logo.png",
	});

	test("RSS: featured image as media:content and media:thumbnail (namespace declared), no enclosure of unknown size", () => {
		const rss = parseXml(renderRss(makeMeta(), [makeEntry({ image: PHOTO })])).rss;
		expect(rss["@xmlns:media"]).toBe("http://search.yahoo.com/mrss/");
		const item = rss.channel.item[0];
		expect(item["media:content"]).toEqual({
			"@url": PHOTO.url,
			"@medium": "image",
			"@type": "image/jpeg",
			"@width": "1200",
			"@height": "630",
		});
		expect(item["media:thumbnail"]).toEqual({ "@url": PHOTO.url, "@width": "1200", "@height": "630" });
		expect(item.enclosure).toBeUndefined();
	});

	test("RSS: no media namespace when no item has an image", () => {
		expect(parseXml(renderRss(makeMeta(), [makeEntry()])).rss["@xmlns:media"]).toBeUndefined();
	});

	test("RSS: the image becomes the enclosure when its type and length are known; a podcast file wins the one slot", () => {
		const sized = { ...PHOTO, length: 48000 };
		const imageOnly = parseXml(renderRss(makeMeta(), [makeEntry({ image: sized })])).rss.channel.item[0];
		expect(imageOnly.enclosure).toEqual({ "@url": PHOTO.url, "@type": "image/jpeg", "@length": "48000" });
		const both = parseXml(renderRss(makeMeta(), [makeEntry({ image: sized, enclosure: EPISODE })])).rss.channel.item[0];
		expect(both.enclosure).toEqual({ "@url": EPISODE.url, "@type": "audio/mpeg", "@length": "12345678" });
		expect(both["media:content"]["@fileSize"]).toBe("48000");
	});

	test("Atom: rel=enclosure with the real type and length (one per file), and Media RSS for the image", () => {
		const sized = { ...PHOTO, length: 48000 };
		const feed = parseXml(renderAtom(makeMeta(), [makeEntry({ image: sized, enclosure: EPISODE })])).feed;
		expect(feed["@xmlns:media"]).toBe("http://search.yahoo.com/mrss/");
		const links = feed.entry[0].link.filter((l: { "@rel"?: string }) => l["@rel"] === "enclosure");
		expect(links).toEqual([
			{ "@rel": "enclosure", "@type": "audio/mpeg", "@length": "12345678", "@href": EPISODE.url },
			{ "@rel": "enclosure", "@type": "image/jpeg", "@length": "48000", "@href": PHOTO.url },
		]);
		expect(feed.entry[0]["media:thumbnail"]["@url"]).toBe(PHOTO.url);
	});

	test("Atom: an image of unknown size is no enclosure", () => {
		const feed = parseXml(renderAtom(makeMeta(), [makeEntry({ image: PHOTO })])).feed;
		expect(feed.entry[0].link.filter((l: { "@rel"?: string }) => l["@rel"] === "enclosure")).toEqual([]);
	});

	test("JSON Feed: image, banner_image for a landscape image, attachments for an enclosure", () => {
		const feed = JSON.parse(renderJsonFeed(makeMeta(), [makeEntry({ image: PHOTO, enclosure: EPISODE })]));
		expect(feed.items[0]).toMatchObject({
			image: PHOTO.url,
			banner_image: PHOTO.url,
			attachments: [{ url: EPISODE.url, mime_type: "audio/mpeg", size_in_bytes: 12345678 }],
		});
		const square = JSON.parse(
			renderJsonFeed(makeMeta(), [makeEntry({ image: { ...PHOTO, width: 600, height: 600 } })]),
		);
		expect(square.items[0].image).toBe(PHOTO.url);
		expect(square.items[0].banner_image).toBeUndefined();
	});

	test("feed icon and logo: RSS <image>, Atom <icon> and <logo>, JSON icon and favicon", () => {
		const channel = parseXml(renderRss(withIcons, [makeEntry()])).rss.channel;
		expect(channel.image).toEqual({
			title: "Test news",
			url: "https://news.example.org/logo.png",
			link: ["https://news.example.org/"], // the test parser reads every <link> as a list
		});
		const feed = parseXml(renderAtom(withIcons, [makeEntry()])).feed;
		expect(feed.icon).toBe("https://news.example.org/favicon.png");
		expect(feed.logo).toBe("https://news.example.org/logo.png");
		const json = JSON.parse(renderJsonFeed(withIcons, [makeEntry()]));
		expect(json.icon).toBe("https://news.example.org/logo.png");
		expect(json.favicon).toBe("https://news.example.org/favicon.png");
	});

	test("an icon alone stands in for the logo in RSS and JSON", () => {
		const meta = makeMeta({ icon: "https://news.example.org/favicon.png" });
		expect(parseXml(renderRss(meta, [makeEntry()])).rss.channel.image.url).toBe("https://news.example.org/favicon.png");
		expect(JSON.parse(renderJsonFeed(meta, [makeEntry()])).icon).toBe("https://news.example.org/favicon.png");
	});

	test("media URLs with & and quotes stay well-formed and pass the feed checks", () => {
		const odd = { url: 'https://cdn.example.net/a.jpg?x=1&y="2"', type: "image/jpeg", length: 10 };
		const entry = makeEntry({
			image: odd,
			enclosure: { ...odd, url: "https://cdn.example.net/e.mp3?a=1&b=2", type: "audio/mpeg" },
		});
		expect(checkRss(renderRss(withIcons, [entry]))).toEqual([]);
		expect(checkAtom(renderAtom(withIcons, [entry]))).toEqual([]);
		expect(checkJsonFeed(renderJsonFeed(withIcons, [entry]))).toEqual([]);
	});
});
