import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import { precheckLinkify, skipParagraphsWithoutLinkText } from "../../src/body/precheck-linkify.js";
import { renderBodyHtml } from "../../src/body/to-html.js";

// The same setup as the renderer, without the precheck: the reference for what gets linked.
const reference = new MarkdownIt({ html: true, linkify: true, typographer: false });
// wirefeed's renderer starts each block on its source line (keep-source-lines): the same HTML, newlines aside.
const blocksOf = (html: string) => html.replace(/\n+/g, "\n").replace(/^\n/, "");

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
		expect(blocksOf(renderBodyHtml("markdown", text))).toBe(blocksOf(reference.render(text)));
	});
});

// Paragraphs whose link markers sit in HTML links, Markdown links and autolinks, beside escapes, entities, emphasis
// and bare URLs that are linked: the renderer must link exactly what markdown-it links.
const PARAGRAPH_PIECES = [
	'<a href="https://wire.example.com/2024/05/17/story/">Source</a>',
	"<a href='//cdn.example.org/x'>x</a>",
	"[label](https://news.example.org/a)",
	"[mail](mailto:desk@news.example.org)",
	"<https://news.example.org/auto>",
	"https://news.example.org/bare",
	"desk@news.example.org",
	"\\_https://x.example",
	"\\*",
	"&amp;",
	"&#64;",
	"*em*",
	"_em_",
	"`https://code.example`",
	"word",
	" ",
	"\n",
	"@",
	"//",
	"https:",
];

describe("skipParagraphsWithoutLinkText", () => {
	test("links what markdown-it links", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PARAGRAPH_PIECES), { maxLength: 10 }), (pieces) => {
				const text = pieces.join("");
				expect(blocksOf(renderBodyHtml("markdown", text))).toBe(blocksOf(reference.render(text)));
			}),
			{ numRuns: 2000 },
		);
	});

	test("does not run linkify-it on a paragraph whose only link markers are outside its text", () => {
		const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
		skipParagraphsWithoutLinkText(md);
		const tested: string[] = [];
		const test = md.linkify.test.bind(md.linkify);
		md.linkify.test = (text: string) => {
			tested.push(text);
			return test(text);
		};
		const body =
			'Text.\n\n<a href="https://wire.example.com/story/">Source</a>\n\n[label](https://news.example.org/a)\n';
		expect(md.render(body)).toBe(reference.render(body));
		expect(tested).not.toContain('<a href="https://wire.example.com/story/">Source</a>');
		expect(tested).not.toContain("[label](https://news.example.org/a)");
	});

	test("stays out of the way when fuzzy domains are linked", () => {
		const md = new MarkdownIt({ html: true, linkify: true });
		md.linkify.set({ fuzzyLink: true });
		skipParagraphsWithoutLinkText(md);
		const body = '<a href="https://wire.example.com/">Source</a> and example.com';
		expect(md.render(body)).toContain('<a href="http://example.com">example.com</a>');
	});
});
