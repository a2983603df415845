import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { build } from "../../src/index.js";
import { findUnsafeUrls } from "../support/find-unsafe-urls.js";
import { makeSiteConfig, NOW, readFeeds, useTempDirs } from "./support.js";

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

/** A character, written raw or as a decimal, hexadecimal or named character reference. */
const encoded = (char: string): fc.Arbitrary<Piece> =>
	fc
		.constantFrom(
			// A raw " " or newline is fine in a quoted attribute; raw controls are XML-forbidden and stripped, which is
			// itself a way to hide a scheme, so they are tried too.
			char,
			`&#${char.codePointAt(0)};`,
			`&#x${char.codePointAt(0)?.toString(16)};`,
			`&#X${char.codePointAt(0)?.toString(16).toUpperCase()};`,
			NAMED[char] ?? char,
		)
		.map((html) => ({ raw: char, html }));

const skipped = fc.constantFrom(...SKIPPED).chain(encoded);
// A scheme letter in either case, now and then preceded by characters a parser drops inside a scheme.
const letter = (char: string): fc.Arbitrary<Piece[]> =>
	fc
		.tuple(
			fc.array(fc.constantFrom("\t", "\n", "\r", "\u200b", "\u00ad").chain(encoded), { maxLength: 1 }),
			fc.constantFrom(char.toLowerCase(), char.toUpperCase()).chain(encoded),
		)
		.map(([inside, pieces]) => [...inside, pieces]);
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
	.tuple(fc.array(skipped, { maxLength: 4 }), scheme, encoded(":"), fc.array(skipped, { maxLength: 1 }))
	.chain(([prefix, { name, pieces }, colon, suffix]) =>
		fc.constantFrom(...(PAYLOADS[name] ?? [])).map((payload) => {
			const all = [...prefix, ...pieces, colon];
			const end = suffix.map((piece) => piece.raw).join("");
			return {
				raw: `${all.map((piece) => piece.raw).join("")}${payload}${end}`,
				// Quotes would end the attribute; the payloads have none.
				html: `${all.map((piece) => piece.html).join("")}${payload.replaceAll("&", "&amp;")}${suffix.map((piece) => piece.html).join("")}`,
			};
		}),
	);

/** An article that puts one hidden URL everywhere a URL can go: every URL attribute, Markdown, a Source link, front matter. */
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

<p>Words before <a href="${u}">a link</a> and <img src="${u}" alt="an image"> and <img src="https://img.example.org/ok.png" srcset="${u} 2x, ${u}" alt="a srcset">.</p>

<blockquote cite="${u}"><p>A quote.</p></blockquote>

<p>A <q cite="${u}">short quote</q> and <del cite="${u}">an edit</del>.</p>

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
		await fc.assert(
			fc.asyncProperty(fc.array(hiddenUrl, { minLength: 4, maxLength: 8 }), async (urls) => {
				const tmp = await tempDir();
				const articles = join(tmp, "articles");
				await mkdir(articles);
				await Promise.all(
					urls.map((url, index) => writeFile(join(articles, `hidden-${index}.md`), articleWith(url, index))),
				);
				const result = await build({
					config: makeSiteConfig(),
					articlesDir: "articles",
					outDir: "out",
					cacheDir: false,
					now: NOW,
					cwd: tmp,
				});
				run++;
				expect(result.status).toBe("written");
				// Every article is published: the URLs go, the text stays.
				expect(result.items.length).toBe(urls.length);
				expect(findUnsafeUrls(await readFeeds(join(tmp, "out")))).toEqual([]);
			}),
			{ numRuns: 40, seed: 11 },
		);
		expect(run).toBe(40);
	});
});
