import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseArticle } from "../../src/article/parse-article.js";
import { readArticleBlocks, readArticleHost } from "../../src/evidence/read-article-blocks.js";
import { readBlockFingerprints } from "../../src/evidence/read-block-fingerprints.js";
import { listSources } from "../../src/load/list-sources.js";
import type { SourceFile } from "../../src/load/read-source.js";
import { readWholeArticle } from "../../src/parse/read-whole-article.js";
import { SCHEMA_KEY_KINDS, SCHEMA_KEYS, scanEvidenceFacts } from "../../src/scan/scan-evidence-facts.js";
import { makeConfig, makeSource } from "../factories.js";

const config = makeConfig({ timezone: "Europe/Vilnius" });

// What the evidence stage learns from a file, through the full parser (the reference) and through readArticleBlocks
// (which takes the scanner's facts when it answers).
function viaFullParse(source: SourceFile) {
	const article = parseArticle(source, config).article;
	return article === undefined
		? { host: "", fingerprints: [] }
		: { host: readArticleHost(article), fingerprints: readBlockFingerprints(article.format, article.body) };
}

/** Whenever the scanner answers, the full parser accepts the file and gives the same host, format and body. */
function expectAgreement(source: SourceFile): boolean {
	const scanned = scanEvidenceFacts(source, config);
	if (scanned === undefined) return false;
	const article = parseArticle(source, config).article;
	expect(article, source.text).toBeDefined();
	expect(scanned.format, source.text).toBe(article?.format);
	expect(scanned.body, source.text).toBe(article?.body);
	expect(readBlocksOf(source), source.text).toEqual(viaFullParse(source));
	return true;
}

function readBlocksOf(source: SourceFile) {
	return readArticleBlocks(
		{ loaded: { source, bytes: Buffer.from(source.text) }, parse: () => parseArticle(source, config) },
		config,
	);
}

const BODY = "<p>First paragraph of the story.</p>\n\n<p>Second paragraph.</p>\n\n<p>Read more at the desk.</p>\n";
const article = (frontMatter: string) => makeSource("2020-05-05-story.md", `---\n${frontMatter}\n---\n${BODY}`);

describe("scanEvidenceFacts", () => {
	test("knows every key of the front matter schema", () => {
		expect([...SCHEMA_KEYS].sort()).toEqual([...SCHEMA_KEY_KINDS.keys()].sort());
	});

	test.each([
		["plain", "source: https://www.agency.example/a/1"],
		["quoted, with an entity for &", "source: 'https://agency.example/a?x=1&#038;y=2'"],
		[
			"a one-item list, as WordPress exports write it",
			"original_link:\n  - 'http://rss.agency.example/c/1/story01.htm'",
		],
		["folded", "canonical_url: >\n  https://wire.example/story/"],
		["a Google News wrapper", "source: 'https://news.google.com/news/url?url=https://paper.example/s/1'"],
		["the article's own link", "url: https://news.example.org/own/\nsource: https://news.example.org/own/"],
		["empty, then the next key", 'source: ""\noriginal_link: https://second.example/s'],
		["not a URL", "source: not a url"],
		["none", "author: Desk"],
	])("the source host from %s is the full parser's", (_, keys) => {
		expect(expectAgreement(article(`title: A story\ndate: 2020-05-05\n${keys}`))).toBe(true);
	});

	test.each([
		["tags as a mapping", "tags:\n  news: 1"],
		["a title that is not text", "title: [a, b]"],
		["an empty schema value", "summary:"],
		["a boolean where text is wanted", "summary: true"],
		["a number where an image is wanted", "image: 12"],
		["two values where one is wanted", "slug:\n  - a\n  - b"],
		["a flag the schema refuses", 'draft: "True"'],
		["a duplicated key", "layout: post\nlayout: page"],
		["an unknown alias", "other: *nowhere"],
		["a control character", "other: a\u0001b"],
		["a lone carriage return", "other: a\rsummary: b"],
	])("vouches for no front matter the full parser refuses: %s", (_, keys) => {
		const source = article(`title: A story\ndate: 2020-05-05\n${keys}`);
		expect(scanEvidenceFacts(source, config)).toBeUndefined();
		// Rejected by the full parser, or accepted: either way, learned as the full parser says.
		expect(readBlocksOf(source)).toEqual(viaFullParse(source));
	});

	test("a file the full parser rejects teaches nothing", () => {
		const source = article("title: A story\ndate: 2020-05-05\nsource: https://agency.example/\ntags:\n  news: 1");
		expect(parseArticle(source, config).article).toBeUndefined();
		expect(readBlocksOf(source)).toEqual({ host: "", fingerprints: [] });
	});

	test("leaves TOML, JSON and a site's dialect to the full parser", () => {
		const toml = makeSource("a.md", `+++\ntitle = "A story"\ndate = 2020-05-05\n+++\n${BODY}`);
		expect(scanEvidenceFacts(toml, config)).toBeUndefined();
		expect(readBlocksOf(toml)).toEqual(viaFullParse(toml));
		const json = makeSource("a.md", `---json\n{"title": "A story", "date": "2020-05-05"}\n---\n${BODY}`);
		expect(scanEvidenceFacts(json, config)).toBeUndefined();
		const hugo = { ...config, site: { generator: "hugo" as const, contentPath: "", permalinks: {}, timeZone: "UTC" } };
		expect(scanEvidenceFacts(article("title: A story\ndate: 2020-05-05"), hugo)).toBeUndefined();
		// A WordPress site's rules (its statuses, its links) are the full parser's too, though the scanner reads them.
		const wordpress = { ...hugo, site: { ...hugo.site, generator: "wordpress" as const } };
		expect(scanEvidenceFacts(article("title: A story\ndate: 2020-05-05"), wordpress)).toBeUndefined();
	});

	test("reads files with a BOM and CRLF line ends as the loader gives them", () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-evidence-"));
		const text = `---\ntitle: A story\ndate: 2020-05-05\nsource:\n  - 'https://agency.example/s/1'\n---\n${BODY}`;
		writeFileSync(join(dir, "2020-05-05-bom.md"), `\uFEFF${text}`.replaceAll("\n", "\r\n"));
		const [entry] = listSources(dir, { cwd: dir, ignore: [] }).entries;
		if (entry === undefined) throw new Error("not listed");
		const whole = readWholeArticle({ entry }, config);
		if (!("source" in whole.loaded)) throw new Error("not read");
		expect(scanEvidenceFacts(whole.loaded.source, config)).toBeDefined();
		expect(readArticleBlocks(whole, config)).toEqual(viaFullParse(whole.loaded.source));
		expect(readArticleBlocks(whole, config).host).toBe("agency.example");
	});

	test("agrees with the full parser on every fixture and sample article", () => {
		let answered = 0;
		for (const dir of ["fixtures/", "../articles/"]) {
			const root = fileURLToPath(new URL(`../${dir}`, import.meta.url));
			for (const path of listFiles(root)) {
				const format = path.endsWith(".txt") ? "text" : path.endsWith(".html") ? "html" : "markdown";
				const text = readFileSync(path, "utf8")
					.replace(/^\uFEFF/, "")
					.replace(/\r\n?/g, "\n");
				if (expectAgreement(makeSource(relative(root, path), text, format))) answered++;
			}
		}
		expect(answered).toBeGreaterThan(40);
	});
});

