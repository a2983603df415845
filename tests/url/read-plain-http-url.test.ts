import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readPlainHttpUrl } from "../../src/url/read-plain-http-url.js";
import { readSafeHref, readSafeUrl, type UrlUse } from "../../src/url/read-safe-url.js";

// readSafeHref as it was before its fast path: the policy's URL, serialized by the URL parser.
function viaParser(value: string, use: UrlUse, base?: string): string | undefined {
	const written = readSafeUrl(value, use, base);
	return written === undefined ? undefined : new URL(written).href;
}

const BASE = "https://news.example.org/2020/09/";
const USES: readonly UrlUse[] = ["link", "image", "media", "web"];

const SCHEMES = [
	"https://",
	"http://",
	"HTTPS://",
	"Http://",
	"https:/",
	"https:",
	"https:\\\\",
	"ftp://",
	" https://",
];
const HOST_PIECES = [
	"example",
	"www",
	"org",
	"news",
	"a1",
	".",
	"EXAMPLE",
	"Www",
	"xn--nxasmq6b",
	"xn--abc",
	"xn--",
	"a--b",
	"-a",
	"a-",
	"-",
	"münchen",
	"ß",
	"é",
	"1",
	"127",
	"0x7f",
	"0X10",
	"09",
	"[::1]",
	"[::ffff:1.2.3.4]",
	"[",
	"user:pass@",
	"user@",
	"@",
	":443",
	":80",
	":8080",
	":",
	"%41",
	"%2e",
	"\u00AD",
	"\u200B",
	" ",
	"_",
	"*",
	"\\",
];
const PATH_PIECES = [
	"/",
	"/",
	"a",
	"news",
	"the-city-s-film",
	".",
	"..",
	"%2e",
	"%2E",
	".%2e",
	"%2e%2E",
	"%e2%80%8b",
	"%F0%9F%94%A5",
	"%41",
	"%zz",
	"%4",
	"%",
	" ",
	"\\",
	"|",
	"^",
	"`",
	"{",
	"}",
	"'",
	'"',
	"<",
	">",
	"\t",
	"\n",
	"\r",
	"\u0000",
	"\u007F",
	"\u00A0",
	"é",
	"ü",
	"?",
	"#",
	"&",
	"=",
	";",
	"@",
	":",
	"~",
	"!",
	"$",
	"(",
	")",
	"*",
	"+",
	",",
	"[",
	"]",
	"--",
	"_",
	"A",
	"Z9",
];

const piecesOf = (pieces: readonly string[], max: number) =>
	fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((parts) => parts.join(""));
// Mostly well-formed hosts (so the fast path is taken often), then anything.
const host = fc.oneof(
	fc
		.array(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/), { minLength: 1, maxLength: 4 })
		.map((labels) => labels.join(".")),
	piecesOf(HOST_PIECES, 6),
);
// Paths of what the fast path takes, with one piece of anything now and then.
const SAFE_PATH_PIECES = PATH_PIECES.filter((piece) => /^[\w\-/~!$&'()*+,;=:@]+$/.test(piece));
const path = fc.oneof(
	{ arbitrary: piecesOf(SAFE_PATH_PIECES, 8).map((rest) => `/${rest}`), weight: 2 },
	{
		arbitrary: fc
			.tuple(piecesOf(SAFE_PATH_PIECES, 4), fc.constantFrom(...PATH_PIECES), piecesOf(SAFE_PATH_PIECES, 4))
			.map((parts) => `/${parts.join("")}`),
		weight: 2,
	},
	{ arbitrary: piecesOf(PATH_PIECES, 12), weight: 1 },
);
const url = fc
	.tuple(
		fc.oneof({ arbitrary: fc.constantFrom("https://", "http://"), weight: 3 }, fc.constantFrom(...SCHEMES)),
		host,
		path,
		fc.constantFrom("", "", "/", "?", "#", "?a=b", "#x"),
	)
	.map(([scheme, name, rest, end]) => scheme + name + rest + end);

describe("readPlainHttpUrl: the URL policy's fast path", () => {
	test.each([
		"https://www.example-scraper.test/the-city-s-film-festival-scraps-bridge-in/",
		"https://www.example.org/%e2%80%8bwinning-numbers/",
		"http://news.example.org/2020/09/?p=123&lang=en#notes",
		"https://example.org/it's/",
	])("takes %s as written", (value) => {
		expect(readPlainHttpUrl(value)).toBe(value);
		expect(readSafeHref(value, "web")).toBe(viaParser(value, "web"));
	});

	test.each([
		["uppercase host", "https://Example.org/"],
		["no path", "https://example.org"],
		["default port", "https://example.org:443/"],
		["userinfo", "https://user@example.org/"],
		["IDN", "https://münchen.example/"],
		["punycode", "https://xn--mnchen-3ya.example/"],
		["IPv4", "https://127.0.0.1/"],
		["hex IPv4", "https://0x7f.1/"],
		["IPv6", "https://[::1]/"],
		["trailing dot", "https://example.org./"],
		["dot segment", "https://example.org/a/../b"],
		["encoded dot segment", "https://example.org/a/%2E%2e/b"],
		["space", "https://example.org/a b"],
		["backslash", "https:\\\\example.org\\a"],
		["quote in the query", "https://example.org/?q='a'"],
		["edges", " https://example.org/"],
	])("leaves a URL with a %s to the parser", (_, value) => {
		expect(readPlainHttpUrl(value)).toBeUndefined();
	});

	test("readSafeHref gives what the URL parser gives, for any use (property)", () => {
		let fast = 0;
		fc.assert(
			fc.property(url, fc.constantFrom(...USES), (value, use) => {
				if (readPlainHttpUrl(value) !== undefined) fast++;
				expect(readSafeHref(value, use)).toBe(viaParser(value, use));
				expect(readSafeHref(value, use, BASE)).toBe(viaParser(value, use, BASE));
			}),
			{ numRuns: 20_000 },
		);
		// The property is about the fast path: it must have been taken often enough to mean something.
		expect(fast).toBeGreaterThan(1_000);
	});
});
