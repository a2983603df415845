import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { parse } from "parse5";
import { afterAll, describe, expect, test } from "vitest";
import { makeConfig, makeEntry, renderSite } from "../factories.js";
import { checkWithVnu, formatVnuMessages } from "../support/check-with-vnu.js";
import { childrenNamed, parseXml, type XmlElement } from "../support/parse-xml.js";
import { describeWith, JAVA, NEWSBOAT } from "../support/require-reader.js";
import { runCommand } from "../support/run-command.js";
import { useBeforeAll } from "../support/use-before-all.js";

const HOSTILE_TITLE = 'Tom & "Jerry" <script>alert(1)</script>';
const ENTRIES = [1, 2, 3].map((n) =>
	makeEntry({
		id: `tag:news.example.org,2020-09-1${n}:item-${n}`,
		link: `https://news.example.org/item-${n}/`,
		title: n === 1 ? HOSTILE_TITLE : `Item ${n}`,
		summary: `Summary ${n} & more.`,
		published: new Date(Date.UTC(2020, 8, 20 - n)),
		categories: ["Transport"],
		authors: [{ name: "Ona Petraitė" }],
	}),
);
const CONFIG = makeConfig({
	title: "Harbour <Times>",
	language: "en",
	author: { name: "Desk" },
	feeds: { categories: true, authors: true, min: 3 },
});
const { documents } = renderSite(CONFIG, ENTRIES);
const read = (path: string) => documents.find((d) => d.path === path)?.content ?? "";

interface HtmlNode {
	readonly nodeName: string;
	readonly attrs?: readonly { name: string; value: string }[];
	readonly childNodes?: readonly HtmlNode[];
	readonly value?: string;
	readonly content?: HtmlNode;
}

function all(node: HtmlNode, name: string): HtmlNode[] {
	const children = [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])];
	return [...(node.nodeName === name ? [node] : []), ...children.flatMap((child) => all(child, name))];
}
const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const textOf = (node: HtmlNode): string =>
	node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(textOf).join("");

describe("index.html", () => {
	const html = read("index.html");
	const errors: string[] = [];
	const page = parse(html, { onParseError: (error) => errors.push(error.code) }) as unknown as HtmlNode;

	test("parses without a single HTML parse error", () => {
		expect(errors).toEqual([]);
	});

	test("autodiscovery: a <link rel=alternate> with the right type for every feed, topic feeds included", () => {
		const links = all(page, "link").filter((l) => attr(l, "rel") === "alternate");
		expect(links.map((l) => [attr(l, "type"), attr(l, "href")])).toEqual([
			["application/rss+xml", "rss.xml"],
			["application/atom+xml", "atom.xml"],
			["application/feed+json", "feed.json"],
			["application/rss+xml", "categories/transport/rss.xml"],
			["application/atom+xml", "categories/transport/atom.xml"],
			["application/feed+json", "categories/transport/feed.json"],
			["application/rss+xml", "authors/ona-petraite/rss.xml"],
			["application/atom+xml", "authors/ona-petraite/atom.xml"],
			["application/feed+json", "authors/ona-petraite/feed.json"],
		]);
		expect(attr(links[0] as HtmlNode, "title")).toBe("Harbour <Times> (RSS)");
	});

	test("subscribe: each address in full, a copy button for it, a feed: link and the file itself", () => {
		const inputs = all(page, "input");
		expect(inputs.map((i) => attr(i, "value"))).toEqual([
			"https://news.example.org/rss.xml",
			"https://news.example.org/atom.xml",
			"https://news.example.org/feed.json",
		]);
		const buttons = all(page, "button");
		expect(buttons.map((b) => attr(b, "data-copy"))).toEqual(inputs.map((i) => attr(i, "id")));
		const hrefs = all(page, "a").map((a) => attr(a, "href"));
		expect(hrefs).toContain("feed://news.example.org/rss.xml");
		expect(hrefs).toContain("rss.xml");
	});

	test("the newest items and every topic feed, with hostile text escaped", () => {
		const items = all(page, "ol").flatMap((ol) => all(ol, "h3").map(textOf));
		expect(items).toEqual([HOSTILE_TITLE, "Item 2", "Item 3"]);
		expect(all(page, "script")).toHaveLength(1);
		const topics = all(page, "ul")
			.filter((ul) => attr(ul, "class") === "topics")
			.flatMap((ul) => all(ul, "li").map((li) => textOf(li).replace(/\s+/g, " ")));
		expect(topics).toEqual([
			"Transport (3 articles) RSS · Atom · JSON Feed",
			"Ona Petraitė (3 articles) RSS · Atom · JSON Feed",
		]);
	});

	test("no external asset and no tracking: nothing is loaded, and the CSP allows only the inline style and script", () => {
		for (const name of ["img", "iframe", "object", "embed", "audio", "video", "source"])
			expect(all(page, name)).toEqual([]);
		const loaded = all(page, "link").filter((l) =>
			["stylesheet", "preload", "prefetch", "preconnect"].includes(attr(l, "rel") ?? ""),
		);
		expect(loaded).toEqual([]);
		expect(all(page, "script").map((s) => attr(s, "src"))).toEqual([undefined]);
		const csp = all(page, "meta").find((m) => attr(m, "http-equiv") === "Content-Security-Policy");
		const sha = (node: HtmlNode) => `'sha256-${createHash("sha256").update(textOf(node)).digest("base64")}'`;
		const style = all(page, "style")[0] as HtmlNode;
		const script = all(page, "script")[0] as HtmlNode;
		expect(attr(csp as HtmlNode, "content")).toBe(
			`default-src 'none'; style-src ${sha(style)}; script-src ${sha(script)}; img-src data:; base-uri 'none'; form-action 'none'`,
		);
	});
});

