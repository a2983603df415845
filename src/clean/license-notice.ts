import type { Element, Root } from "hast";
import { type Block, collectBlocks, hasMedia, readBlockText, removeBlocks } from "./blocks.js";
import { cutText, type TextRange } from "./cut-text.js";
import { HIDDEN_IN_FEED } from "./html-vocabulary.js";
import {
	isAttributionSentence,
	isCreditSentence,
	isNoticeContinuation,
	isNoticeSentence,
	type SentenceSpan,
	splitSentenceSpans,
} from "./notice-sentences.js";
import { compilePatterns } from "./patterns.js";
import type { CleanRule, CleanState } from "./rule.js";
import { takeSentences } from "./take-notice-sentences.js";
import { findTrailingNotice } from "./trailing-notice.js";
import { type ChildNode, collapseWhitespace, isElement, readProperty, readText } from "./tree.js";

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

/** A block the notice takes: whole, or only the stretches of its text in `cuts` (the rest is the article's). */
interface Taken {
	readonly block: Block;
	readonly cuts?: readonly TextRange[];
}

/**
 * Moves a trailing rights/licence notice out of the body into `CleanResult.notice`. A sentence *about* a licence is
 * not a notice, and an article's only text is never taken for one (issue #12). A notice takes only its own sentences:
 * a credit line, a byline, a correction or a sentence of the story in the same paragraph stays in the body.
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
	let examined = 0;
	for (const block of [...blocks].reverse()) {
		const raw = block.nodes.map((node) => readText(node, HIDDEN_IN_FEED)).join("");
		const text = collapseWhitespace(raw);
		const spans = splitSentenceSpans(raw);
		const sentences = spans.map((span) => span.text);
		if (isCreditBadge(block.nodes, text)) {
			taken.push({ block });
			continue;
		}
		// Rules, images and other text-less blocks neither are nor end a notice.
		if (text === "") continue;
		// Credit lines and footnotes come after a notice without being part of it; a credit may stand between two.
		const isCredit = sentences.length > 0 && sentences.every(isCreditSentence);
		if (isCredit || (notices.length === 0 && FOOTNOTE_RE.test(text))) continue;
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
			// The last paragraph may still end in one ("… left at nine.<br>© 2016 AP").
			const found = notices.length === 0 ? findTrailingNotice(raw, spans, extra, MAX_NOTICE_LENGTH) : undefined;
			const chosen = spans.map((_, index) => found !== undefined && index >= found.start && index < found.end);
			const part = found === undefined ? undefined : takeSentences(raw, spans, chosen);
			if (part !== undefined) {
				notices.push(part.notice);
				taken.push({ block, cuts: part.cuts ?? [] });
			}
			break;
		}
		const part = takeSentences(raw, spans, chooseNoticeSentences(spans, extra, hasClass));
		notices.unshift(part.notice);
		taken.push({ block, ...(part.cuts !== undefined && { cuts: part.cuts }) });
	}
	const opening = notices.length === 0 ? findOpeningNotice(blocks) : undefined;
	if (opening !== undefined) {
		notices.push(opening.notice);
		taken.push({ block: opening.block });
	}
	if (notices.length === 0 || isOnlyText(blocks, taken)) return 0;
	for (const { block, cuts } of taken) if (cuts !== undefined) cutText(block.nodes, block.parent, HIDDEN_IN_FEED, cuts);
	removeBlocks(taken.filter((item) => item.cuts === undefined).map((item) => item.block));
	state.notice = notices.join(" ");
	return taken.length;
}

/**
 * Which sentences of a notice block are the notice: the rights sentences, where the article first appeared right
 * before one, and what goes on from one ("Read the original article."). In an element classed as the copyright,
 * everything but a credit line. Everything else (a correction, an editor's line, a sentence of the story) stays.
 */
function chooseNoticeSentences(spans: readonly SentenceSpan[], extra: readonly RegExp[], hasClass: boolean): boolean[] {
	if (hasClass) return spans.map((span) => !isCreditSentence(span.text));
	const chosen = spans.map((span) => isNoticeSentence(span.text, extra));
	for (let index = spans.length - 2; index >= 0; index--) {
		if (!chosen[index] && chosen[index + 1] && isAttributionSentence(spans[index]?.text ?? "")) chosen[index] = true;
	}
	for (let index = 1; index < spans.length; index++) {
		if (!chosen[index] && chosen[index - 1] && isNoticeContinuation(spans[index]?.text ?? "")) chosen[index] = true;
	}
	return chosen;
}

/** The body's first text when it is MSN's syndication line ("© Provided by The Guardian"). */
function findOpeningNotice(blocks: readonly Block[]): { readonly block: Block; readonly notice: string } | undefined {
	for (const block of blocks) {
		const text = readBlockText(block, HIDDEN_IN_FEED);
		if (text !== "") return PROVIDED_BY_RE.test(text) ? { block, notice: text } : undefined;
	}
	return undefined;
}

// A notice detector never eats an article's only text: a body that would be left without words or pictures keeps it.
function isOnlyText(blocks: readonly Block[], taken: readonly Taken[]): boolean {
	const gone = new Set(taken.filter((item) => item.cuts === undefined).map((item) => item.block));
	if (taken.some((item) => item.cuts !== undefined)) return false;
	return (
		blocks.every((block) => gone.has(block) || readBlockText(block, HIDDEN_IN_FEED) === "") &&
		!hasMediaOutside(blocks, gone)
	);
}

function hasMediaOutside(blocks: readonly Block[], gone: ReadonlySet<Block>): boolean {
	return blocks.some((block) => !gone.has(block) && hasMedia(block.nodes));
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

/** Rule `license-notice`. */
export const licenseNotice: CleanRule = {
	id: "license-notice",
	description:
		"Moves a trailing rights/licence notice (agency copyright lines, BNS, reprint permissions, Creative Commons footers, clean.noticePatterns) out of the body into the item's notice.",
	defaultEnabled: true,
	run: extractLicenseNotice,
};