describe("scanEvidenceFacts against generated front matter", () => {
	const scalar = fc.constantFrom(
		"plain words",
		"'quoted'",
		'"double"',
		'"esc\\"aped"',
		'"esc\\naped"',
		"'it''s'",
		'""',
		"12",
		"0x1F",
		"1e3",
		"-3",
		".5",
		"2020-09-14",
		"2020-09-14 10:00:00",
		"true",
		"True",
		"yes",
		"No",
		"null",
		"~",
		"a: b",
		"a #comment",
		"a#b",
		"a:b",
		"&anchor x",
		"*alias",
		"!tag x",
		"%x",
		"@x",
		"`x",
		"[a, b]",
		"[a]",
		"[]",
		"[a, ]",
		"[1, two]",
		"[a: b]",
		"{a: 1}",
		"https://agency.example/s/1",
		"'https://agency.example/s?a=1&#038;b=2'",
		"http://",
		"x\t",
		"é",
		"\u00a0x",
		"---",
		"...",
	);
	const value = fc.oneof(
		{ arbitrary: scalar, weight: 4 },
		fc.constantFrom(
			"",
			">\n  https://wire.example/a/",
			">-\n  one line",
			"|\n  two\n  lines",
			">\n    deeper\n  less",
			">\n\n  after a blank",
			">+\n  kept",
			"|2\n  indicated",
			">\n  \ttab",
			"\n  - 'Sport'",
			"\n  - Sport\n  - News",
			"\n  - >\n    folded item\n    on two lines",
			"\n  - 12",
			"\n  -  two spaces",
			"\n  -\n    x",
			"\n- at column zero",
			"\n  - a\n    continued",
			"\n  a: 1",
			"\n    - deeper\n  - less",
			"\n  # indented comment",
			"\n\n",
		),
	);
	const key = fc.constantFrom(
		"title",
		"post_title",
		"date",
		"post_date",
		"draft",
		"published",
		"slug",
		"url",
		"permalink",
		"summary",
		"tags",
		"author",
		"image",
		"source",
		"original_link",
		"canonical_url",
		"layout",
		"ID",
		"original_title",
		"publishDate",
		"sitePath",
		"post_status",
	);
	const line = fc.oneof(
		{
			arbitrary: fc.tuple(key, value).map(([k, v]) => (v.startsWith("\n") || v === "" ? `${k}:${v}` : `${k}: ${v}`)),
			weight: 8,
		},
		fc.constantFrom("# a comment", "", "  indented: x", "key:value", "key :x", "- item", "\tkey: x"),
	);

	test("whenever it answers, the full parser accepts the file and learns the same (property)", () => {
		let answered = 0;
		fc.assert(
			fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom(".md", ".html", ".txt"), (lines, extension) => {
				const text = `---\ntitle: Generated story\ndate: 2020-05-05\n${lines.join("\n")}\n---\n${BODY}`;
				const format = extension === ".txt" ? "text" : extension === ".html" ? "html" : "markdown";
				if (expectAgreement(makeSource(`2020-05-05-generated${extension}`, text, format))) answered++;
			}),
			{ numRuns: 3000 },
		);
		// The property is about the answers: they must be many enough to mean something.
		expect(answered).toBeGreaterThan(300);
	});
});

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : /\.(md|markdown|html|txt)$/.test(name) ? [path] : [];
	});
}
