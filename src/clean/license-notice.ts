import type { Element, Root, Text } from "hast";
import { DROPPED_WITH_CONTENT, HIDDEN_IN_FEED } from "./html-vocabulary.js";
import { compilePatterns } from "./patterns.js";
import type { CleanRule, CleanState } from "./rule.js";
import {
	BLOCK_TAGS,
	type ChildNode,
	collapseWhitespace,
	createText,
	hasContent,
	isElement,
	type ParentNode,
	readProperty,
	readText,
	setChildren,
} from "./tree.js";

// A sentence that states rights. Sources: the BNS wording (shared/examples), the AP/CBS/AFP/Reuters/
// Tech Times/KTRK variants in corpus/notices (NOTES.md table), the Gatehouse footer and the
// Creative Commons footers of blog-b.
const NOTICE_SENTENCE_PATTERNS: readonly RegExp[] = [
	// "© 2016", "(c) 2016", "Copyright 2016", "(Copyright ©2016", "© Copyright 2006-2016", at the start
	/^[^\p{L}\p{N}]{0,3}(?:©|\(c\)|copyright\b)(?:\s*(?:©|\(c\)|copyright\b))*\s*\d{4}/iu,
	// "© AFP", "Copyright Reuters" at the start of the notice, without a year
	/^[^\p{L}\p{N}]{0,3}(?:©|copyright\b)\s*\S/iu,
	/\b(?:all|some) rights reserved\b/i,
	/\bmay not be (?:re)?published,? broadcast,? rewritten,? or redistributed\b/i,
	/\b(?:do|may|must) not (?:be )?reproduc/i,
	/\bnot allowed to publish,? quote or reproduce\b/i,
	/\bwithout (?:the |our )?(?:prior )?(?:express )?written (?:consent|permission)\b/i,
	/\blicen[cs]ed under (?:a |the )?creative commons\b/i,
	/\bcreative commons (?:licen[cs]e|attribution)\b/i,
];
// Wire credits are article text (who reported it), not rights: they stay in the body.
const CREDIT_PATTERNS: readonly RegExp[] = [
	/\bcontributed to this (?:report|story|article)\b/i,
	/^[^\p{L}\p{N}]{0,2}(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b/iu,
];
// A heading or separator that only introduces the notice ("License", "--").
const LABEL_RE = /^(?:licen[cs]e|copyright|rights|[-–—_*=~·.\s]+)$/i;
// A footnote definition Markdown left as text ("[^p-hacking]: and, like all footnotes…").
const FOOTNOTE_RE = /^\[\^[^\]]+\]:/;
const SENTENCE_BREAK_RE = /(?<=[.!?])\s+(?=[A-Z0-9("“«©])|\s*\n\s*/;
const CREATIVE_COMMONS_RE = /creativecommons\.org\/licenses\/|licensebuttons\.net\/|i\.creativecommons\.org\//i;
// Only the end of an article carries its rights notice; earlier mentions are article text.
const LOOKBACK_BLOCKS = 4;
const MAX_NOTICE_LENGTH = 600;

/** A block of the article: an element without blocks inside, or a run of loose text and inline elements between blocks. */
interface Block {
	readonly nodes: readonly ChildNode[];
	readonly parent: ParentNode;
	/** The element, when the block is one. */
	readonly element?: Element;
}

/** Moves a trailing rights/licence notice out of the body into `CleanResult.notice`. */
export function extractLicenseNotice(tree: Root, state: CleanState): number {
	const extra = compilePatterns(state.context.options.noticePatterns, false);
	const isNotice = (sentence: string) =>
		NOTICE_SENTENCE_PATTERNS.some((pattern) => pattern.test(sentence)) ||
		extra.some((pattern) => pattern.test(sentence));
	const notices: string[] = [];
	const removed: Block[] = [];
	let hits = 0;
	let examined = 0;
	for (const block of collectBlocks(tree).reverse()) {
		const raw = block.nodes.map((node) => readText(node, HIDDEN_IN_FEED)).join("");
		const text = collapseWhitespace(raw);
		const sentences = splitSentences(raw);
		const isCredit = sentences.length > 0 && sentences.every(isCreditSentence);
		const hasClass = block.element !== undefined && hasNoticeClass(block.element);
		if (isCreditBadge(block.nodes, text)) {
			removed.push(block);
			continue;
		}
		// Rules, images and other text-less blocks neither are nor end a notice.
		if (text === "") continue;
		// Credit lines and footnotes come after a notice without being part of it.
		if (notices.length === 0 && (isCredit || FOOTNOTE_RE.test(text))) continue;
		if (++examined > LOOKBACK_BLOCKS) break;
		if (notices.length > 0 && LABEL_RE.test(text)) {
			removed.push(block);
			continue;
		}
		const [first] = sentences;
		const isNoticeBlock = text.length <= MAX_NOTICE_LENGTH && ((first !== undefined && isNotice(first)) || hasClass);
		if (!isNoticeBlock) break;
		// A credit line after the notice ("The Associated Press contributed to this report.") stays.
		let keep = sentences.length;
		while (keep > 1 && isCreditSentence(sentences[keep - 1] ?? "")) keep--;
		notices.unshift(unwrapParentheses(collapseWhitespace(sentences.slice(0, keep).join(" "))));
		hits++;
		if (keep === sentences.length) removed.push(block);
		else replaceBlock(block, createText(sentences.slice(keep).join(" ")));
	}
	if (notices.length === 0) return 0;
	for (const block of removed) replaceBlock(block, undefined);
	state.notice = notices.join(" ");
	return hits + removed.length;
}

/** Replaces a block's content with `text` (an element keeps its tag), or removes it. */
function replaceBlock(block: Block, text: Text | undefined): void {
	const { element, parent, nodes } = block;
	if (element !== undefined && text !== undefined) {
		setChildren(element, [text]);
		return;
	}
	const children: ChildNode[] = [...parent.children];
	const first = nodes[0] === undefined ? -1 : children.indexOf(nodes[0]);
	const rest = children.filter((child) => !nodes.includes(child));
	if (text !== undefined && first !== -1) rest.splice(first, 0, text);
	setChildren(parent, rest);
}

function isCreditSentence(sentence: string): boolean {
	return CREDIT_PATTERNS.some((pattern) => pattern.test(sentence.trim()));
}

/** Blocks in document order; an element classed as a copyright notice counts as one block. */
function collectBlocks(parent: ParentNode): Block[] {
	const blocks: Block[] = [];
	let run: ChildNode[] = [];
	const closeRun = () => {
		if (run.some((node) => hasContent(node, HIDDEN_IN_FEED))) blocks.push({ nodes: run, parent });
		run = [];
	};
	for (const child of parent.children) {
		if (!isElement(child) || !isBlockLike(child)) {
			run.push(child);
			continue;
		}
		// What sanitize drops and what junk prunes will be gone on a second run, so they must not
		// separate the text around them now either.
		if (DROPPED_WITH_CONTENT.has(child.tagName) || !hasContent(child, HIDDEN_IN_FEED)) continue;
		closeRun();
		// Code and tables are not where notices live.
		if (child.tagName === "pre" || child.tagName === "table") continue;
		const hasInnerBlocks =
			!hasNoticeClass(child) &&
			child.children.some((node) => isElement(node) && hasContent(node, HIDDEN_IN_FEED) && isBlockLike(node));
		if (hasInnerBlocks) blocks.push(...collectBlocks(child));
		else blocks.push({ nodes: [child], parent, element: child });
	}
	closeRun();
	return blocks;
}

function isBlockLike(element: Element): boolean {
	return (
		BLOCK_TAGS.has(element.tagName) ||
		hasNoticeClass(element) ||
		// An empty block inside (pruned later) does not make an inline element a block.
		element.children.some((node) => isElement(node) && hasContent(node, HIDDEN_IN_FEED) && isBlockLike(node))
	);
}

function hasNoticeClass(element: Element): boolean {
	// sanitize ran first and dropped the class, recording the fact (see sanitize.ts).
	return element.data?.isRightsNotice === true;
}

/** A Creative Commons badge: an image (usually linked) with no text of its own. */
function isCreditBadge(nodes: readonly ChildNode[], text: string): boolean {
	if (text !== "") return false;
	const urls: string[] = [];
	const gather = (node: ChildNode) => {
		if (!isElement(node)) return;
		for (const name of ["href", "src"]) {
			const value = readProperty(node, name);
			if (value !== undefined) urls.push(value);
		}
		for (const child of node.children) gather(child);
	};
	for (const node of nodes) gather(node);
	return urls.length > 0 && urls.every((url) => CREATIVE_COMMONS_RE.test(url));
}

function splitSentences(text: string): string[] {
	return text
		.split(SENTENCE_BREAK_RE)
		.map(collapseWhitespace)
		.filter((sentence) => sentence !== "");
}

/** "(Copyright ©2016 KTRK-TV. All Rights Reserved.)" → the text inside the parentheses. */
function unwrapParentheses(notice: string): string {
	const inner = /^\((.*)\)$/.exec(notice)?.[1];
	return inner !== undefined && !inner.includes(")") ? inner.trim() : notice;
}

/** Rule `license-notice`. */
export const licenseNotice: CleanRule = {
	id: "license-notice",
	description:
		"Moves a trailing rights/licence notice (agency copyright lines, BNS, Creative Commons footers, clean.noticePatterns) out of the body into the item's notice.",
	defaultEnabled: true,
	run: extractLicenseNotice,
};
