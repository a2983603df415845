import type { Element, Root } from "hast";
import {
	type Block,
	collectBlocks,
	countWords,
	normalizeForComparison,
	readBlockMedia,
	readBlockText,
	removeBlock,
} from "./blocks.js";
import type { CleanRule } from "./rule.js";
import {
	type ChildNode,
	collapseWhitespace,
	isElement,
	type ParentNode,
	readText,
	setChildren,
	walkElements,
} from "./tree.js";

// Repeated short text is normal (a refrain, two "Output" labels); a repeated article is long.
const MIN_DUPLICATE_WORDS = 30;

/**
 * Keeps one copy of article text repeated in one body: a paged copy beside a `#fullstory` copy, a doubled body, and
 * any block repeated anywhere (desktop and mobile copies of a caption, a gallery title on every slide).
 */
export function removeDuplicateBody(tree: Root): number {
	return dedupe(tree) + removeRepeatedBlocks(tree);
}

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

interface Seen {
	readonly block: Block;
	readonly key: string;
	readonly words: number;
	readonly text: string;
}

function removeRepeatedBlocks(tree: Root): number {
	const hasCode = readsAsInstructions(tree);
	const blocks: Seen[] = collectBlocks(tree, {
		isUnit: (element) => element.tagName === "figure",
		isSkipped: (element) => element.tagName === "pre",
	}).map((block) => {
		const text = normalizeForComparison(readBlockText(block));
		return { block, text, words: countWords(text), key: `${text}\u0000${readBlockMedia(block).join(" ")}` };
	});
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
	for (const seen of blocks) {
		if (dropped.has(seen)) continue;
		const stem = readTruncatedStem(readBlockText(seen.block));
		if (stem === undefined) continue;
		const prefix = normalizeForComparison(stem);
		if (countWords(prefix) < MIN_REPEAT_WORDS) continue;
		const isCopy = blocks.some((other) => other !== seen && !dropped.has(other) && other.text.startsWith(`${prefix} `));
		if (isCopy) dropped.add(seen);
	}
	for (const seen of dropped) removeBlock(seen.block);
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

function readTruncatedStem(text: string): string | undefined {
	const match = TRUNCATED_RE.exec(text);
	return match?.[1] === undefined || match[1] === "" ? undefined : match[1];
}

function dedupe(parent: ParentNode): number {
	let hits = 0;
	const children: readonly ChildNode[] = parent.children;
	const siblings = children.filter((child): child is Element => isElement(child) && child.tagName !== "pre");
	const texts = siblings.map((element) => normalize(readText(element)));
	const dropped = new Set<Element>();

	// One element holding the whole text of a run of its siblings: the run is the paged copy.
	texts.forEach((whole, index) => {
		if (!isLong(whole) || dropped.has(siblings[index] as Element)) return;
		for (let start = 0; start < siblings.length; start++) {
			// A run can only rebuild `whole` if it starts with the same text: a cheap test before any joining.
			if (start === index || !whole.startsWith(texts[start] || "\u0000")) continue;
			let joined = "";
			for (let end = start; end < siblings.length && end !== index; end++) {
				// Images and empty blocks are never part of a copy: a run stops at them.
				if (texts[end] === "") break;
				joined = joined === "" ? (texts[end] ?? "") : `${joined} ${texts[end] ?? ""}`;
				if (joined.length > whole.length) break;
				if (joined === whole && !isDropped(siblings, dropped, start, end)) {
					for (let drop = start; drop <= end; drop++) dropped.add(siblings[drop] as Element);
					return;
				}
			}
		}
	});

	// The same sequence of blocks twice in a row: the second copy goes.
	for (let start = 0; start < siblings.length; start++) {
		for (let length = Math.floor((siblings.length - start) / 2); length >= 1; length--) {
			// Compare one block first: slicing and joining every (start, length) pair would be cubic in the blocks.
			if (texts[start] !== texts[start + length]) continue;
			const first = texts.slice(start, start + length);
			const second = texts.slice(start + length, start + 2 * length);
			const joined = first.join(" ");
			if (joined !== second.join(" ") || !isLong(joined)) continue;
			if (first.some((text, offset) => text !== second[offset])) continue;
			for (let drop = start + length; drop < start + 2 * length; drop++) dropped.add(siblings[drop] as Element);
			start += 2 * length - 1;
			break;
		}
	}

	if (dropped.size > 0) {
		hits += dropped.size;
		setChildren(
			parent,
			parent.children.filter((child) => !(isElement(child) && dropped.has(child))),
		);
	}
	for (const child of parent.children) if (isElement(child) && child.tagName !== "pre") hits += dedupe(child);
	return hits;
}

// Counts the spaces rather than splitting into words: this runs on every block's text, and most are short.
function isLong(text: string): boolean {
	let words = 1;
	for (let at = text.indexOf(" "); at !== -1 && words < MIN_DUPLICATE_WORDS; at = text.indexOf(" ", at + 1)) words++;
	return words >= MIN_DUPLICATE_WORDS;
}

function isDropped(siblings: readonly Element[], dropped: ReadonlySet<Element>, start: number, end: number): boolean {
	return siblings.slice(start, end + 1).some((element) => dropped.has(element));
}

function normalize(text: string): string {
	return collapseWhitespace(text);
}

/** Rule `duplicate-body`. */
export const duplicateBody: CleanRule = {
	id: "duplicate-body",
	description:
		"Keeps one copy of article text that a scraped body repeats (paged copy plus #fullstory copy, or a doubled body).",
	defaultEnabled: true,
	run: removeDuplicateBody,
};
