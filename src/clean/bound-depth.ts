import type { DefaultTreeAdapterTypes } from "parse5";

type P5ParentNode = DefaultTreeAdapterTypes.ParentNode;
type P5ChildNode = DefaultTreeAdapterTypes.ChildNode;
type P5Element = DefaultTreeAdapterTypes.Element;

/**
 * How deep a body's elements may nest. Every walk over a body (hast conversion, the cleaning rules, serializing) may
 * recurse once per level, so a 22 KB file of 2,000 nested `<div>`s overflowed the stack and stopped the build; and
 * rules that read an element's text at every level cost depth × size. The real articles of the corpus nest at most 9
 * levels; Blink's parser stops nesting whole pages at 512 (kMaximumHTMLParserDOMTreeDepth).
 */
export const MAX_HTML_DEPTH = 64;

/**
 * Bounds the depth of a parse5 tree in place, iteratively: an element at `maxDepth` keeps its content, flattened into
 * one level (each nested element becomes an empty shell followed by what it held, elements holding only text stay
 * whole), so every word stays and in the same order. Returns true when something was flattened.
 */
export function boundDepth(root: P5ParentNode, maxDepth = MAX_HTML_DEPTH): boolean {
	let isFlattened = false;
	const stack: [P5ParentNode, number][] = [[root, 0]];
	for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
		const [parent, depth] = next;
		for (const child of childrenOf(parent)) {
			if (!isElement(child) || !hasElementChild(child)) continue;
			if (depth + 1 < maxDepth) stack.push([child, depth + 1]);
			else {
				flatten(child);
				isFlattened = true;
			}
		}
	}
	return isFlattened;
}

// The descendants of `element` in document order, made its children: nested elements lose their children to it.
function flatten(element: P5Element): void {
	const flat: P5ChildNode[] = [];
	const pending: P5ChildNode[] = [...childrenOf(element)].reverse();
	for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
		flat.push(node);
		if (!isElement(node) || !hasElementChild(node)) continue;
		const inner = childrenOf(node);
		setChildren(node, []);
		for (let index = inner.length - 1; index >= 0; index--) {
			const child = inner[index];
			if (child !== undefined) pending.push(child);
		}
	}
	setChildren(element, flat);
}

// A <template>'s children live in its content fragment (HTML §4.12.3); hast keeps them there too.
function childrenOf(node: P5ParentNode): P5ChildNode[] {
	return "content" in node && node.nodeName === "template" ? node.content.childNodes : node.childNodes;
}

function setChildren(node: P5ParentNode, children: P5ChildNode[]): void {
	const parent = "content" in node && node.nodeName === "template" ? node.content : node;
	for (const child of children) child.parentNode = parent;
	parent.childNodes = children;
}

function isElement(node: P5ChildNode): node is P5Element {
	return "tagName" in node;
}

function hasElementChild(element: P5Element): boolean {
	return childrenOf(element).some(isElement);
}
