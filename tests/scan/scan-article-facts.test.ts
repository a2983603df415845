import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseArticle } from "../../src/article/parse-article.js";
import { scanArticleFacts } from "../../src/scan/scan-article-facts.js";
import { makeConfig, makeSource } from "../factories.js";
import { expectScanAgreement } from "./expect-scan-agreement.js";

const config = makeConfig({ timezone: "Europe/Vilnius" });

describe("scanArticleFacts", () => {
	test("reads plain front matter like the full parser", () => {
		const source = makeSource(
			"news/2020-09-14-sochi.md",
			'---\ntitle: "Sochi talks"\ndate: 2020-09-14 19:42\nslug: Sochi Talks\ndraft: false\n---\nBody',
		);
		expect(scanArticleFacts(source, config)).toEqual({
			file: "articles/news/2020-09-14-sochi.md",
			relPath: "news/2020-09-14-sochi.md",
			id: "tag:news.example.org,2020-09-14:sochi-talks",
			link: "https://news.example.org/sochi-talks/",
			published: new Date("2020-09-14T16:42:00Z"),
			draft: false,
		});
	});

	test("reads titles and ids with escaped quotes", () => {
		const source = makeSource("2020-09-14-q.md", '---\ntitle: "He said \\"no\\""\nid: "a\\\\b"\n---\nBody');
		expect(scanArticleFacts(source, config)?.id).toBe(parseArticle(source, config).article?.id);
		expect(scanArticleFacts(source, config)?.id).toBe("tag:news.example.org,2020-09-13:a%5Cb");
	});

	test("an id with a YAML escape for a control character: the scanner defers, the parser drops the character", () => {
		const source = makeSource("2020-09-14-c.md", '---\ntitle: T\nid: "ab\\x01cd"\n---\nBody');
		expect(scanArticleFacts(source, config)).toBeUndefined();
		expect(parseArticle(source, config).article?.id).toBe("tag:news.example.org,2020-09-13:abcd");
	});

	test.each([
		["TOML", '+++\ntitle = "x"\ndate = "2020-01-01"\n+++\n'],
		["no front matter", "Just text"],
		["a folded URL over two lines", "---\ntitle: T\ndate: 2020-01-01\npermalink: >\n  https://a.example/\n  b/\n---\n"],
		[
			"a block scalar that keeps its line breaks",
			"---\ntitle: T\ndate: 2020-01-01\nurl: >+\n  https://a.example/\n---\n",
		],
		[
			"a block scalar with leading blank lines",
			"---\ntitle: T\ndate: 2020-01-01\nurl: >\n\n  https://a.example/\n---\n",
		],
		["a title that is only an entity", "---\ntitle: '&nbsp;&#8203;'\ndate: 2020-01-01\n---\n"],
		["a title from the body", "---\ndate: 2020-01-01\n---\n# Heading\n"],
		['an escape other than \\" and \\\\', '---\ntitle: "a \\n newline"\ndate: 2020-01-01\n---\n'],
		["an anchor", "---\ntitle: &t Title\ndate: 2020-01-01\n---\n"],
		["a bad date", "---\ntitle: T\ndate: 2021-13-45\n---\n"],
		["a duplicated key", "---\ntitle: T\ntitle: U\ndate: 2020-01-01\n---\n"],
		["a numeric id", "---\ntitle: T\ndate: 2020-01-01\nid: 0x1F\n---\n"],
		["a draft that is not a boolean", "---\ntitle: T\ndate: 2020-01-01\ndraft: maybe\n---\n"],
		["a mapping inside a value", "---\ntitle: Kremlin: no base\ndate: 2020-01-01\n---\n"],
		["markup in the title", "---\ntitle: <b>Tom</b>\ndate: 2020-01-01\n---\n"],
	])("defers to the full parser for %s", (_, text) => {
		expect(scanArticleFacts(makeSource("a.md", text), config)).toBeUndefined();
	});

	test.each([
		["an empty url", '---\ntitle: T\ndate: 2020-01-01\nurl: ""\npermalink: https://a.example/p/\n---\n'],
		["an empty id", "---\ntitle: T\ndate: 2020-01-01\nid: ''\nguid: urn:example:7\n---\n"],
		["an empty date", '---\ntitle: T\ndate: ""\npost_date: 2020-02-02 10:00\n---\n'],
		["a URL ending in an NBSP", "---\ntitle: T\ndate: 2020-01-01\nurl: https://a.example/x\u00a0\n---\n"],
	])("reads %s as the full parser does (trimmed; an empty value gives way to the next key)", (_, text) => {
		const source = makeSource("2020-05-05-empty.md", text);
		const { article } = parseArticle(source, config);
		const facts = scanArticleFacts(source, config);
		if (facts !== undefined)
			expect([facts.id, facts.link, facts.published]).toEqual([article?.id, article?.link, article?.published]);
	});

	// WordPress exports (the "wpghs" exporter): folded permalinks and titles, entities, `''` in single quotes.
	test.each([
		["a folded permalink", "post_title: 'Harbour reopens'\npermalink: >\n  https://www.example.test/harbour-reopens/"],
		[
			"a folded title over two lines",
			"post_title: >\n  Harbour reopens after\n  the winter storms\npermalink: >-\n  https://www.example.test/h/",
		],
		["entities in a single-quoted title", "post_title: 'Mayor: &#039;We won&#039;t wait&#039; &#8211; Harbour Herald'"],
		["a quote doubled inside single quotes", "post_title: 'It''s open'\nslug: 'it''s-open'"],
		["a literal block id", "title: T\nid: |\n  urn:example:42"],
	])("answers like the full parser for %s", (_, frontMatter) => {
		const text = `---\nID: 15\n${frontMatter}\nauthor: Staff Writer\npost_date: 2016-01-10 18:58:00\npost_excerpt: ""\nlayout: post\npublished: true\noriginal_cats:\n  - >\n    Top Stories,Local\n    news\n---\n [ad_1]\n<br><p>Body.</p>\n`;
		const source = makeSource("2016-01-10-harbour.md", text);
		const facts = scanArticleFacts(source, config);
		const { article } = parseArticle(source, config);
		expect(facts).toBeDefined();
		expect(facts).toEqual({
			file: article?.file,
			relPath: article?.relPath,
			id: article?.id,
			link: article?.link,
			published: article?.published,
			draft: article?.draft,
		});
	});

	// Whenever the scanner answers, its answer must be the full parser's: selection must not depend on which ran.
	test("agrees with the full parser on every sample and fixture article", () => {
		// Not the hostile fixtures: a scan may answer for an article the full parser then rejects (an alias bomb), which
		// is reported when the article would be published (README, "fast front-matter scan").
		const scanned = expectScanAgreement(
			["site/articles/", "licensing/", "readers/", "mixed/"].map((dir) =>
				fileURLToPath(new URL(`../fixtures/${dir}`, import.meta.url)),
			),
		);
		expect(scanned).toBeGreaterThan(8);
	});
});