describe("feeds.opml", () => {
	const opml = read("feeds.opml");

	test("is OPML 2.0 with one subscription per feed (its RSS), topics grouped", () => {
		expect(XMLValidator.validate(opml)).toBe(true);
		const root = parseXml(opml);
		expect([root.name, root.attributes.version]).toEqual(["opml", "2.0"]);
		const body = childrenNamed(root, "body")[0] as XmlElement;
		const outline = (o: XmlElement): unknown =>
			o.attributes.xmlUrl === undefined
				? { group: o.attributes.text, feeds: childrenNamed(o, "outline").map(outline) }
				: [o.attributes.type, o.attributes.text, o.attributes.xmlUrl];
		expect(childrenNamed(body, "outline").map(outline)).toEqual([
			["rss", "Harbour <Times>", "https://news.example.org/rss.xml"],
			{
				group: "Categories",
				feeds: [["rss", "Harbour <Times>: Transport", "https://news.example.org/categories/transport/rss.xml"]],
			},
			{
				group: "Authors",
				feeds: [["rss", "Harbour <Times>: Ona Petraitė", "https://news.example.org/authors/ona-petraite/rss.xml"]],
			},
		]);
		const head = childrenNamed(root, "head")[0] as XmlElement;
		expect(head.children.map((c) => [c.name, c.text])).toEqual([
			["title", "Harbour <Times>: feeds"],
			["dateModified", "Sat, 19 Sep 2020 00:00:00 GMT"],
			["ownerName", "Desk"],
		]);
	});
});

const dir = useBeforeAll(async () => {
	const path = await mkdtemp(join(tmpdir(), "wirefeed-pages-"));
	for (const name of ["index.html", "feed.css", "feeds.opml"]) await writeFile(join(path, name), read(name));
	return path;
}, 30_000);
afterAll(async () => rm(dir(), { recursive: true, force: true }));

describeWith([JAVA], "the W3C Nu Html Checker", () => {
	test("index.html is valid HTML, without a warning", async () => {
		// The checker does not compute CSP hash sources and warns about every hashed inline style and script; the
		// browser suite (tests/browser) shows Chromium applies both under the policy, without a console error.
		const messages = (await checkWithVnu([join(dir(), "index.html")])).filter(
			(m) => !/^Inline (?:style|script) violates Content Security Policy/.test(m.message),
		);
		expect(messages, formatVnuMessages(messages)).toEqual([]);
	}, 120_000);

	test("feed.css is valid CSS", async () => {
		const messages = await checkWithVnu([join(dir(), "feed.css")], { css: true });
		expect(messages, formatVnuMessages(messages)).toEqual([]);
	}, 120_000);
});

describeWith([NEWSBOAT], "newsboat importing feeds.opml", () => {
	test("subscribes to every feed listed, once", async () => {
		const urls = join(dir(), "urls");
		await writeFile(urls, "");
		const run = await runCommand("newsboat", ["-i", join(dir(), "feeds.opml"), "-u", urls], {
			env: { ...process.env, HOME: dir() },
			timeout: 60_000,
		});
		expect(run.code, run.stderr).toBe(0);
		const subscribed = (await readFile(urls, "utf8")).split("\n").filter((line) => line.trim() !== "");
		expect(subscribed.map((line) => line.split(/\s+/)[0])).toEqual([
			"https://news.example.org/rss.xml",
			"https://news.example.org/categories/transport/rss.xml",
			"https://news.example.org/authors/ona-petraite/rss.xml",
		]);
	}, 120_000);
});

test("index.html marks an item in another language, and lets a right-to-left title run right to left", () => {
	const entries = [
		makeEntry({ id: "tag:blog.example,2019-01-25:effects-he", title: "איך לכתוב אפקטים", language: "he" }),
		makeEntry({ id: "tag:blog.example,2019-01-25:effects", title: "How to write effects", language: "EN" }),
	];
	const html = renderSite(makeConfig({ language: "en" }), entries).documents.find((d) => d.path === "index.html");
	const items = all(parse(html?.content ?? "") as unknown as HtmlNode, "li").filter((li) => all(li, "h3").length > 0);
	expect(items.map((li) => [attr(li, "lang"), attr(li, "dir")])).toEqual([
		["he", "auto"],
		[undefined, "auto"],
	]);
});
