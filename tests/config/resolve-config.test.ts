import { describe, expect, test } from "vitest";
import { resolveConfig } from "../../src/config/resolve-config.js";
import { readReadmeExample } from "../support/readme-examples.js";

describe("resolveConfig", () => {
	test("fills defaults", () => {
		const result = resolveConfig({ url: "https://news.example.org" }, "package.json", "wirefeed");
		expect(result.ok && result.config).toMatchObject({
			url: "https://news.example.org/",
			title: "news.example.org",
			description: "Latest articles from news.example.org",
			feedUrl: "https://news.example.org/",
			limit: 50,
			timezone: "UTC",
			permalink: "/{slug}/",
			output: { rss: "rss.xml", atom: "atom.xml", json: "feed.json" },
		});
	});

	test.each([
		{ raw: {}, message: '"wirefeed.url" invalid input' },
		{ raw: { url: "/relative/" }, message: '"wirefeed.url" must be an absolute http(s) URL' },
		{ raw: { url: "https://a.org/", limit: -1 }, message: '"wirefeed.limit" too small' },
		{ raw: { url: "https://a.org/", limit: "10" }, message: '"wirefeed.limit" invalid input: expected number' },
		{ raw: { url: "https://a.org/", titel: "x" }, message: 'unknown key "wirefeed.titel" — did you mean "title"?' },
		{
			raw: { url: "https://a.org/", timezone: "Mars/Olympus" },
			message: '"wirefeed.timezone" must be an IANA time zone',
		},
		{ raw: { url: "https://a.org/", output: { rss: "../escape.xml" } }, message: '"wirefeed.output.rss"' },
		{ raw: { url: "https://a.org/", output: { rss: "/etc/feed.xml" } }, message: '"wirefeed.output.rss"' },
		{ raw: { url: "https://a.org/", permalink: "/posts/" }, message: '"wirefeed.permalink" must contain "{slug}"' },
		// Each gave every article the site's own link, and then "same link" errors blaming the articles.
		...["javascript:{slug}", "mailto:{slug}@a.org", "ftp://a.org/{slug}"].map((permalink) => ({
			raw: { url: "https://a.org/", permalink },
			message: '"wirefeed.permalink" must be a path on the site or an http(s) URL',
		})),
	])("refuses $raw", ({ raw, message }) => {
		const result = resolveConfig(raw, "package.json", "wirefeed");
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.diagnostics.map((d) => d.message).join("\n")).toContain(message);
			expect(result.diagnostics.every((d) => d.rule === "config/invalid" && d.file === "package.json")).toBe(true);
		}
	});

	test("a resolved config resolves to itself, so build({ config }) can take one", () => {
		const configs = [
			{ url: "https://news.example.org" },
			JSON.parse(readReadmeExample("config")) as unknown,
			{ url: "https://a.org/blog", icon: "/i.png", feedUrl: "https://a.org/feeds", clean: { rules: { text: false } } },
		];
		for (const raw of configs) {
			const once = resolveConfig(raw, "c.json");
			const twice = once.ok ? resolveConfig(once.config, "c.json") : once;
			expect(twice).toEqual(once);
			expect(once.ok).toBe(true);
		}
	});

	test("a non-object is refused", () => {
		expect(resolveConfig("https://a.org/", "site.json").ok).toBe(false);
	});
});

describe("resolveConfig: icon and logo", () => {
	test("site paths resolve against the site URL", () => {
		const result = resolveConfig(
			{ url: "https://news.example.org/blog/", icon: "/favicon.png", logo: "logo.svg" },
			"c.json",
		);
		expect(result.ok && [result.config.icon, result.config.logo]).toEqual([
			"https://news.example.org/favicon.png",
			"https://news.example.org/blog/logo.svg",
		]);
	});

	test("a script URL is a config error naming the key", () => {
		const result = resolveConfig({ url: "https://a.org/", icon: "javascript:alert(1)" }, "c.json", "wirefeed");
		expect(!result.ok && result.diagnostics.map((d) => d.message)).toEqual([
			'"wirefeed.icon" must be an http(s) URL or a path on the site',
		]);
	});
});
