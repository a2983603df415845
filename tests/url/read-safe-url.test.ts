import { describe, expect, it } from "vitest";
import { readSafeSrcset } from "../../src/url/read-safe-srcset.js";
import { isSafeUrl, readSafeHref, readSafeUrl, type UrlUse } from "../../src/url/read-safe-url.js";

const BASE = "https://news.example.org/2020/09/article/";

describe("readSafeUrl: resolving", () => {
	it.each([
		["lindley.jpg#center", `${BASE}lindley.jpg#center`],
		["/images/a.png", "https://news.example.org/images/a.png"],
		["../other/", "https://news.example.org/2020/09/other/"],
		["//www.youtube.com/embed/x", "https://www.youtube.com/embed/x"],
		["#notes", `${BASE}#notes`],
		["mailto:desk@example.org", "mailto:desk@example.org"],
		["https://already.example/x y", "https://already.example/x y"],
		// Edges a browser strips, and a tab or newline inside, which it removes.
		["  https://ex.example/a\n", "https://ex.example/a"],
		["https://ex.example/a\tb", "https://ex.example/ab"],
		["http://[::1", undefined],
	])("%j → %j", (input, expected) => {
		expect(readSafeUrl(input, "link", BASE)).toBe(expected);
	});

	it("a relative URL without a base is not written", () => {
		expect(readSafeUrl("/images/a.png", "image")).toBeUndefined();
		expect(isSafeUrl("/images/a.png", "image")).toBe(true);
	});

	it("readSafeHref serializes as the URL parser does", () => {
		expect(readSafeHref("https://Example.org", "web")).toBe("https://example.org/");
	});
});

// Every way of hiding a scheme that a browser (WHATWG URL) or a lenient reader (DOMPurify-style whitespace skipping,
// String.prototype.trim) would still read.
const HIDDEN_SCRIPTS = [
	"javascript:alert(1)",
	"JaVaScRiPt:alert(1)",
	" javascript:alert(1)",
	"\u0001javascript:alert(1)",
	"java\tscript:alert(1)",
	"java\nscript:alert(1)",
	"java\rscript:alert(1)",
	"\u00A0javascript:alert(1)",
	"\u2003javascript:alert(1)",
	"\u3000javascript:alert(1)",
	"\uFEFFjavascript:alert(1)",
	"\u2028javascript:alert(1)",
	"\u200Bjavascript:alert(1)",
	"java\u200Bscript:alert(1)",
	"\u0085javascript:alert(1)",
	"vbscript:msgbox(1)",
	"livescript:alert(1)",
	"data:text/html,<script>alert(1)</script>",
	"\u00A0data:text/html;base64,PHNjcmlwdD4=",
	"file:///etc/passwd",
	"tel:+3705",
	"ftp://files.example.org/a",
];

describe("readSafeUrl: the schemes each use allows", () => {
	it.each(HIDDEN_SCRIPTS)("%j is written for no use, resolved or not", (input) => {
		for (const use of ["link", "image", "media", "web"] as const) {
			expect(readSafeUrl(input, use, BASE)).toBeUndefined();
			expect(isSafeUrl(input, use)).toBe(false);
		}
	});

	it.each<[string, Readonly<Record<UrlUse, boolean>>]>([
		["https://ex.example/a", { link: true, image: true, media: true, web: true }],
		["http://ex.example/a", { link: true, image: true, media: true, web: true }],
		["mailto:desk@example.org", { link: true, image: false, media: false, web: false }],
		["data:image/png;base64,iVBORw0KGgo=", { link: false, image: true, media: false, web: false }],
		["data:image/gif;base64,R0lGODlh", { link: false, image: true, media: false, web: false }],
		["DATA:image/JPEG;base64,/9j/", { link: false, image: true, media: false, web: false }],
		["data:image/webp;base64,UklGR", { link: false, image: true, media: false, web: false }],
		["data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=", { link: false, image: false, media: false, web: false }],
		["data:image/svg+xml,<svg onload=alert(1)>", { link: false, image: false, media: false, web: false }],
		["data:image/pngx,abc", { link: false, image: false, media: false, web: false }],
	])("%j", (input, allowed) => {
		for (const use of ["link", "image", "media", "web"] as const) {
			expect(readSafeUrl(input, use, BASE) !== undefined, use).toBe(allowed[use]);
			expect(isSafeUrl(input, use), use).toBe(allowed[use]);
		}
	});

	it("a relative URL that only looks like a script to a browser after Unicode spaces is still refused", () => {
		// A browser reads "\u00A0javascript:…" as a relative path; a reader that trims would run it.
		expect(readSafeUrl("\u00A0javascript:alert(1)", "link", BASE)).toBeUndefined();
	});

	it("is idempotent", () => {
		for (const input of ["lindley.jpg", "  https://ex.example/a\tb ", "//cdn.example/x.png", "#top"]) {
			const once = readSafeUrl(input, "image", BASE);
			expect(once).toBeDefined();
			expect(readSafeUrl(once ?? "", "image", BASE)).toBe(once);
		}
	});
});

describe("readSafeSrcset", () => {
	it.each([
		["a.png 1x, /b.png 2x", `${BASE}a.png 1x, https://news.example.org/b.png 2x`],
		["https://cdn.example/a.png 480w", "https://cdn.example/a.png 480w"],
		["a.png 1x, \u3000javascript:alert(1) 2x", undefined],
		["data:image/svg+xml;base64,PHN2Zz4= 1x", undefined],
	])("%j → %j", (input, expected) => {
		expect(readSafeSrcset(input, BASE)).toBe(expected);
	});
});
