import { describe, expect, it } from "vitest";
import { checkAtom, checkFeed, checkJsonFeed, checkRss, formatViolations } from "./check-feed.js";

// Small valid feeds; each case below breaks exactly one thing in a copy and expects its rule to fire.
const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:creativeCommons="http://backend.userland.com/creativeCommonsRssModule">
<channel>
<title>News</title>
<link>https://news.example.org/</link>
<description>Daily news.</description>
<lastBuildDate>Mon, 14 Sep 2020 12:00:00 GMT</lastBuildDate>
<copyright>© 2020 Desk</copyright>
<atom:link href="https://news.example.org/rss.xml" rel="self" type="application/rss+xml"/>
<creativeCommons:license>https://creativecommons.org/licenses/by/4.0/</creativeCommons:license>
<item>
<title><![CDATA[First & best]]></title>
<link>https://news.example.org/first/</link>
<guid isPermaLink="false">tag:news.example.org,2020-09-14:first</guid>
<pubDate>Mon, 14 Sep 2020 12:00:00 GMT</pubDate>
<description>Summary &amp; more &#8220;quoted&#8221;</description>
<content:encoded><![CDATA[<p><a href="https://news.example.org/x/">x</a> <img src="https://news.example.org/i.png" srcset="https://news.example.org/i2.png 2x" alt=""></p>]]></content:encoded>
<dc:creator>Jane</dc:creator>
<enclosure url="https://news.example.org/a.mp3" length="1234" type="audio/mpeg"/>
</item>
<item>
<title>Second</title>
<guid>https://news.example.org/second/</guid>
<pubDate>Sun, 13 Sep 2020 08:00:00 +0200</pubDate>
<author>jane@example.org (Jane)</author>
</item>
</channel>
</rss>
`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<id>https://news.example.org/</id>
<title>News</title>
<updated>2020-09-14T12:00:00Z</updated>
<link rel="self" href="https://news.example.org/atom.xml"/>
<link rel="alternate" href="https://news.example.org/"/>
<link rel="license" type="text/html" href="https://creativecommons.org/licenses/by/4.0/"/>
<author><name>Desk</name></author>
<rights>© 2020 Desk</rights>
<entry>
<title type="html">First &amp;amp; best</title>
<id>tag:news.example.org,2020-09-14:first</id>
<link href="https://news.example.org/first/"/>
<updated>2020-09-14T12:00:00Z</updated>
<published>2020-09-14T10:00:00+02:00</published>
<category term="World" label="World"/>
<content type="html"><![CDATA[<p><a href="https://news.example.org/x/">x</a></p>]]></content>
</entry>
<entry>
<title>Second</title>
<id>tag:news.example.org,2020-09-13:second</id>
<updated>2020-09-13T08:00:00.250Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><img src="https://news.example.org/i.png" alt=""/></div></content>
</entry>
</feed>
`;

const JSON_FEED = JSON.stringify({
	version: "https://jsonfeed.org/version/1.1",
	title: "News",
	home_page_url: "https://news.example.org/",
	feed_url: "https://news.example.org/feed.json",
	authors: [{ name: "Desk" }],
	_rights: { text: "© 2020 Desk" },
	items: [
		{
			id: "tag:news.example.org,2020-09-14:first",
			url: "https://news.example.org/first/",
			title: "First",
			content_html: '<p><a href="https://news.example.org/x/">x</a></p>',
			date_published: "2020-09-14T12:00:00Z",
		},
		{
			id: "tag:news.example.org,2020-09-13:second",
			content_text: "Second",
			authors: [{ name: "Jane" }],
		},
	],
});

type Edit = readonly [from: string, to: string];

/** Applies each edit to its first occurrence; a `from` that is not there is a broken test case. */
function edit(document: string, edits: readonly Edit[]): string {
	return edits.reduce((text, [from, to]) => {
		if (!text.includes(from)) throw new Error(`test case edits "${from}", which is not in the feed`);
		return text.replace(from, to);
	}, document);
}

const rulesOf = (violations: readonly { rule: string }[]) => violations.map((v) => v.rule);

it("finds nothing wrong with the valid feeds", () => {
	const violations = checkFeed({ rss: RSS, atom: ATOM, json: JSON_FEED });
	expect(violations, formatViolations(violations)).toEqual([]);
});

