import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildId, buildPermalink, resolveHttpUrl } from "../../src/article/derive-identity.js";

// buildPermalink skips the URL parser for plain paths; whatever it returns must be what the parser gives.
function viaParser(pattern: string, slug: string, published: Date, siteUrl: string): string {
	// Each token of the pattern as written, in one pass (a filled value is never read again as a token).
	const values: Record<string, string> = {
		"{slug}": encodeURIComponent(slug),
		"{year}": String(published.getUTCFullYear()),
		"{month}": String(published.getUTCMonth() + 1).padStart(2, "0"),
		"{day}": String(published.getUTCDate()).padStart(2, "0"),
	};
	const path = pattern.replace(/\{(?:slug|year|month|day)\}/g, (token) => values[token] ?? token);
	return resolveHttpUrl(path.replace(/^\/+/, ""), siteUrl) ?? siteUrl;
}

const DAY = new Date("2020-09-14T12:00:00Z");

describe("buildPermalink", () => {
	test.each([
		["{slug}/", "minsk-march", "https://news.example.org/", "https://news.example.org/minsk-march/"],
		[
			"/{year}/{month}/{slug}.html",
			"riga",
			"https://news.example.org/blog/",
			"https://news.example.org/blog/2020/09/riga.html",
		],
		[
			"{slug}/",
			"вільнюс",
			"https://news.example.org/",
			"https://news.example.org/%D0%B2%D1%96%D0%BB%D1%8C%D0%BD%D1%8E%D1%81/",
		],
		["../{slug}/", "up", "https://news.example.org/blog/", "https://news.example.org/up/"],
		["%2e%2e/{slug}", "up", "https://news.example.org/a/b/", "https://news.example.org/a/up"],
		["{slug}/", "x", "https://news.example.org/blog", "https://news.example.org/x/"],
		["a b/{slug}", "x", "https://news.example.org/", "https://news.example.org/a%20b/x"],
		// Filled in one pass: the slug "year" between braces is the text {year}, not a token of its own.
		["{{slug}}/", "year", "https://news.example.org/", "https://news.example.org/%7Byear%7D/"],
		["{{slug}/", "year", "https://news.example.org/", "https://news.example.org/%7Byear/"],
		// An empty slug leaves the slash after it leading, and leading slashes go.
		["{slug}/", "", "https://news.example.org/", "https://news.example.org/"],
	])("%s with %s under %s", (pattern, slug, site, expected) => {
		expect(buildPermalink(pattern, slug, DAY, site)).toBe(expected);
		expect(buildPermalink(pattern, slug, DAY, site)).toBe(viaParser(pattern, slug, DAY, site));
	});

	test("agrees with the URL parser on any pattern, slug and site (property)", () => {
		const piece = fc.constantFrom(
			"{slug}",
			"{year}",
			"{month}",
			"{day}",
			"/",
			".",
			"..",
			"%2e",
			"%2E",
			"a",
			"-",
			"_",
			"~",
			" ",
			"?",
			"#",
			"\\",
			"%",
			"%41",
			"%zz",
			".html",
			"{",
			"}",
			"{slug",
			"year}",
		);
		fc.assert(
			fc.property(
				fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")),
				fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("year", "month", "day", "slug")),
				fc.constantFrom(
					"https://news.example.org/",
					"https://news.example.org/blog/",
					"http://x.test/a/b",
					"https://x.test",
				),
				(pattern, slug, site) => {
					const siteUrl = new URL(site).href;
					expect(buildPermalink(pattern, slug, DAY, siteUrl)).toBe(viaParser(pattern, slug, DAY, siteUrl));
				},
			),
			{ numRuns: 3000 },
		);
	});
});

describe("buildId", () => {
	test.each([
		["2020-09-14T23:30:00Z", "tag:news.example.org,2020-09-14:minsk"],
		["2020-01-05T00:00:00Z", "tag:news.example.org,2020-01-05:minsk"],
		// Hugo's zero date, and a year of three digits: the day as toISOString writes it.
		["0001-01-01T00:00:00Z", "tag:news.example.org,0001-01-01:minsk"],
		["0999-12-31T00:00:00Z", "tag:news.example.org,0999-12-31:minsk"],
	])("published %s", (published, expected) => {
		expect(buildId({ host: "news.example.org", published: new Date(published), slug: "minsk" })).toBe(expected);
	});
});
