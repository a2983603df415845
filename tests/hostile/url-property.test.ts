import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { build } from "../../src/index.js";
import { findUnsafeUrls } from "../support/find-unsafe-urls.js";
import { readFeeds, siteBuildOptions, useTempDirs } from "./support.js";

const tempDir = useTempDirs();

/** One character as an article may carry it: raw in front matter, and raw or as a character reference in HTML. */
interface Piece {
	readonly raw: string;
	readonly html: string;
}

// Characters that browsers (C0 controls and space, tab, newline) or lenient readers (every Unicode space, BOM, the
// zero-width marks, U+2028/U+2029, NEL) skip before or inside a scheme.
const SKIPPED = [
	" ",
	"\t",
	"\n",
	"\r",
	"\u0001",
	"\u001f",
	"\u0085",
	"\u00a0",
	"\u1680",
	"\u180e",
	"\u2000",
	"\u2003",
	"\u200b",
	"\u2028",
	"\u2029",
	"\u205f",
	"\u3000",
	"\ufeff",
];
const NAMED: Readonly<Record<string, string>> = {
	"\t": "&Tab;",
	"\n": "&NewLine;",
	"\u00a0": "&nbsp;",
	"\u2003": "&emsp;",
	"\u200b": "&ZeroWidthSpace;",
	":": "&colon;",
};

/**
 * A character, written raw or as a decimal, hexadecimal or named character reference, including the forms browsers
 * still decode in attribute values (HTML §13.2.5.72-80): zero-padded, and a decimal one without its semicolon (the
 * next character of a scheme or payload is never a digit, so the reference ends where it should).
 */
const encoded = (char: string): fc.Arbitrary<Piece> =>
	fc
		.oneof(
			// Raw, most of the time: a URL with a few of its characters encoded, or none, is the one that shows whether
			// the policy holds; every character encoded tests mostly the HTML parser.
			{ arbitrary: fc.constant(char), weight: 6 },
			{ arbitrary: encodings(char), weight: 4 },
		)
		.map((html) => ({ raw: char, html }));

const encodings = (char: string): fc.Arbitrary<string> =>
	fc.constantFrom(
		// A raw " " or newline is fine in a quoted attribute; raw controls are XML-forbidden and stripped, which is
		// itself a way to hide a scheme, so they are tried too.
		`&#${char.codePointAt(0)};`,
		`&#x${char.codePointAt(0)?.toString(16)};`,
		`&#X${char.codePointAt(0)?.toString(16).toUpperCase()};`,
		`&#000${char.codePointAt(0)};`,
		`&#x000${char.codePointAt(0)?.toString(16)};`,
		`&#${char.codePointAt(0)}`,
		NAMED[char] ?? char,
	);

const skipped = fc.constantFrom(...SKIPPED).chain(encoded);
// A scheme letter in either case, now and then (one letter in five) preceded by a character a parser drops inside a
// scheme: a scheme broken up at every letter is almost never one a browser runs, so it would test little.
const letter = (char: string): fc.Arbitrary<Piece[]> =>
	fc
		.tuple(
			fc.oneof(
				{ arbitrary: fc.constant(undefined), weight: 4 },
				{ arbitrary: fc.constantFrom("\t", "\n", "\r", "\u200b", "\u00ad").chain(encoded), weight: 1 },
			),
			fc.constantFrom(char.toLowerCase(), char.toUpperCase()).chain(encoded),
		)
		.map(([inside, piece]) => (inside === undefined ? [piece] : [inside, piece]));
// Nothing before the scheme as often as something: "javascript:" as it is must be refused too.
const prefix = fc.oneof(
	{ arbitrary: fc.constant([]), weight: 1 },
	{ arbitrary: fc.array(skipped, { minLength: 1, maxLength: 4 }), weight: 1 },
);
const scheme = fc
	.constantFrom("javascript", "vbscript", "livescript", "data")
	.chain((name) => fc.tuple(...[...name].map(letter)).map((letters) => ({ name, pieces: letters.flat() })));
const PAYLOADS: Readonly<Record<string, readonly string[]>> = {
	javascript: ["alert(document.domain)", "alert(1)//"],
	vbscript: ["msgbox(1)"],
	livescript: ["alert(1)"],
	data: [
		"text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
		"image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
		"application/javascript,alert(1)",
	],
};

