import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanHtml } from "../../src/clean/index.js";
import { parseFragment, readText } from "../../src/clean/tree.js";
import { createContext } from "./helpers.js";

// Issue #12, "Never damage text": a rule may delete whole junk blocks, never characters of article text. Over
// random article-shaped HTML, the words of the output are the words of the input minus whole blocks (lines as a
// reader sees them): a glued word ("theferry"), a lost credit or a cut sentence breaks it.

const WORDS = [
	"harbour",
	"ferry",
	"mayor",
	"said",
	"on",
	"Sunday",
	"2012",
	"the",
	"pier",
	"crew",
	"of",
	"four",
	"Lietuvos",
	"Москва",
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));
const gap = fc.constantFrom("", " ", "\n", "  ");
// Blank or empty inline elements between words: the shapes that used to glue words together.
const blankInline = fc.constantFrom(
	"<strong> </strong>",
	"<em> </em>",
	"<i>&nbsp;</i>",
	"<b>\u00A0</b>",
	'<span class="sep"> </span>',
	'<a href="/x"> </a>',
	"<b></b>",
);
const INLINE = ["b", "i", "em", "strong", "span", "u", "small", "font", 'a href="/story"'];
// Markup that is junk as a whole: it goes, or it was never text.
const junk = fc.constantFrom(
	"<script>var a = 1;</script>",
	"<style>.a { color: red }</style>",
	"<!-- [include:x.inc] -->",
	'<img src="https://t.example/p.gif" width="1" height="1">',
	"<br><br><br>",
	"<form><input value=x></form>",
);

const { block } = fc.letrec<{ inline: string; block: string }>((tie) => ({
	inline: fc.oneof(
		{ depthSize: "small", withCrossShrink: true },
		text,
		blankInline,
		fc.tuple(text, blankInline, text).map(([a, blank, b]) => `${a}${blank}${b}`),
		fc
			.tuple(fc.constantFrom(...INLINE), tie("inline"))
			.map(([tag, inner]) => `<${tag}>${inner}</${tag.split(" ")[0]}>`),
		fc.tuple(tie("inline"), gap, tie("inline")).map(([a, space, b]) => `${a}${space}${b}`),
	),
	block: fc.oneof(
		{ depthSize: "small", withCrossShrink: true },
		fc
			.tuple(fc.constantFrom("p", "div", "blockquote", "h2", "section", "li"), tie("inline"))
			.map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
		fc
			.tuple(fc.constantFrom("div", "section", "ul"), fc.array(tie("block"), { maxLength: 3 }))
			.map(([tag, inner]) => `<${tag}>${inner.join("\n")}</${tag}>`),
		fc
			.tuple(text, text)
			.map(
				([credit, caption]) =>
					`<figure><picture><source srcset="https://img.example/a.jpg"><img src="https://img.example/a.jpg"><span class="credit">${credit}</span></picture><figcaption>${caption}</figcaption></figure>`,
			),
		junk,
	),
}));
const body = fc
	.array(
		fc.oneof(
			block,
			fc.tuple(block, gap).map(([b, g]) => `${b}${g}`),
		),
		{ minLength: 1, maxLength: 6 },
	)
	.map((blocks) => blocks.join(""));

const wordsOf = (value: string): string[] => value.match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when `output` is `lines` concatenated, some whole lines left out. */
function isInputMinusWholeLines(lines: readonly string[][], output: readonly string[]): boolean {
	let reachable = new Set<number>([0]);
	for (const line of lines) {
		const next = new Set(reachable);
		for (const at of reachable) {
			if (line.every((word, offset) => output[at + offset] === word)) next.add(at + line.length);
		}
		reachable = next;
	}
	return reachable.has(output.length);
}

const context = createContext();
const SEED = process.env.FC_SEED === "random" ? Date.now() : Number(process.env.FC_SEED ?? 20200914);
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300), seed: SEED };

describe("cleanHtml never damages text", { timeout: 300_000 }, () => {
	it("outputs the input's words minus whole blocks", () => {
		fc.assert(
			fc.property(body, (input) => {
				const lines = readText(parseFragment(input))
					.split("\n")
					.map(wordsOf)
					.filter((line) => line.length > 0);
				const output = wordsOf(readText(parseFragment(cleanHtml(input, context).html)));
				expect(isInputMinusWholeLines(lines, output), `${input}\n→ ${output.join(" ")}`).toBe(true);
			}),
			RUNS,
		);
	});

	it("knows a glued word when it sees one (the check can fail)", () => {
		expect(isInputMinusWholeLines([["the", "ferry"], ["pier"]], ["theferry", "pier"])).toBe(false);
		expect(isInputMinusWholeLines([["the", "ferry"], ["pier"]], ["the"])).toBe(false);
		expect(isInputMinusWholeLines([["the", "ferry"], ["pier"]], ["pier"])).toBe(true);
	});
});
