import { describe, expect, test } from "vitest";
import { derivePathFacts, normalizeSlug } from "../../src/article/derive-slug.js";

describe("derivePathFacts", () => {
	test.each([
		{ path: "2020-09-14-bns-lukashenko.txt", slug: "bns-lukashenko", datePrefix: "2020-09-14" },
		{ path: "news/how-to-read.md", slug: "how-to-read" },
		{ path: "2023-11-23-lindley_paradox/index.md", slug: "lindley_paradox", datePrefix: "2023-11-23" },
		{ path: "the-bug-o-notation/index.uk.md", slug: "the-bug-o-notation", language: "uk", bundleLanguage: "uk" },
		{
			path: "2017-01-17-how-do-you-restart-a-http-server-.markdown",
			slug: "how-do-you-restart-a-http-server",
			datePrefix: "2017-01-17",
		},
		// Percent-encoded UTF-8 in scraped file names: a zero-width space is dropped, not kept as %e2%80%8b.
		{ path: "2016-01-01-%e2%80%8bhello-world.md", slug: "hello-world", datePrefix: "2016-01-01" },
		{ path: "2016-01-01-%c2%af_%e3%83%84_%c2%af.md", slug: "_ツ_", datePrefix: "2016-01-01" },
		{ path: "index.md", slug: "index" },
		{ path: "notes.", slug: "notes" },
		{ path: "a.b.md", slug: "a-b" },
		{ path: "docs/v1.2/index.md", slug: "v1-2" },
		{
			path: "2020-09-14-sochi/2021-01-01-old/_index.EN.md",
			slug: "old",
			datePrefix: "2021-01-01",
			language: "en",
			bundleLanguage: "en",
		},
		// A file of its own carries its language in its name already.
		{ path: "index.uk.md", slug: "index-uk", language: "uk" },
	])("$path", ({ path, ...expected }) => {
		expect(derivePathFacts(path)).toEqual(expected);
	});

	test("a name that is only an extension gets a hashed slug too", () => {
		expect(derivePathFacts("drafts/.md").slug).toMatch(/^post-[0-9a-f]{10}$/);
	});

	test("a name of only emoji gets a stable hashed slug", () => {
		const facts = derivePathFacts("2016-01-01-%f0%9f%94%a5%f0%9f%94%a5.md");
		expect(facts.slug).toMatch(/^post-[0-9a-f]{10}$/);
		expect(derivePathFacts("2016-01-01-%f0%9f%94%a5%f0%9f%94%a5.md").slug).toBe(facts.slug);
	});
});

describe("normalizeSlug", () => {
	test.each([
		["Hello, World!", "hello-world"],
		["../../etc/passwd", "etc-passwd"],
		["%2e%2e%2fescape", "escape"],
		["Ąžuolas ir Šermukšnis", "ąžuolas-ir-šermukšnis"],
		["bad%zzencoding", "bad-zzencoding"],
	])("%j → %j", (input, expected) => {
		expect(normalizeSlug(input)).toBe(expected);
	});
});