describe("every XML feed", () => {
	it.each<[string, string, readonly Edit[]]>([
		["xml/forbidden-char", "a BEL control character", [["First & best", "First \u0007 best"]]],
		["xml/forbidden-char", "a NUL character", [["Daily news.", "Daily\u0000news."]]],
		["xml/forbidden-char", "a lone surrogate", [["Daily news.", "Daily \uD800 news."]]],
		["xml/forbidden-char", "U+FFFE", [["Daily news.", "Daily \uFFFE news."]]],
		["xml/not-well-formed", "an unclosed element", [["<title>Second</title>", "<title>Second"]]],
		["xml/not-well-formed", "a body with two ]]> (feed 6 splits only the first)", [["<p><a", "<p>a]]>b]]><a"]]],
		["xml/bad-reference", "an HTML entity outside CDATA", [["Summary &amp; more", "Summary &nbsp; more"]]],
		["xml/bad-reference", "a reference to a forbidden character", [["Summary &amp; more", "Summary &#27; more"]]],
		["xml/not-well-formed", "a bare ampersand", [["Summary &amp; more", "Summary & more"]]],
		["xml/undeclared-prefix", "dc: used but not declared", [[' xmlns:dc="http://purl.org/dc/elements/1.1/"', ""]]],
		[
			"xml/undeclared-prefix",
			"a prefixed attribute not declared",
			[['<guid isPermaLink="false">', '<guid x:y="1" isPermaLink="false">']],
		],
	])("%s: %s", (rule, _case, edits) => {
		expect(rulesOf(checkRss(edit(RSS, edits)))).toContain(rule);
	});

	it("applies the XML rules to Atom too", () => {
		expect(rulesOf(checkAtom(edit(ATOM, [["<title>News</title>", "<title>News\u001b</title>"]])))).toContain(
			"xml/forbidden-char",
		);
		expect(rulesOf(checkAtom(edit(ATOM, [["<title>Second</title>", "<dc:title>Second</dc:title>"]])))).toContain(
			"xml/undeclared-prefix",
		);
	});
});

describe("RSS 2.0", () => {
	it.each<[string, string, readonly Edit[]]>([
		["rss/root", "another RSS version", [['<rss version="2.0"', '<rss version="0.91"']]],
		[
			"rss/channel",
			"no channel",
			[
				["<channel>", "<channel2>"],
				["</channel>", "</channel2>"],
			],
		],
		["rss/channel-title", "an empty channel title", [["<title>News</title>", "<title></title>"]]],
		["rss/channel-link", "no channel link", [["<link>https://news.example.org/</link>", ""]]],
		["rss/channel-link", "a relative channel link", [["<link>https://news.example.org/</link>", "<link>/</link>"]]],
		[
			"rss/channel-description",
			"a blank description",
			[["<description>Daily news.</description>", "<description> </description>"]],
		],
		["rss/date", "an ISO 8601 lastBuildDate", [["Mon, 14 Sep 2020 12:00:00 GMT", "2020-09-14T12:00:00Z"]]],
		["rss/date", "a pubDate without a zone", [["Sun, 13 Sep 2020 08:00:00 +0200", "Sun, 13 Sep 2020 08:00:00"]]],
		["rss/date", "the wrong weekday", [["<pubDate>Mon, 14 Sep", "<pubDate>Tue, 14 Sep"]]],
		["rss/date", "a day that does not exist", [["<pubDate>Mon, 14 Sep", "<pubDate>Mon, 31 Sep"]]],
		["rss/guid-permalink", "a tag: guid without isPermaLink=false", [['<guid isPermaLink="false">', "<guid>"]]],
		["rss/guid-permalink", "an isPermaLink that is not a boolean", [['isPermaLink="false"', 'isPermaLink="no"']]],
		["rss/guid", "an empty guid", [["<guid>https://news.example.org/second/</guid>", "<guid></guid>"]]],
		[
			"rss/duplicate-guid",
			"two items with one guid",
			[
				[
					"<guid>https://news.example.org/second/</guid>",
					'<guid isPermaLink="false">tag:news.example.org,2020-09-14:first</guid>',
				],
			],
		],
		["rss/author-not-email", "a name-only <author> (feed 6)", [["jane@example.org (Jane)", "Jane"]]],
		[
			"rss/author-and-creator",
			"author and dc:creator on one item",
			[["<dc:creator>Jane</dc:creator>", "<dc:creator>Jane</dc:creator><author>jane@example.org</author>"]],
		],
		[
			"rss/enclosure-count",
			"two enclosures",
			[["<dc:creator>", '<enclosure url="https://news.example.org/b.mp3" length="1" type="audio/mpeg"/><dc:creator>']],
		],
		["rss/enclosure", "an enclosure without a length", [['length="1234"', 'length=""']]],
		["rss/self-link", "no atom:link rel=self", [['rel="self"', 'rel="hub"']]],
		[
			"rss/channel-dc-rights",
			"dc:rights beside copyright",
			[["<copyright>", "<dc:rights>Desk</dc:rights><copyright>"]],
		],
		[
			"rss/license-url",
			"a licence name instead of a URL",
			[["https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"]],
		],
		["rss/item-title-or-description", "an item with neither", [["<title>Second</title>", ""]]],
		[
			"rss/item-link",
			"a relative item link",
			[["<link>https://news.example.org/first/</link>", "<link>/first/</link>"]],
		],
	])("%s: %s", (rule, _case, edits) => {
		expect(rulesOf(checkRss(edit(RSS, edits)))).toContain(rule);
	});

	it("accepts an RSS <author> written as a name and an address in angle brackets", () => {
		expect(checkRss(edit(RSS, [["jane@example.org (Jane)", "Jane &lt;jane@example.org&gt;"]]))).toEqual([]);
	});
});

