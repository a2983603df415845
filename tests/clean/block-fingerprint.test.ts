import { describe, expect, test } from "vitest";
import { fingerprintBlock } from "../../src/clean/block-fingerprint.js";
import { forEachComparisonPiece, normalizeForComparison } from "../../src/clean/blocks.js";

// Texts longer than one piece (16 KiB), built so that a piece's end falls inside every kind of run: words, runs of
// punctuation and spaces, a surrogate pair, a Greek word whose final sigma depends on what follows it.
const LONG_TEXTS: readonly { readonly name: string; readonly text: string }[] = [
	{ name: "English prose", text: "The council met on Tuesday, and voted — 7 to 2 — on the budget. ".repeat(900) },
	{ name: "runs of punctuation", text: `${"!?".repeat(20_000)}word${" ,;".repeat(9_000)}end...` },
	{ name: "nothing but punctuation", text: " — ".repeat(12_000) },
	{ name: "leading and trailing spaces", text: `${" ".repeat(16_383)}Ab${" ".repeat(16_385)}Cd${" ".repeat(20_000)}` },
	{ name: "astral characters at the seams", text: "a😀b𝒳 ".repeat(10_000) },
	{ name: "Greek capitals", text: "ΟΔΟΣ ΚΑΙ ΝΟΜΟΣ. ".repeat(3_000) },
	{ name: "a word across a seam", text: `${"x".repeat(16_380)}abcdefghij${"y".repeat(20)}` },
	{ name: "Hindi with vowel signs", text: "वह घर जाता है। वह घर जाती है। ".repeat(1_500) },
];

describe("a block's fingerprint reads its normalised text in pieces", () => {
	test.each(LONG_TEXTS)("$name: the pieces are the normalised text, in order", ({ text }) => {
		const pieces: string[] = [];
		forEachComparisonPiece(text, (piece) => pieces.push(piece));
		expect(text.length, "longer than one piece").toBeGreaterThan(16_384);
		expect(pieces.join("")).toBe(normalizeForComparison(text));
	});

	test("a short text is one piece: the normalised text", () => {
		const pieces: string[] = [];
		forEachComparisonPiece("  Hello, World!  ", (piece) => pieces.push(piece));
		expect(pieces).toEqual(["hello world"]);
	});

	test("a long block and its copy with other case, punctuation and spacing share a fingerprint; another does not", () => {
		const block = "The council met on Tuesday and voted on the harbour budget. ".repeat(1_000);
		const copy = block.toUpperCase().replaceAll(" ", "  ").replaceAll(".", "!");
		expect(fingerprintBlock(copy)).toBe(fingerprintBlock(block));
		expect(fingerprintBlock(`${block}x`)).not.toBe(fingerprintBlock(block));
		// The same fingerprint as a short text whose normalised form is the same.
		expect(fingerprintBlock("Harbour budget!")).toBe(fingerprintBlock("harbour   budget"));
	});
});
