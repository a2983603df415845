import { describe, expect, test } from "vitest";
import { childElements, EditableXml } from "../../src/serialize/editable-xml.js";

const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** A document shaped like xml-js output (four-space indentation, no final newline). */
function xmlJs(body: string): string {
	return `${DECLARATION}\n${body}`;
}

describe("EditableXml", () => {
	test("appends on a new line at the children's indentation, escaping text and attributes like xmldom did", () => {
		const doc = new EditableXml(
			xmlJs("<rss>\n    <channel>\n        <item>\n            <a>x</a>\n        </item>\n    </channel>\n</rss>"),
		);
		const channel = childElements(doc.root, "channel")[0];
		const item = channel === undefined ? undefined : childElements(channel, "item")[0];
		if (channel === undefined || item === undefined) throw new Error("outline lost an element");
		doc.appendElement(item, "dc:creator", { text: 'Tom & <Jerry> "q"' });
		doc.appendElement(item, "source", { attributes: { url: 'a<b>&"c"\t\n\r' }, text: "" });
		doc.appendElement(channel, "empty", { attributes: { k: "v" } });
		expect(doc.serialize()).toBe(
			`${DECLARATION}\n<rss>\n    <channel>\n        <item>\n            <a>x</a>\n` +
				'            <dc:creator>Tom &amp; &lt;Jerry&gt; "q"</dc:creator>\n' +
				'            <source url="a&lt;b&gt;&amp;&quot;c&quot;&#9;&#10;&#13;"></source>\n' +
				'        </item>\n        <empty k="v"/>\n    </channel>\n</rss>\n',
		);
	});

	test("markup-like text inside CDATA is not taken for tags", () => {
		const doc = new EditableXml(
			xmlJs("<rss>\n    <item><![CDATA[</item><item>\n    </item>]]></item>\n    <item/>\n</rss>"),
		);
		expect(childElements(doc.root, "item")).toHaveLength(2);
	});

	test("an element xml-js wrote as <x></x> comes out as <x/>, unless an edit fills it", () => {
		const doc = new EditableXml(xmlJs("<feed>\n    <a></a>\n    <b></b>\n    <c></c>\n</feed>"));
		const [, b, c] = doc.root.children;
		if (b === undefined || c === undefined) throw new Error("outline lost an element");
		doc.replaceContentWithText(b, "");
		doc.appendElement(c, "d");
		expect(doc.serialize()).toBe(`${DECLARATION}\n<feed>\n    <a/>\n    <b></b>\n    <c><d/></c>\n</feed>\n`);
	});

	test("sets an attribute in place when present, after the others when not", () => {
		const doc = new EditableXml(
			xmlJs(
				'<feed xmlns="urn:a">\n    <title type="html"><![CDATA[a &amp; b]]></title>\n    <link href="x"/>\n</feed>',
			),
		);
		const [title, link] = doc.root.children;
		if (title === undefined || link === undefined) throw new Error("outline lost an element");
		doc.setAttribute(doc.root, "xml:lang", "en");
		doc.setAttribute(title, "type", "text");
		doc.replaceContentWithText(title, "a & b");
		doc.setAttribute(link, "rel", "via");
		expect(doc.serialize()).toBe(
			`${DECLARATION}\n<feed xmlns="urn:a" xml:lang="en">\n    <title type="text">a &amp; b</title>\n    <link href="x" rel="via"/>\n</feed>\n`,
		);
	});

	test("normalises line endings in feed's XML as a parser would, but not in text added afterwards", () => {
		const doc = new EditableXml(xmlJs("<rss>\r\n    <a>1\r2\u20283\u00854</a>\r\n</rss>"));
		doc.appendElement(doc.root, "b", { text: "x\r\ny" });
		expect(doc.serialize()).toBe(`${DECLARATION}\n<rss>\n    <a>1\n2\n3\n4</a>\n    <b>x\r\ny</b>\n</rss>\n`);
	});

	test.each([
		["an unclosed element", "<rss>\n    <a>\n</rss>"],
		["a stray end tag", "<rss></a></rss>"],
		["an unterminated CDATA section", "<rss><![CDATA[x</rss>"],
		["a comment", "<rss><!-- x --></rss>"],
		["two roots", "<a/><b/>"],
	])("rejects %s as malformed", (_name, body) => {
		expect(() => new EditableXml(xmlJs(body))).toThrow(/feed produced malformed XML/);
	});
});
