import { describe, expect, test } from "vitest";
import { toArticle } from "../../src/article/to-article.js";
import { parseFrontMatter } from "../../src/front-matter/parse-front-matter.js";
import { makeConfig, makeSource } from "../factories.js";

function map(relPath: string, text: string, format: "markdown" | "html" | "text" = "markdown", config = makeConfig()) {
	const source = makeSource(relPath, text, format);
	const frontMatter = parseFrontMatter(source);
	if ("severity" in frontMatter) throw new Error(frontMatter.message);
	return toArticle(source, frontMatter, config);
}

const WORDPRESS_EXPORT = `---
ID: 1201
post_title: >
  Storm closes the port &#8211; ferries &#039;on hold&#039;
author: Staff Writer
post_date: 2016-04-03 03:31:07
post_excerpt: ""
layout: post
permalink: http://mirror.example.com/storm-closes-the-port/
published: true
original_cats:
  - >
    weather,Ports,storm warning,ports,storm
    warning,Transport
original_link:
  - >
    https://news.google.com/news/url?sa=t&#038;fd=R&#038;url=https://agency.example.net/storm-port&#038;ct=ga
---
 [ad_1]
<br><div><p>The port closed at noon.</p></div>
`;

describe("toArticle", () => {
	test("maps a WordPress export: entities, folded one-item lists, comma-joined categories, Google News source", () => {
		const { article, diagnostics } = map(
			"2016-04-03-storm.md",
			WORDPRESS_EXPORT,
			"markdown",
			makeConfig({ timezone: "Europe/Vilnius" }),
		);
		expect(diagnostics).toEqual([]);
		expect(article).toMatchObject({
			title: "Storm closes the port – ferries 'on hold'",
			published: new Date("2016-04-03T00:31:07Z"),
			link: "http://mirror.example.com/storm-closes-the-port/",
			source: "https://agency.example.net/storm-port",
			categories: ["weather", "Ports", "storm warning", "Transport"],
			authors: [{ name: "Staff Writer" }],
			slug: "storm",
			id: "tag:news.example.org,2016-04-03:storm",
			format: "wordpress",
			draft: false,
		});
	});

	test("title from the first # heading, removed from the body; several comma-separated authors; short licence form kept", () => {
		const { article } = map(
			"how-to-access-logs.md",
			"---\nauthor: Ann One, Ben Two\ndate: 2018-03-26\nlanguage: en\nlicense: cc by-nc-sa\nsource: https://docs.example.com/how-to/\n---\n# How To Access Logs\n\nRead them.\n",
		);
		expect(article).toMatchObject({
			title: "How To Access Logs",
			authors: [{ name: "Ann One" }, { name: "Ben Two" }],
			language: "en",
			declaredRights: { license: "cc by-nc-sa" },
			source: "https://docs.example.com/how-to/",
		});
		expect(article?.body).not.toContain("# How To");
	});

	test.each([
		["# Plain heading", "Plain heading"],
		["#   Spaced heading   ", "Spaced heading"],
		["# Closed heading ##", "Closed heading"],
		["# Closed heading #   ", "Closed heading"],
		["# C# and F#", "C# and F#"],
		["# ###", "###"],
	])("the title of the heading line %j is %j (CommonMark ATX)", (line, title) => {
		const { article } = map("heading.md", `---\ndate: 2018-03-26\n---\n${line}\n\nText.\n`);
		expect(article?.title).toBe(title);
	});

	test("a .txt file without front matter: title from the first line, date from the file name", () => {
		const { article } = map(
			"2020-09-14-bns-brief.txt",
			"Kremlin says no base was discussed\n\n\n\nFirst paragraph.\n",
			"text",
		);
		expect(article).toMatchObject({
			title: "Kremlin says no base was discussed",
			published: new Date("2020-09-14T00:00:00Z"),
			slug: "bns-brief",
			body: "\n\n\nFirst paragraph.\n",
			bodyLine: 2,
		});
	});

	test("a page bundle takes the folder name as slug; Hugo TOML date with offset", () => {
		const { article } = map(
			"2023-11-23-lindley_paradox/index.md",
			'+++\ntitle = "Lindley"\ndate = "2024-03-23T14:00:16-03:00"\ntags = ["stats"]\n+++\nBody',
		);
		expect(article).toMatchObject({
			slug: "lindley_paradox",
			published: new Date("2024-03-23T17:00:16Z"),
			categories: ["stats"],
		});
	});

	test("drafts: draft: true and published: false", () => {
		expect(map("a.md", "---\ntitle: A\ndate: 2020-01-01\ndraft: true\n---\nx").article?.draft).toBe(true);
		expect(map("b.md", "---\ntitle: B\ndate: 2020-01-01\npublished: false\n---\nx").article?.draft).toBe(true);
		expect(map("c.md", "---\ntitle: C\ndate: 2020-01-01\n#draft: true\n---\nx").article?.draft).toBe(false);
		// Empty is unset, as in Hugo and Jekyll; numbers and Go's words for true and false (Hugo's cast.ToBool) are read.
		const draftOf = (value: string) =>
			map("d.md", `---\ntitle: D\ndate: 2020-01-01\ndraft: ${value}\n---\nx`).article?.draft;
		expect(["", '""', "0", '"FALSE"', '"f"', "null"].map(draftOf)).toEqual([false, false, false, false, false, false]);
		expect(["1", '"1"', '"True"', '"t"', "TRUE", '"yes"'].map(draftOf)).toEqual([true, true, true, true, true, true]);
	});

	test("the id ignores title, body and site scheme", () => {
		const one = map("2020-01-01-same.md", "---\ntitle: One\n---\nfirst");
		const two = map(
			"2020-01-01-same.md",
			"---\ntitle: Two\n---\nsecond",
			"markdown",
			makeConfig({ url: "http://news.example.org/" }),
		);
		expect(one.article?.id).toBe("tag:news.example.org,2020-01-01:same");
		expect(two.article?.id).toBe(one.article?.id);
	});

	test("an explicit id: a URI is kept, anything else becomes a tag: URI", () => {
		expect(
			map("a.md", "---\ntitle: A\ndate: 2020-01-01\nid: urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427\n---\nx").article
				?.id,
		).toBe("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427");
		expect(map("a.md", "---\ntitle: A\ndate: 2020-01-01\nid: 12345\n---\nx").article?.id).toBe(
			"tag:news.example.org,2020-01-01:12345",
		);
	});

	test("permalink pattern and site-relative url", () => {
		const config = makeConfig({ permalink: "/{year}/{month}/{slug}/" });
		expect(map("2020-09-14-x.md", "---\ntitle: X\n---\nb", "markdown", config).article?.link).toBe(
			"https://news.example.org/2020/09/x/",
		);
		expect(map("a.md", "---\ntitle: A\ndate: 2020-01-01\nurl: /blog/2017/a/\n---\nb").article?.link).toBe(
			"https://news.example.org/blog/2017/a/",
		);
	});

	test("an impossible date is an error on the line of the key", () => {
		const { article, diagnostics } = map("a.md", "---\ntitle: A\n\ndate: 2021-13-45\n---\nb");
		expect(article).toBeUndefined();
		expect(diagnostics).toEqual([
			expect.objectContaining({ severity: "error", rule: "front-matter/invalid-date", file: "articles/a.md", line: 4 }),
		]);
	});

	test("no title anywhere is an error; a title of only markup too", () => {
		expect(map("a.md", "---\ndate: 2020-01-01\n---\nJust text").diagnostics).toEqual([
			expect.objectContaining({ rule: "article/missing-title" }),
		]);
		expect(map("a.md", '---\ntitle: "<b></b>"\ndate: 2020-01-01\n---\nx').diagnostics[0]?.message).toMatch(
			/only markup/,
		);
	});

	test("a title of only invisible characters (zero-width, a bidi override) is an error, not a blank item", () => {
		for (const title of ["\\u200b\\u200d\\u2060", "\\u202e", "\\ufeff \\u2066"]) {
			const { article, diagnostics } = map("a.md", `---\ntitle: "${title}"\ndate: 2020-01-01\n---\nx`);
			expect(article).toBeUndefined();
			expect(diagnostics).toEqual([
				expect.objectContaining({
					rule: "article/missing-title",
					line: 2,
					message: expect.stringMatching(/invisible/),
				}),
			]);
		}
	});

	test("no date and no date prefix is an error", () => {
		expect(map("undated.md", "---\ntitle: A\n---\nx").diagnostics[0]).toMatchObject({ rule: "article/missing-date" });
	});

	test("a wrong type names the key and its line", () => {
		const { diagnostics } = map("a.md", "---\ntitle: A\ndate: 2020-01-01\ndraft: maybe\n---\nx");
		expect(diagnostics[0]).toMatchObject({ rule: "front-matter/invalid-type", line: 4 });
		expect(diagnostics[0]?.message).toContain('"draft"');
	});

	test.each([
		["draft: maybe", '"draft" is "maybe"; write true or false'],
		["title: [a, b]", '"title" is a list; write text'],
		["title: true", '"title" is true; write text'],
		["title: {a: 1}", '"title" is a mapping; write text'],
		["tags: {a: 1}", '"tags" is a mapping; write a name or a list of names'],
		["author: [1, {name: x}]", '"author" is a list; write a name, { name, email, url } or a list of them'],
		["date: {y: 1}", '"date" is a mapping; write a date such as 2020-09-14'],
		["image: 5", '"image" is 5; write a URL or { url, type, length }'],
	])("a wrong type says what was found and what the key takes: %s", (line, message) => {
		const key = line.slice(0, line.indexOf(":"));
		const others = ["title: A", "date: 2020-01-01"].filter((field) => !field.startsWith(`${key}:`));
		const { diagnostics } = map("a.md", `---\n${[...others, line].join("\n")}\n---\nx`);
		expect(diagnostics).toEqual([expect.objectContaining({ rule: "front-matter/invalid-type", message })]);
	});
});