describe("Atom 1.0", () => {
	it.each<[string, string, readonly Edit[]]>([
		[
			"atom/root",
			"the Atom 0.3 namespace",
			[['xmlns="http://www.w3.org/2005/Atom"', 'xmlns="http://purl.org/atom/ns#"']],
		],
		["atom/feed-id", "no feed id", [["<id>https://news.example.org/</id>", ""]]],
		[
			"atom/feed-id",
			"two feed ids",
			[["<id>https://news.example.org/</id>", "<id>https://news.example.org/</id><id>urn:x:y</id>"]],
		],
		[
			"atom/feed-id",
			"a feed id that is not an IRI",
			[["<id>https://news.example.org/</id>", "<id>news.example.org</id>"]],
		],
		["atom/feed-title", "no feed title", [["<title>News</title>", ""]]],
		["atom/feed-updated", "no feed updated", [["<updated>2020-09-14T12:00:00Z</updated>", ""]]],
		["atom/self-link", "no self link", [['<link rel="self" href="https://news.example.org/atom.xml"/>', ""]]],
		["atom/author", "no author on the feed or on the entries", [["<author><name>Desk</name></author>", ""]]],
		[
			"atom/author",
			"an author without a name",
			[["<author><name>Desk</name></author>", "<author><email>desk@example.org</email></author>"]],
		],
		["atom/entry-id", "an entry without id", [["<id>tag:news.example.org,2020-09-13:second</id>", ""]]],
		[
			"atom/entry-id",
			"an entry id that is not an IRI",
			[["<id>tag:news.example.org,2020-09-13:second</id>", "<id>second</id>"]],
		],
		["atom/entry-title", "an entry without title", [["<title>Second</title>", ""]]],
		["atom/entry-updated", "an entry without updated", [["<updated>2020-09-13T08:00:00.250Z</updated>", ""]]],
		[
			"atom/entry-content-or-alternate",
			"an entry with neither",
			[
				['<link href="https://news.example.org/first/"/>', ""],
				['<content type="html">', '<summary type="html">'],
				["]]></content>", "]]></summary>"],
			],
		],
		["atom/category-term", "a category with only a label (feed 6)", [['term="World" ', ""]]],
		["atom/date", "an updated date without a zone", [["2020-09-13T08:00:00.250Z", "2020-09-13T08:00:00"]]],
		["atom/date", "an RFC 822 published date", [["2020-09-14T10:00:00+02:00", "Mon, 14 Sep 2020 10:00:00 +0200"]]],
		["atom/date", "a day that does not exist", [["2020-09-13T08:00:00.250Z", "2020-02-30T08:00:00Z"]]],
		[
			"atom/duplicate-id",
			"two entries with one id",
			[["<id>tag:news.example.org,2020-09-13:second</id>", "<id>tag:news.example.org,2020-09-14:first</id>"]],
		],
	])("%s: %s", (rule, _case, edits) => {
		expect(rulesOf(checkAtom(edit(ATOM, edits)))).toContain(rule);
	});

	it("accepts entries that each have an author when the feed has none", () => {
		const atom = edit(ATOM, [
			["<author><name>Desk</name></author>", ""],
			["<title>Second</title>", "<title>Second</title><author><name>Jane</name></author>"],
			['<title type="html">', '<author><name>Joe</name></author><title type="html">'],
		]);
		expect(checkAtom(atom)).toEqual([]);
	});
});

