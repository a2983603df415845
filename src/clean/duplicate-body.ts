import type { Element, Root } from "hast";
import type { CleanRule } from "./rule.js";
import { type ChildNode, collapseWhitespace, isElement, type ParentNode, readText, setChildren } from "./tree.js";

// Repeated short text is normal (a refrain, two "Output" labels); a repeated article is long.
const MIN_DUPLICATE_WORDS = 30;

/** Keeps one copy of article text repeated in one body (a paged copy beside a `#fullstory` copy, or a doubled body). */
export function removeDuplicateBody(tree: Root): number {
	return dedupe(tree);
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