describe("scanArticleFacts against generated front matter", () => {
	const value = fc.oneof(
		fc.constantFrom(
			"2020-09-14",
			"2020-09-14 10:00",
			"2020-09-14T10:00:00+03:00",
			'"2021-01-01"',
			"2021-13-45",
			"true",
			"false",
			"yes",
			"no",
			"null",
			"~",
			"12",
			"0x1F",
			"1e3",
		),
		fc.constantFrom(
			"'quoted'",
			'"double"',
			"plain words",
			"with: colon",
			"a #comment",
			"&anchor",
			"*alias",
			"[a, b]",
			"{a: 1}",
			">",
			"|",
			"- item",
			'"esc\\aped"',
			"'it''s'",
			'""',
			"''",
			"https://a.example/x\u00a0",
			"a\u2028b",
			"x\t",
			"'Tom &amp; Jerry'",
			"Tom &#8211; Jerry",
			"&nbsp;",
			"<b></b>",
			">\n  https://example.org/a/",
			">-\n  https://example.org/b/",
			"|\n  urn:example:1",
			">\n  two\n  lines",
			">\n    deeper\n  less",
			">+\n  kept",
			">\n\n  after a blank line",
			"|\n  with trailing spaces  ",
			">\n  Folded Title\n  Continued",
			"'https://example.org/q?a=1&#038;b=2'",
		),
		fc.string({ maxLength: 12 }),
	);
	const key = fc.constantFrom(
		"title",
		"post_title",
		"date",
		"post_date",
		"draft",
		"published",
		"id",
		"slug",
		"url",
		"permalink",
		"tags",
		"other",
	);
	// The scanner does not validate: for an article the full parser rejects it may still answer (that article is
	// rejected when it is selected). For every article the full parser accepts, the answers must be the same.
	test("whenever it answers for a valid article, the full parser gives the same facts", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
				const text = `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\nBody text.\n`;
				const source = makeSource("2020-05-05-generated.md", text);
				const facts = scanArticleFacts(source, config);
				if (facts === undefined) return;
				const { article } = parseArticle(source, config);
				if (article === undefined) return;
				expect([facts.id, facts.link, facts.published, facts.draft]).toEqual([
					article?.id,
					article?.link,
					article?.published,
					article?.draft,
				]);
			}),
			{ numRuns: 2000, seed: 20260101 },
		);
	});
});
