import type { Element } from "hast";
import { type ChildNode, INVISIBLE_TAGS } from "./tree.js";

const WHITESPACE_RE = /\s+/g;

/**
 * How many characters of `readText(node, hidden)` are not whitespace: a lower bound of its collapsed length, so a rule
 * that wants only short text can pass over a long element without reading it. `known` keeps the count of each element
 * read (with these `hidden` tags, while the tree does not change below it), so asking at every level of a deep tree
 * reads each element once, not once for each element above it.
 */
export function countVisibleCharacters(
	node: ChildNode,
	hidden: ReadonlySet<string> = INVISIBLE_TAGS,
	known: Map<Element, number> = new Map(),
): number {
	if (node.type === "text") return node.value.replace(WHITESPACE_RE, "").length;
	if (node.type !== "element" || hidden.has(node.tagName)) return 0;
	const cached = known.get(node);
	if (cached !== undefined) return cached;
	let count = 0;
	for (const child of node.children) count += countVisibleCharacters(child, hidden, known);
	known.set(node, count);
	return count;
}
