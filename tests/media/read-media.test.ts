import { describe, expect, test } from "vitest";
import { readEnclosure, readMedia } from "../../src/media/read-media.js";

const BASE = "https://news.example.org/2020/storm/";

describe("readMedia", () => {
	test.each([
		{
			name: "a site path",
			value: "/images/storm.jpg",
			url: "https://news.example.org/images/storm.jpg",
			type: "image/jpeg",
		},
		{
			name: "a page-bundle file",
			value: "cover.PNG",
			url: "https://news.example.org/2020/storm/cover.PNG",
			type: "image/png",
		},
		{
			name: "an absolute URL",
			value: "https://cdn.example.net/a.webp?w=800",
			url: "https://cdn.example.net/a.webp?w=800",
			type: "image/webp",
		},
		{
			name: "an unknown extension",
			value: "https://cdn.example.net/image",
			url: "https://cdn.example.net/image",
			type: undefined,
		},
	])("reads $name, resolved against the article and typed by extension", ({ value, url, type }) => {
		expect(readMedia(value, BASE)).toEqual({ ok: true, media: { url, ...(type !== undefined && { type }) } });
	});

	test.each([
		{ name: "jekyll-seo-tag's path", value: { path: "/a.jpg", width: 1200, height: "630" } },
		{ name: "an src", value: { src: "/a.jpg", width: "1200", height: 630 } },
		{ name: "a url", value: { url: "/a.jpg", width: 1200, height: 630 } },
	])("reads an object with $name and its size", ({ value }) => {
		expect(readMedia(value, BASE)).toEqual({
			ok: true,
			media: { url: "https://news.example.org/a.jpg", type: "image/jpeg", width: 1200, height: 630 },
		});
	});

	test("a declared type wins over the extension and is lower-cased", () => {
		expect(readMedia({ url: "/a.jpg", type: "Image/PNG", length: 2048 }, BASE)).toEqual({
			ok: true,
			media: { url: "https://news.example.org/a.jpg", type: "image/png", length: 2048 },
		});
	});

	test.each([
		{ name: "no url", value: { alt: "A storm" }, reason: "has no url" },
		{ name: "a script URL", value: "javascript:alert(1)", reason: '"javascript:alert(1)" is not an http(s) URL' },
		{ name: "a data URL", value: "data:image/png;base64,AAAA", reason: "is not an http(s) URL" },
		// The URL policy: a script scheme behind a no-break space is a script to lenient readers, not a relative path.
		{ name: "a script URL behind NBSP", value: "\u00a0javascript:alert(1)", reason: "is not an http(s) URL" },
		{
			name: "a bad type",
			value: { url: "/a.mp3", type: "audio mpeg" },
			reason: 'type "audio mpeg" is not a MIME type',
		},
		{ name: "a type with &", value: { url: "/a.mp3", type: "audio/a&b" }, reason: "is not a MIME type" },
		{ name: "a negative length", value: { url: "/a.mp3", length: -5 }, reason: 'length "-5" is not a whole number' },
		{ name: "a fractional width", value: { url: "/a.jpg", width: 1.5 }, reason: 'width "1.5" is not a whole number' },
	])("refuses $name", ({ value, reason }) => {
		const read = readMedia(value, BASE);
		expect(read.ok).toBe(false);
		expect(!read.ok && read.reason).toContain(reason);
	});
});

// A Jekyll site's front matter image is written through `absolute_url`: a path of the site, under its baseurl.
describe("readMedia with a site root (Jekyll)", () => {
	const SITE = "https://keeper.example/log/";
	test.each([
		{ name: "a root path", value: "/assets/lens.jpg", url: "https://keeper.example/log/assets/lens.jpg" },
		{ name: "a path", value: "assets/lens.jpg", url: "https://keeper.example/log/assets/lens.jpg" },
		{ name: "a table's path", value: { path: "/assets/lens.jpg" }, url: "https://keeper.example/log/assets/lens.jpg" },
		{ name: "an absolute URL", value: "https://cdn.example.net/lens.jpg", url: "https://cdn.example.net/lens.jpg" },
		{ name: "a host", value: "//cdn.example.net/lens.jpg", url: "https://cdn.example.net/lens.jpg" },
	])("reads $name under the site, not the post", ({ value, url }) => {
		expect(readMedia(value, "https://keeper.example/log/2024/04/05/new-lens.html", SITE)).toEqual({
			ok: true,
			media: { url, type: "image/jpeg" },
		});
	});

	test.each(["javascript:alert(1)", "\u00a0javascript:alert(1)", "\u200bjavascript:alert(1)"])(
		"refuses a script URL (%j)",
		(value) => {
			const read = readMedia(value, BASE, SITE);
			expect(read.ok ? read.media.url : "refused").toBe("refused");
		},
	);
});

describe("readEnclosure", () => {
	test("a podcast episode with type and length", () => {
		expect(readEnclosure({ url: "/audio/ep1.mp3", type: "audio/mpeg", length: 12345678 }, BASE)).toEqual({
			ok: true,
			enclosure: { url: "https://news.example.org/audio/ep1.mp3", type: "audio/mpeg", length: 12345678 },
		});
	});

	test("the type may come from the extension (audio/mpeg, never audio/mp3)", () => {
		expect(readEnclosure({ url: "/ep1.mp3", length: "42" }, BASE)).toMatchObject({
			ok: true,
			enclosure: { type: "audio/mpeg", length: 42 },
		});
	});

	test.each([
		{
			name: "without a length",
			value: { url: "/ep1.mp3" },
			reason: "has no length (bytes); RSS 2.0 requires the type and length of an enclosure",
		},
		{ name: "a bare URL", value: "https://cdn.example.net/ep1.mp3", reason: "has no length (bytes)" },
		{ name: "without a known type", value: { url: "/ep1.bin", length: 1 }, reason: "has no type;" },
	])("refuses an enclosure $name: RSS would need a guessed length or type", ({ value, reason }) => {
		const read = readEnclosure(value, BASE);
		expect(!read.ok && read.reason).toContain(reason);
	});
});
