import type { Root } from "hast";
import {
	type Block,
	collectBlocks,
	countSpacedWords,
	normalizeForComparison,
	readBlockMedia,
	readBlockText,
	removeBlocks,
} from "./blocks.js";
import type { CleanRule } from "./rule.js";
import { walkElements } from "./tree.js";

// Repeated short text is normal (a refrain, two "Output" labels); a paragraph this long repeated is a copy anywhere.
const MIN_DUPLICATE_WORDS = 30;

// Issue #12: "normalised text of blocks ≥ 8 words; keep the first, or the complete one of a truncated/full pair".
const MIN_REPEAT_WORDS = 8;
// A short line repeated this often is a gallery's title on every slide, not a refrain.
const MIN_SHORT_REPEAT_WORDS = 4;
const MIN_SHORT_REPEATS = 5;
// "…", "..." or "... more", then at most a short credit ("Photo: A. Name"), ends a truncated copy.
const TRUNCATED_RE = /^(.+?)\s*(?:…|\.{3})\s*(?:(?:read )?more\b[^…]{0,40})?$/u;
// Where instructions legitimately repeat ("If you receive no output, the command was successful." after each
// command), or a list or table repeats a cell: there only long paragraphs, copied runs and captions count.
const LISTED_TAGS: ReadonlySet<string> = new Set(["li", "td", "th", "dt", "dd"]);

const WORK_PER_BLOCK = 16;

interface Seen {
	readonly block: Block;
	/** Its text as a reader sees it, and normalised for comparing. */
	readonly raw: string;
	readonly text: string;
	readonly words: number;
	key: string;
}

/**
 * Keeps one copy of article text repeated in one body: a paged copy beside a `#fullstory` copy, a doubled body, and
 * any block repeated anywhere (desktop and mobile copies of a caption, a gallery title on every slide).
 */
export function removeDuplicateBody(tree: Root): number {
	const hasCode = readsAsInstructions(tree);
	const blocks: Seen[] = collectBlocks(tree, {
		isUnit: (element) => element.tagName === "figure",
		isSkipped: (element) => element.tagName === "pre",
	}).map((block) => {
		const raw = readBlockText(block);
		const text = normalizeForComparison(raw);
		return { block, raw, text, words: countSpacedWords(text), key: text };
	});
	// The same text with other pictures is another block (two photos, one caption): media join the key, read only for
	// texts that repeat.
	const texts = new Map<string, number>();
	for (const seen of blocks) texts.set(seen.text, (texts.get(seen.text) ?? 0) + 1);
	for (const seen of blocks) {
		if ((texts.get(seen.text) ?? 0) > 1) seen.key = `${seen.text}\u0000${readBlockMedia(seen.block).join(" ")}`;
	}
	const dropped = new Set<Seen>();
	const first = new Map<string, number>();
	const counts = new Map<string, number>();
	for (const seen of blocks) counts.set(seen.key, (counts.get(seen.key) ?? 0) + 1);
	blocks.forEach((seen, index) => {
		if (seen.text === "") return;
		const earlier = first.get(seen.key);
		if (earlier === undefined) {
			first.set(seen.key, index);
			return;
		}
		if (isRemovableRepeat(blocks, earlier, index, hasCode, counts.get(seen.key) ?? 0)) dropped.add(seen);
	});
	// A truncated copy ("The ferry left at dawn with … more") of a block that is there in full goes, wherever it is.
	// Issue #11: texts that start with the same words sit together once sorted, so the full block is looked up, not
	// searched for among all the others (thousands of truncated blocks made that quadratic); the scan of one range
	// may do work proportional to the number of blocks, no more.
	const sorted = blocks.filter((seen) => seen.text !== "").sort((a, b) => compareTexts(a.text, b.text));
	let work = 0;
	const maxWork = WORK_PER_BLOCK * (blocks.length + 1);
	for (const seen of blocks) {
		if (dropped.has(seen) || !(seen.raw.includes("…") || seen.raw.includes("..."))) continue;
		const stem = readTruncatedStem(seen.raw);
		if (stem === undefined) continue;
		const normalized = normalizeForComparison(stem);
		if (countSpacedWords(normalized) < MIN_REPEAT_WORDS) continue;
		const prefix = `${normalized} `;
		for (let at = firstFrom(sorted, prefix); at < sorted.length && work++ < maxWork; at++) {
			const other = sorted[at];
			if (other === undefined || !other.text.startsWith(prefix)) break;
			if (other === seen || dropped.has(other)) continue;
			dropped.add(seen);
			break;
		}
	}
	removeBlocks(Array.from(dropped, (seen) => seen.block));
	return dropped.size;
}

function isRemovableRepeat(
	blocks: readonly Seen[],
	earlier: number,
	index: number,
	hasCode: boolean,
	count: number,
): boolean {
	const seen = blocks[index] as Seen;
	const tag = seen.block.element?.tagName ?? "";
	if (seen.words >= MIN_DUPLICATE_WORDS) return true;
	if (seen.words >= MIN_SHORT_REPEAT_WORDS && count >= MIN_SHORT_REPEATS && !LISTED_TAGS.has(tag)) return true;
	if (seen.words < MIN_REPEAT_WORDS) return false;
	if (tag === "figure" || tag === "figcaption") return true;
	// Part of a copied run: a neighbour, itself another text, repeats the first copy's neighbour.
	const isCopiedNeighbour = (neighbour: Seen | undefined, firstNeighbour: Seen | undefined) =>
		neighbour !== undefined &&
		firstNeighbour !== undefined &&
		neighbour !== firstNeighbour &&
		neighbour.key === firstNeighbour.key &&
		neighbour.key !== seen.key &&
		neighbour.words >= MIN_REPEAT_WORDS;
	if (isCopiedNeighbour(blocks[index - 1], blocks[earlier - 1])) return true;
	if (isCopiedNeighbour(blocks[index + 1], blocks[earlier + 1])) return true;
	return !hasCode && !LISTED_TAGS.has(tag);
}

// Tutorials repeat their instructions on purpose; a body with code blocks is read as one.
function readsAsInstructions(tree: Root): boolean {
	let found = false;
	walkElements(tree, (element) => {
		if (element.tagName === "pre") found = true;
		return found ? "skip" : undefined;
	});
	return found;
}

function compareTexts(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

// The index of the first of the sorted blocks whose text is not before `text`.
function firstFrom(sorted: readonly Seen[], text: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compareTexts(sorted[middle]?.text ?? "", text) < 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

function readTruncatedStem(text: string): string | undefined {
	const match = TRUNCATED_RE.exec(text);
	return match?.[1] === undefined || match[1] === "" ? undefined : match[1];
}

/** Rule `duplicate-body`. */
export const duplicateBody: CleanRule = {
	id: "duplicate-body",
	description:
		"Keeps one copy of text a body repeats anywhere (a paged copy beside the full story, a doubled caption, a gallery title on every slide), or the complete one of a truncated/full pair.",
	defaultEnabled: true,
	// What an author repeats in a post of their own site is theirs, and the site shows it twice (CleanContext.isAuthored).
	run: (tree, state) => (state.context.isAuthored === true ? 0 : removeDuplicateBody(tree)),
};