describe("HTML content, in every format", () => {
	it.each<[string, string, Edit]>([
		["content/relative-url", "a root-relative img src", ['src="https://news.example.org/i.png"', 'src="/i.png"']],
		["content/relative-url", "a path-relative link", ['href="https://news.example.org/x/"', 'href="x/"']],
		[
			"content/relative-url",
			"a protocol-relative src",
			['src="https://news.example.org/i.png"', 'src="//cdn.example.org/i.png"'],
		],
		["content/relative-url", "a fragment-only link", ['href="https://news.example.org/x/"', 'href="#"']],
		["content/relative-url", "a relative srcset candidate", ["https://news.example.org/i2.png 2x", "i2.png 2x"]],
		["content/relative-url", "a relative video poster", ["<p><a", '<p><video poster="p.jpg"></video><a']],
		["content/unsafe", "a script element", ["<p><a", "<p><SCRIPT>alert(1)</SCRIPT><a"]],
		["content/unsafe", "an iframe", ["<p><a", '<p><iframe src="https://video.example.org/e/1"></iframe><a']],
		["content/unsafe", "an object", ["<p><a", '<p><object data="https://x.example.org/f.swf"></object><a']],
		["content/unsafe", "an event handler attribute", ['alt=""', 'alt="" onerror="alert(1)"']],
		["content/unsafe", "a javascript: URL", ['href="https://news.example.org/x/"', 'href=" Java\tScript:alert(1)"']],
	])("%s in content:encoded: %s", (rule, _case, change) => {
		expect(rulesOf(checkRss(edit(RSS, [change])))).toContain(rule);
	});

	it("checks escaped HTML in an RSS description", () => {
		const rss = edit(RSS, [["Summary &amp; more", 'Summary &lt;img src="/i.png"&gt;']]);
		expect(rulesOf(checkRss(rss))).toEqual(["content/relative-url"]);
	});

	it("checks type=html and type=xhtml Atom content", () => {
		const html = edit(ATOM, [['href="https://news.example.org/x/"', 'href="/x/"']]);
		expect(rulesOf(checkAtom(html))).toEqual(["content/relative-url"]);
		const xhtml = edit(ATOM, [['src="https://news.example.org/i.png"', 'src="i.png" onload="x()"']]);
		expect(rulesOf(checkAtom(xhtml)).sort()).toEqual(["content/relative-url", "content/unsafe"]);
	});

	it("checks JSON Feed content_html", () => {
		const json = edit(JSON_FEED, [['<a href=\\"https://news.example.org/x/\\">', '<a href=\\"javascript:x()\\">']]);
		expect(rulesOf(checkJsonFeed(json))).toEqual(["content/unsafe"]);
	});
});

describe("JSON Feed 1.1", () => {
	type Feed = { [key: string]: unknown; items: Record<string, unknown>[] };
	const mutate = (change: (feed: Feed) => void): string => {
		const feed = JSON.parse(JSON_FEED) as Feed;
		change(feed);
		return JSON.stringify(feed);
	};
	const first = (feed: Feed) => feed.items[0] ?? {};

	it.each<[string, string, (feed: Feed) => void]>([
		[
			"json/version",
			"version 1 (feed 6)",
			(f) => {
				f.version = "https://jsonfeed.org/version/1";
			},
		],
		[
			"json/title",
			"no title",
			(f) => {
				delete f.title;
			},
		],
		[
			"json/items",
			"items that are not an array",
			(f) => {
				f.items = {} as never;
			},
		],
		[
			"json/item-id",
			"an item without id (feed 6, link only)",
			(f) => {
				delete first(f).id;
			},
		],
		[
			"json/item-id",
			"a numeric id",
			(f) => {
				first(f).id = 1;
			},
		],
		[
			"json/item-content",
			"an item without content_html or content_text",
			(f) => {
				delete first(f).content_html;
			},
		],
		[
			"json/duplicate-id",
			"two items with one id",
			(f) => {
				(f.items[1] ?? {}).id = first(f).id;
			},
		],
		[
			"json/authors",
			"authors that is not an array",
			(f) => {
				f.authors = { name: "Desk" };
			},
		],
		[
			"json/authors",
			"a 1.0 author without authors",
			(f) => {
				delete f.authors;
				f.author = { name: "Desk" };
			},
		],
		[
			"json/date",
			"a date that is not RFC 3339",
			(f) => {
				first(f).date_published = "14 Sep 2020";
			},
		],
		[
			"json/url",
			"a relative item url",
			(f) => {
				first(f).url = "/first/";
			},
		],
	])("%s: %s", (rule, _case, change) => {
		expect(rulesOf(checkJsonFeed(mutate(change)))).toContain(rule);
	});

	it("json/not-json: a document that is not JSON", () => {
		expect(rulesOf(checkJsonFeed("{"))).toEqual(["json/not-json"]);
	});
});