/** A script (or unsafe data) URL hidden behind random skipped characters, case and character references. */
const hiddenUrl: fc.Arbitrary<Piece> = fc
	.tuple(prefix, scheme, encoded(":"), fc.array(skipped, { maxLength: 1 }))
	.chain(([before, { name, pieces }, colon, suffix]) =>
		fc.constantFrom(...(PAYLOADS[name] ?? [])).map((payload) => {
			const all = [...before, ...pieces, colon];
			const end = suffix.map((piece) => piece.raw).join("");
			return {
				raw: `${all.map((piece) => piece.raw).join("")}${payload}${end}`,
				// Quotes would end the attribute; the payloads have none.
				html: `${all.map((piece) => piece.html).join("")}${payload.replaceAll("&", "&amp;")}${suffix.map((piece) => piece.html).join("")}`,
			};
		}),
	);

/**
 * An article that puts one hidden URL everywhere a URL can go: every URL attribute, Markdown, a Source link, front
 * matter. Each article's text is its own (its number in every block): blocks repeated across the build's articles are
 * site boilerplate, and would go with their URLs before the URL policy is ever asked.
 */
function articleWith(url: Piece, index: number): string {
	const u = url.html;
	// Markdown destinations take the raw text in angle brackets (no newline allowed there, so those are left out).
	const md = url.raw.replace(/[\n\r<>]/g, "");
	const frontMatter = [
		`title: "Hidden URL ${index}"`,
		`date: 2021-07-${String((index % 28) + 1).padStart(2, "0")}`,
		`slug: hidden-${index}`,
		...(index % 2 === 0 ? [`source: ${JSON.stringify(url.raw)}`] : []),
		`image: ${JSON.stringify(url.raw)}`,
		`license: ${JSON.stringify(url.raw)}`,
		"author:",
		"  name: Hidden Author",
		`  url: ${JSON.stringify(url.raw)}`,
	];
	return `---
${frontMatter.join("\n")}
---

<p>Words before <a href="${u}">link number ${index}</a> and <img src="${u}" alt="an image"> and <img src="https://img.example.org/ok.png" srcset="${u} 2x, ${u}" alt="a srcset">.</p>

<blockquote cite="${u}"><p>Quote number ${index}.</p></blockquote>

<p>A <q cite="${u}">short quote ${index}</q> and <del cite="${u}">edit number ${index}</del>.</p>

<video src="${u}" poster="${u}" controls><source src="${u}"></video> <audio src="${u}" controls></audio>

<iframe src="${u}"></iframe>

[a Markdown link](<${md}>) and ![a Markdown image](<${md}>) and <${md}>

<p>Source: <a href="${u}">The Original</a></p>
`;
}

describe("property: no output URL starts with a script scheme, in the whole build (issue #11)", () => {
	test("security: javascript:/vbscript:/data: behind spaces, invisibles, entities, case and tabs never reach any feed", {
		timeout: 240_000,
	}, async () => {
		let run = 0;
		let checked = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(hiddenUrl, { minLength: 4, maxLength: 8 }), async (urls) => {
				const tmp = await tempDir();
				const articles = join(tmp, "articles");
				await mkdir(articles);
				await Promise.all(
					urls.map((url, index) => writeFile(join(articles, `hidden-${index}.md`), articleWith(url, index))),
				);
				const result = await build(siteBuildOptions(tmp, false));
				run++;
				expect(result.status).toBe("written");
				// Every article is published: the URLs go, the text stays.
				expect(result.items.length).toBe(urls.length);
				const feeds = await readFeeds(join(tmp, "out"));
				expect(findUnsafeUrls(feeds)).toEqual([]);
				// The blocks that held the URLs are there, without them: the policy was asked about every one. (A raw line
				// break in an attribute may make a blank line, which ends an HTML block in Markdown: such markup is text.)
				for (const item of JSON.parse(feeds.json).items as { title: string; content_html: string }[]) {
					const index = Number(item.title.replace("Hidden URL ", ""));
					if (/[\n\r]/.test(urls[index]?.html ?? "\n")) continue;
					checked++;
					for (const text of [`link number ${index}`, `Quote number ${index}`, `edit number ${index}`]) {
						expect(item.content_html).toContain(text);
					}
				}
			}),
			{ numRuns: 40, seed: 11 },
		);
		expect(run).toBe(40);
		// Most articles (133 of ~240 with this seed) keep their markup whole; a generator change that broke it all
		// would leave the policy untested.
		expect(checked).toBeGreaterThan(80);
	});
});
