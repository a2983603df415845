import type { Text } from "hast";
import { COPYRIGHT_MARK_RE } from "../license/reproduction-bans.js";
import type { Block } from "./blocks.js";
import { isNoticeSentence, stripNoticePrefix } from "./notice-sentences.js";
import { type ChildNode, collapseWhitespace, isElement, type ParentNode, setChildren } from "./tree.js";

// A notice can end the article's last paragraph instead of standing in one of its own: on a line of its own after a
// line break ("…left at nine.<br>Copyright 2016 The Associated Press. All rights reserved.", what WordPress makes of
// a single newline), or as a copyright line right after the last sentence ("… when you share. © 2023 Harbour
// Times"). A ban or a licence wording inside the run of the text ("He left early. All rights reserved, he joked.")
// is the article's, and stays.

/** The notice's text at the end of a paragraph, as written, and how to cut it off. */
export interface TrailingNotice {
	readonly text: string;
	readonly cut: () => void;
}

/**
 * Finds a notice ending the block's text, in its last text node, after at least one sentence of the article; undefined
 * when the paragraph does not end in one.
 */
export function findTrailingNotice(
	block: Block,
	sentences: readonly string[],
	extra: readonly RegExp[],
	maxLength: number,
): TrailingNotice | undefined {
	let start = sentences.length;
	while (start > 1 && isNoticeSentence(sentences[start - 1] ?? "", extra)) start--;
	const first = sentences[start];
	if (first === undefined) return undefined;
	const text = collapseWhitespace(sentences.slice(start).join(" "));
	if (text.length > maxLength) return undefined;
	const last = findLastText(block.nodes, block.parent);
	if (last === undefined) return undefined;
	const at = findSuffix(last.node.value, text);
	if (at === undefined) return undefined;
	const before = last.node.value.slice(0, at);
	const onOwnLine = /\n\s*$/.test(before) || (before.trim() === "" && isElement(last.siblingBefore, "br"));
	if (!onOwnLine && !COPYRIGHT_MARK_RE.test(stripNoticePrefix(first))) return undefined;
	return { text, cut: () => cutFrom(last.parent, last.node, before) };
}

interface LastText {
	readonly node: Text;
	readonly parent: ParentNode;
	readonly siblingBefore: ChildNode | undefined;
}

function findLastText(nodes: readonly ChildNode[], parent: ParentNode): LastText | undefined {
	for (let index = nodes.length - 1; index >= 0; index--) {
		const node = nodes[index] as ChildNode;
		if (node.type === "text") {
			if (node.value.trim() === "") continue;
			return { node, parent, siblingBefore: nodes[index - 1] };
		}
		if (isElement(node)) {
			if (node.tagName === "br") continue;
			return findLastText(node.children, node);
		}
	}
	return undefined;
}

/** Where in `value` the text starts whose collapsed form is `suffix`, searching back from the end. */
function findSuffix(value: string, suffix: string): number | undefined {
	const head = suffix.charAt(0);
	for (let at = value.lastIndexOf(head); at >= 0; at = at === 0 ? -1 : value.lastIndexOf(head, at - 1)) {
		const candidate = collapseWhitespace(value.slice(at));
		if (candidate === suffix) return at;
		if (candidate.length > suffix.length) return undefined;
	}
	return undefined;
}

/** Leaves only `before` of the text node, then drops the line breaks and blank text that end the parent. */
function cutFrom(parent: ParentNode, node: Text, before: string): void {
	node.value = before.trimEnd();
	const children = [...parent.children];
	while (children.length > 0) {
		const last = children.at(-1);
		if ((last?.type === "text" && last.value.trim() === "") || isElement(last, "br")) children.pop();
		else break;
	}
	setChildren(parent, children);
}
