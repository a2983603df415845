import type { Element, Root, Text } from "hast";
import { type Block, collectBlocks, hasMedia, readBlockText } from "./blocks.js";
import { HIDDEN_IN_FEED } from "./html-vocabulary.js";
import {
	isAttributionSentence,
	isCreditSentence,
	isNoticeSentence,
	splitByline,
	splitSentences,
	stripNoticePrefix,
} from "./notice-sentences.js";
import { compilePatterns } from "./patterns.js";
import type { CleanRule, CleanState } from "./rule.js";
import { findTrailingNotice, type TrailingNotice } from "./trailing-notice.js";
import {
	type ChildNode,
	collapseWhitespace,
	createText,
	isElement,
	readProperty,
	readText,
	setChildren,
} from "./tree.js";

// A heading or separator that only introduces the notice ("License", "--", a newsroom's "USE OUR CONTENT").
const LABEL_RE = /^(?:licen[cs]e|copyright|rights|use our content|republish this (?:story|article)|[-–—_*=~·.\s]+)$/i;
// A footnote definition Markdown left as text ("[^p-hacking]: and, like all footnotes…").
const FOOTNOTE_RE = /^\[\^[^\]]+\]:/;
const CREATIVE_COMMONS_RE = /creativecommons\.org\/licenses\/|licensebuttons\.net\/|i\.creativecommons\.org\//i;
// Only the end of an article carries its rights notice; earlier mentions are article text. Site boilerplate after
// the notice ("Read or Share this story") is gone by now: the boilerplate rule runs first.
const LOOKBACK_BLOCKS = 4;
// The one notice that opens a body: MSN's syndication line, "© Provided by The Guardian", over a partner's article.
const PROVIDED_BY_RE = /^©\s*provided by\s+\S.{0,100}$/i;
const MAX_NOTICE_LENGTH = 600;

/** A block the notice takes, whole or with what stays of it (a credit line, a byline). */
interface Taken {
	readonly block: Block;
	readonly rest?: string;
}

/**
 * Moves a trailing rights/licence notice out of the body into `CleanResult.notice`. A sentence *about* a licence is
 * not a notice, and an article's only text is never taken for one (issue #12).
 */
export function extractLicenseNotice(tree: Root, state: CleanState): number {
	const extra = compilePatterns(state.context.options.noticePatterns, false);
	const blocks = collectBlocks(tree, {
		hidden: HIDDEN_IN_FEED,
		isUnit: hasNoticeClass,
		// Code, tables and footnotes are not where notices live (footnotes follow a notice without ending it).
		isSkipped: (element) =>
			element.tagName === "pre" || element.tagName === "table" || element.data?.isFootnotes === true,
	});
	const notices: string[] = [];
	const taken: Taken[] = [];
	let trailing: TrailingNotice | undefined;
	let examined = 0;
	for (const block of [...blocks].reverse()) {
		const raw = block.nodes.map((node) => readText(node, HIDDEN_IN_FEED)).join("");
		const text = collapseWhitespace(raw);
		const sentences = splitSentences(raw);
		if (isCreditBadge(block.nodes, text)) {
			taken.push({ block });
			continue;
		}
		// Rules, images and other text-less blocks neither are nor end a notice.
		if (text === "") continue;
		// Credit lines and footnotes come after a notice without being part of it.
		const isCredit = sentences.length > 0 && sentences.every(isCreditSentence);
		if (notices.length === 0 && (isCredit || FOOTNOTE_RE.test(text))) continue;
		if (++examined > LOOKBACK_BLOCKS) break;
		if (notices.length > 0 && LABEL_RE.test(text)) {
			taken.push({ block });
			continue;
		}
		// Where the article first appeared, just above its notice, belongs to it.
		if (notices.length > 0 && sentences.length > 0 && sentences.every(isAttributionSentence)) {
			notices.unshift(text);
			taken.push({ block });
			continue;
		}
		const [first] = sentences;
		const hasClass = block.element !== undefined && hasNoticeClass(block.element);
		// The notice may follow where the article first appeared, in the same paragraph.
		const opensNotice =
			first !== undefined &&
			(isNoticeSentence(first, extra) ||
				(isAttributionSentence(first) && sentences.slice(1).some((sentence) => isNoticeSentence(sentence, extra))));
		const isNoticeBlock = text.length <= MAX_NOTICE_LENGTH && (opensNotice || hasClass);
		if (!isNoticeBlock) {
			// The last paragraph may still end in one ("… left at nine.<br>© 2016 AP"), without a byline in it.
			const found = notices.length === 0 ? findTrailingNotice(block, sentences, extra, MAX_NOTICE_LENGTH) : undefined;
			const read = found === undefined ? undefined : readNotice(found.text);
			if (read !== undefined && read.byline === undefined) {
				trailing = found;
				notices.push(read.notice);
			}
			break;
		}
		// A credit line after the notice ("The Associated Press contributed to this report.") stays.
		let keep = sentences.length;
		while (keep > 1 && isCreditSentence(sentences[keep - 1] ?? "")) keep--;
		const { notice, byline } = readNotice(collapseWhitespace(sentences.slice(0, keep).join(" ")));
		notices.unshift(notice);
		const rest = [byline, ...sentences.slice(keep)].filter((part) => part !== undefined && part !== "").join(" ");
		taken.push(rest === "" ? { block } : { block, rest });
	}
	const opening = notices.length === 0 ? findOpeningNotice(blocks) : undefined;
	if (opening !== undefined) {
		notices.push(opening.notice);
		taken.push({ block: opening.block });
	}
	if (notices.length === 0 || isOnlyText(blocks, taken)) return 0;
	for (const { block, rest } of taken) replaceBlock(block, rest === undefined ? undefined : createText(rest));
	trailing?.cut();
	state.notice = notices.join(" ");
	return taken.length + (trailing === undefined ? 0 : 1);
}

