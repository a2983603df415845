import type { Text } from "hast";
import { hasMedia } from "./blocks.js";
import { BLOCK_TAGS, type ChildNode, isElement, type ParentNode, readText, setChildren } from "./tree.js";

// Cuts stretches of a block's text out of the tree and keeps the markup of what stays: a notice that shares its
// paragraph with a sentence of the article leaves the sentence with its link, its emphasis and its line breaks. The
// offsets are those of the text `readText` gives for the block's nodes, joined (a `<br>` reads as one "\n", a block
// inside a unit as "\n…\n").

/** A stretch of the block's text, `end` exclusive. */
export interface TextRange {
	readonly start: number;
	readonly end: number;
}

/**
 * Removes the ranges from the text of `nodes` (children of `parent`): text is cut, a `<br>` inside a range goes, and
 * an element that the cut left without text or picture goes with it. Linear in the text and the ranges.
 */
export function cutText(
	nodes: readonly ChildNode[],
	parent: ParentNode,
	hidden: ReadonlySet<string>,
	ranges: readonly TextRange[],
): void {
	const sorted = [...ranges].sort((a, b) => a.start - b.start);
	const touched = new Set<ParentNode>();
	const dropped = new Set<ChildNode>();
	let offset = 0;
	// Ranges that end at or before `offset` are done with: text comes in order.
	let next = 0;
	const cut = (value: string, start: number): string => {
		while (next < sorted.length && (sorted[next]?.end ?? 0) <= start) next++;
		let kept = "";
		let at = start;
		const end = start + value.length;
		for (let index = next; index < sorted.length && at < end; index++) {
			const range = sorted[index] as TextRange;
			if (range.start >= end) break;
			if (range.start > at) kept += value.slice(at - start, range.start - start);
			at = Math.max(at, Math.min(range.end, end));
		}
		return kept + value.slice(at - start);
	};
	const visit = (node: ChildNode, ancestors: readonly ParentNode[]): void => {
		if (node.type === "text") {
			const kept = cut(node.value, offset);
			offset += node.value.length;
			if (kept === node.value) return;
			node.value = kept;
			if (kept === "") dropped.add(node);
			for (const ancestor of ancestors) touched.add(ancestor);
			return;
		}
		if (!isElement(node) || hidden.has(node.tagName) || node.tagName === "img") return;
		if (node.tagName === "br") {
			if (cut("\n", offset) === "") {
				dropped.add(node);
				for (const ancestor of ancestors) touched.add(ancestor);
			}
			offset += 1;
			return;
		}
		const inside = [...ancestors, node];
		for (const child of node.children) {
			const isBlock = isElement(child) && BLOCK_TAGS.has(child.tagName);
			if (isBlock) offset += 1;
			visit(child, inside);
			if (isBlock) offset += 1;
		}
	};
	for (const node of nodes) visit(node, [parent]);
	for (const container of touched) {
		const kept = container.children.filter(
			(child) =>
				!dropped.has(child as ChildNode) && !(isElement(child) && touched.has(child) && isEmptied(child, hidden)),
		);
		setChildren(container, kept as ChildNode[]);
	}
	// What stays starts and ends the block's element now: the spaces that stood between it and the cut go. (Loose text
	// keeps the line breaks that part it from the blocks around it.)
	if (nodes.length !== 1 || !isElement(nodes[0])) return;
	const texts = collectTexts(nodes[0], hidden);
	const first = texts.at(0);
	const last = texts.at(-1);
	if (first !== undefined) first.value = first.value.trimStart();
	if (last !== undefined) last.value = last.value.trimEnd();
}

/** The text nodes a reader sees, in order. */
function collectTexts(node: ChildNode, hidden: ReadonlySet<string>): Text[] {
	if (node.type === "text") return [node];
	if (!isElement(node) || hidden.has(node.tagName)) return [];
	return node.children.flatMap((child) => collectTexts(child, hidden));
}

/** An element the cut left with nothing to show. */
function isEmptied(element: ChildNode, hidden: ReadonlySet<string>): boolean {
	return isElement(element) && readText(element, hidden).trim() === "" && !hasMedia([element]);
}
