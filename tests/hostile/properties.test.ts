import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { dump } from "js-yaml";
import { describe, expect, test } from "vitest";
import { parseArticle } from "../../src/article/parse-article.js";
import { build } from "../../src/index.js";
import { makeSource } from "../factories.js";
import { findFeedProblems, makeSiteConfig, NOW, useTempDirs } from "./support.js";

const tempDir = useTempDirs();
const config = makeSiteConfig();
// XML 1.0 §2.2: everything outside Char.
const XML_FORBIDDEN_RE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Pieces of hostile input that random strings rarely hit on their own. */
const HOSTILE = [
	"<script>alert(1)</script>",
	"<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
	"<svg><script>alert(1)</script></svg>",
	'<img src="x" onerror="alert(1)">',
	'<a href="javascript:alert(1)">x</a>',
	'<a href="data:text/html,<script>alert(1)</script>">x</a>',
	'<iframe src="https://evil.example/"></iframe>',
	"<style>*{display:none}</style>",
	"<form><input name=p></form>",
	"]]>",
	"<![CDATA[",
	"]]]]><![CDATA[>",
	"</p></div></span>",
	"<b><i>unclosed",
	"&#0;&#x1;&#xFFFE;&#xD800;&amp;amp;",
	"\u0000\u0001\u0007\u001b\u007f\u0085\uFFFE\uFFFF\uD800",
	"\u200b\u200d\uFEFF",
	"{{< shortcode >}}",
	"[ad_1]",
	"# Heading",
	"---",
	"+++",
	"---js",
	"*a &a [*a]",
	"%2e%2e%2f",
	"../../etc/passwd",
	"🔥",
];

const hostileText = fc.oneof(
	fc.constantFrom(...HOSTILE),
	fc.string({ unit: "binary", maxLength: 40 }),
	fc.array(fc.constantFrom(...HOSTILE), { maxLength: 4 }).map((parts) => parts.join(" ")),
);
const dateBetween = (min: string, max: string) =>
	fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map((date) => date.toISOString());
const dateText = dateBetween("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z");
// Mostly before NOW, so most generated articles are published rather than scheduled.
const pastDateText = fc.oneof(
	{
		weight: 4,
		arbitrary: dateBetween("1990-01-01T00:00:00Z", "2025-12-31T00:00:00Z"),
	},
	dateText,
);
const frontMatterValue: fc.Arbitrary<unknown> = fc.oneof(
	hostileText,
	dateText,
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.array(hostileText, { maxLength: 3 }),
	fc.dictionary(fc.constantFrom("name", "email", "url", "link", "x"), hostileText, { maxKeys: 3 }),
);
const KEYS = [
	"title",
	"post_title",
	"date",
	"pubDate",
	"updated",
	"draft",
	"published",
	"summary",
	"tags",
	"categories",
	"author",
	"authors",
	"slug",
	"permalink",
	"url",
	"id",
	"guid",
	"image",
	"lang",
	"license",
	"rights",
	"publisher",
	"source",
	"original_link",
	"unknown_key",
];
const frontMatter = fc.dictionary(fc.constantFrom(...KEYS), frontMatterValue, {
	maxKeys: 10,
});

describe("property: the front matter mapper (parseArticle)", () => {
	test("never throws; gives an article, an error or a reason to leave it out; an article's fields are clean", () => {
		fc.assert(
			fc.property(
				frontMatter,
				hostileText,
				fc.constantFrom("markdown", "html", "text") as fc.Arbitrary<"markdown" | "html" | "text">,
				(data, body, format) => {
					const yaml = dump(data, { skipInvalid: true, noRefs: true });
					const result = parseArticle(makeSource("p.md", `---\n${yaml}---\n${body}\n`, format), config);
					for (const d of result.diagnostics) {
						expect(d.rule).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
						expect(d.file).toBe("articles/p.md");
						if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
					}
					// No article: an error says why, or selection's note that it is left out (an undated draft).
					if (result.article === undefined) {
						expect(result.diagnostics.some((d) => d.severity === "error" || d.rule.startsWith("select/"))).toBe(true);
						return;
					}
					const { title, id, link, published } = result.article;
					expect(title.trim()).not.toBe("");
					expect(title).not.toMatch(XML_FORBIDDEN_RE);
					expect(id).not.toMatch(XML_FORBIDDEN_RE);
					expect(id).not.toBe("");
					expect(new URL(link).protocol).toMatch(/^https?:$/);
					expect(Number.isNaN(published.getTime())).toBe(false);
				},
			),
			{ numRuns: 300 },
		);
	});
});

interface GeneratedArticle {
	readonly extension: "md" | "html" | "txt";
	readonly data: Record<string, unknown>;
	readonly body: string;
}

// Well-typed front matter with hostile strings, so most articles get through to the serializers.
const typedText = hostileText.map((text) => text.replaceAll("\u0000", ""));
const typedFrontMatter = fc.record(
	{
		title: typedText.map((text) => `Title ${text}`),
		date: pastDateText,
		summary: typedText,
		tags: fc.array(typedText, { maxLength: 3 }),
		author: fc.oneof(
			typedText,
			fc.record({
				name: typedText.map((text) => `N ${text}`),
				email: typedText.map((text) => `a${text}@example.org`),
			}),
		),
		slug: typedText,
		permalink: typedText,
		id: typedText,
		image: typedText,
		lang: typedText,
		license: typedText,
		rights: typedText,
		source: typedText,
	},
	{ requiredKeys: ["title", "date"] },
);

const generatedArticle: fc.Arbitrary<GeneratedArticle> = fc.record({
	extension: fc.constantFrom("md", "html", "txt"),
	data: typedFrontMatter,
	body: fc.array(typedText, { minLength: 1, maxLength: 8 }).map((parts) => `Text.\n\n${parts.join("\n\n")}`),
});

describe("property: the whole pipeline (build, in memory)", () => {
	test("never throws; three outputs that parse, with no XML-forbidden character and no <script", {
		timeout: 60_000,
	}, async () => {
		const tmp = await tempDir();
		let run = 0;
		let published = 0;
		let total = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(generatedArticle, { minLength: 1, maxLength: 6 }), async (articles) => {
				const dir = join(tmp, `run-${run++}`);
				await mkdir(dir, { recursive: true });
				await Promise.all(
					articles.map((article, index) =>
						writeFile(
							join(dir, `a${index}.${article.extension}`),
							`---\n${dump(article.data, { skipInvalid: true, noRefs: true })}---\n${article.body}\n`,
						),
					),
				);
				const result = await build({
					config,
					articlesDir: dir,
					write: false,
					cacheDir: false,
					now: NOW,
					cwd: tmp,
				});
				expect(result.status).toBe("rendered");
				if (result.outputs === undefined) throw new Error("no outputs");
				expect(findFeedProblems(result.outputs)).toEqual([]);
				expect(result.articleCount).toBe(articles.length);
				published += result.items.length;
				total += articles.length;
			}),
			{ numRuns: 40 },
		);
		// The generator must mostly produce publishable articles, or the property says little about the serializers.
		expect(published / total).toBeGreaterThan(0.5);
	});
});