/** The body's first text when it is MSN's syndication line ("© Provided by The Guardian"). */
function findOpeningNotice(blocks: readonly Block[]): { readonly block: Block; readonly notice: string } | undefined {
	for (const block of blocks) {
		const text = readBlockText(block, HIDDEN_IN_FEED);
		if (text !== "") return PROVIDED_BY_RE.test(text) ? { block, notice: text } : undefined;
	}
	return undefined;
}

/** The notice as the item's rights say it: without its prefix ("AP:", "—") or parentheses, its byline apart. */
function readNotice(text: string): { readonly notice: string; readonly byline?: string } {
	return splitByline(unwrapParentheses(stripNoticePrefix(text)));
}

// A notice detector never eats an article's only text: a body that would be left without words or pictures keeps it.
function isOnlyText(blocks: readonly Block[], taken: readonly Taken[]): boolean {
	const gone = new Set(taken.filter((item) => item.rest === undefined).map((item) => item.block));
	if (taken.some((item) => item.rest !== undefined)) return false;
	return (
		blocks.every((block) => gone.has(block) || readBlockText(block, HIDDEN_IN_FEED) === "") &&
		!hasMediaOutside(blocks, gone)
	);
}

function hasMediaOutside(blocks: readonly Block[], gone: ReadonlySet<Block>): boolean {
	return blocks.some((block) => !gone.has(block) && hasMedia(block.nodes));
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

/**
 * "(Copyright ©2016 KTRK-TV. All Rights Reserved.)" → the text inside the parentheses; only when they wrap the whole
 * notice, so "(c)2016 The Harbour Bee (Harbour, Calif.)" keeps both of its own, and a lone edge parenthesis goes.
 */
function unwrapParentheses(notice: string): string {
	const opens = notice.startsWith("(");
	const closes = notice.endsWith(")");
	if (!opens && !closes) return notice;
	const inner = notice.slice(opens ? 1 : 0, closes ? -1 : undefined);
	// The inner text's own parentheses must pair up, none closing before it opens.
	let depth = 0;
	for (const character of inner) {
		if (character === "(") depth++;
		else if (character === ")" && --depth < 0) return notice;
	}
	return depth === 0 ? inner.trim() : notice;
}

/** Rule `license-notice`. */
export const licenseNotice: CleanRule = {
	id: "license-notice",
	description:
		"Moves a trailing rights/licence notice (agency copyright lines, BNS, reprint permissions, Creative Commons footers, clean.noticePatterns) out of the body into the item's notice.",
	defaultEnabled: true,
	run: extractLicenseNotice,
};
