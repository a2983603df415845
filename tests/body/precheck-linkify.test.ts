import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import { precheckLinkify } from "../../src/body/precheck-linkify.js";
import { renderBodyHtml } from "../../src/body/to-html.js";

// The same setup as the renderer, without the precheck: the reference for what gets linked.
const reference = new MarkdownIt({ html: true, linkify: true, typographer: false });

const PIECES = [
	"http",
	"https",
	"ftp",
	"mailto",
	"HTTP",
	"Mailto",
	":",
	"/",
	"//",
	"@",
	".",
	"-",
	"_",
	" ",
	"\n",
	"www",
];
const WORDS = [
	"example",
	"com",
	"org",
	"xn--p1ai",
	"рф",
	"a",
	"1",
	"127.0.0.1",
	"[::1]",
	"(",
	")",
	"<",
	">",
	"«",
	"｜",
];
const noise = fc.array(fc.constantFrom(...PIECES, ...WORDS), { maxLength: 12 }).map((parts) => parts.join(""));
const SCHEMAS = ["http://", "https://", "HTTPS://", "ftp://", "//", "mailto:", ""];
const HOSTS = ["example.com", "news.example.org/a?b=c", "desk@news.example.org", "a@b", "[::1]", "localhost", "рф.рф"];
// Mostly near-links, so that both answers come up often.
const linkish = fc
	.tuple(noise, fc.constantFrom(...SCHEMAS), fc.constantFrom(...HOSTS), noise)
	.map((parts) => parts.join(""));

describe("precheckLinkify", () => {
	test("rejects only text that linkify-it would not link anyway", () => {
		fc.assert(
			fc.property(fc.oneof(linkish, noise, fc.string()), (text) => {
				const checked = new MarkdownIt({ html: true, linkify: true, typographer: false }).linkify;
				precheckLinkify(checked);
				expect(checked.test(text)).toBe(reference.linkify.test(text));
			}),
			{ numRuns: 2000 },
		);
	});

	test("stays out of the way when fuzzy domains are linked", () => {
		const fuzzy = new MarkdownIt({ linkify: true }).linkify.set({ fuzzyLink: true });
		const test = fuzzy.test;
		precheckLinkify(fuzzy);
		expect(fuzzy.test).toBe(test);
	});

	test.each([
		"See https://news.example.org/a and //cdn.example.org/x.",
		"Write to desk@news.example.org or mailto:desk@news.example.org.",
		"A plain paragraph: no link, at 10:30, in example.com style.",
	])("renders %j as markdown-it does without the precheck", (text) => {
		expect(renderBodyHtml("markdown", text)).toBe(reference.render(text));
	});
});