describe("toArticle: images and enclosures", () => {
	test("Astro's heroImage, resolved against the article's link", () => {
		const { article, diagnostics } = map(
			"post.md",
			"---\ntitle: A post\ndate: 2024-03-01\nheroImage: ../../images/hero.png\n---\nText.\n",
		);
		expect(diagnostics).toEqual([]);
		expect(article?.image).toEqual({ url: "https://news.example.org/images/hero.png", type: "image/png" });
	});

	test("Hugo's images list gives its first entry; a jekyll-seo-tag object keeps its size", () => {
		const hugo = map("a.md", "---\ntitle: A\ndate: 2024-03-01\nimages: [/one.jpg, /two.jpg]\n---\nText.\n");
		expect(hugo.article?.image?.url).toBe("https://news.example.org/one.jpg");
		const jekyll = map(
			"b.md",
			"---\ntitle: B\ndate: 2024-03-01\nimage:\n  path: /b.jpg\n  width: 1200\n  height: 630\n---\nText.\n",
		);
		expect(jekyll.article?.image).toEqual({
			url: "https://news.example.org/b.jpg",
			type: "image/jpeg",
			width: 1200,
			height: 630,
		});
	});

	// The featured image keys of popular themes and starters: Hugo PaperMod's `cover.image`, Minimal Mistakes'
	// `header.overlay_image`/`teaser`, Next.js and Gatsby starters' and WordPress exporters' `coverImage`, Ghost's
	// `feature_image`, many themes' `featuredImage` and `thumbnail`, Eleventy's `socialImage`.
	test.each([
		["cover:\n  image: /img/pier.jpg\n  alt: The pier", "https://news.example.org/img/pier.jpg"],
		["header:\n  overlay_image: /img/big.jpg\n  teaser: /img/small.jpg", "https://news.example.org/img/big.jpg"],
		["header:\n  teaser: /img/small.jpg", "https://news.example.org/img/small.jpg"],
		["coverImage: /img/cover.jpg", "https://news.example.org/img/cover.jpg"],
		["featuredImage: /img/featured.jpg", "https://news.example.org/img/featured.jpg"],
		["feature_image: https://cdn.example.net/ghost.jpg", "https://cdn.example.net/ghost.jpg"],
		["thumbnail: /img/thumb.jpg", "https://news.example.org/img/thumb.jpg"],
		["socialImage: /img/social.jpg", "https://news.example.org/img/social.jpg"],
	])("a theme's featured image: %s", (key, url) => {
		const { article, diagnostics } = map("t.md", `---\ntitle: T\ndate: 2024-03-01\n${key}\n---\nText.\n`);
		expect(diagnostics).toEqual([]);
		expect(article?.image?.url).toBe(url);
	});

	test("a header that is no image object is no featured image, and no warning", () => {
		const { article, diagnostics } = map(
			"h.md",
			"---\ntitle: H\ndate: 2024-03-01\nheader: Welcome aboard\n---\nText.\n",
		);
		expect(diagnostics).toEqual([]);
		expect(article?.image).toBeUndefined();
	});

	test("a podcast enclosure with url, type and length", () => {
		const { article } = map(
			"ep1.md",
			"---\ntitle: Episode 1\ndate: 2024-03-01\nenclosure:\n  url: https://cdn.example.net/ep1.mp3\n  type: audio/mpeg\n  length: 12345678\n---\nShow notes.\n",
		);
		expect(article?.enclosure).toEqual({
			url: "https://cdn.example.net/ep1.mp3",
			type: "audio/mpeg",
			length: 12345678,
		});
	});

	test("an unusable image or enclosure is a warning on its line; the article is kept without it", () => {
		const { article, diagnostics } = map(
			"ep2.md",
			"---\ntitle: Episode 2\ndate: 2024-03-01\ncover: javascript:alert(1)\nenclosure:\n  url: /ep2.mp3\n---\nShow notes.\n",
		);
		expect(article).toBeDefined();
		expect(article?.image).toBeUndefined();
		expect(article?.enclosure).toBeUndefined();
		expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
			["front-matter/invalid-media", 4, 'cover "javascript:alert(1)" is not an http(s) URL; left out'],
			[
				"front-matter/invalid-media",
				5,
				"enclosure has no length (bytes); RSS 2.0 requires the type and length of an enclosure; left out",
			],
		]);
	});
});
