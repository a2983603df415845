import type { Root } from "hast";
import { fingerprintBlock } from "./block-fingerprint.js";
import {
	type Block,
	collectBlocks,
	countSpacedWords,
	countWords,
	hasMedia,
	readBlockText,
	removeBlocks,
} from "./blocks.js";
import { matchBoilerplatePhrase } from "./boilerplate-phrases.js";
import { readEmbedKind } from "./embed-links.js";
import { matchLeftoverLabel, trimCaptionLabel } from "./leftover-labels.js";
import { isCreditSentence, isNoticeSentence, splitSentences } from "./notice-sentences.js";
import { guardPattern } from "./patterns.js";
import { type CleanRule, type CleanState, recordRemoval } from "./rule.js";
import {
	type ChildNode,
	collapseWhitespace,
	createText,
	isElement,
	type ParentNode,
	readProperty,
	readText,
	setChildren,
	setElementData,
} from "./tree.js";

declare module "hast" {
	interface ElementData {
		/** Set on an author's line naming its one link ("Part of the Series: <a>…</a>"): kept, but no summary's start. */
		isLabelledLink?: boolean;
	}
}

// Site boilerplate that generalises (issue #12): a block goes when it is a curated wording, when the other articles
// of the same source host repeat it verbatim (cross-article evidence, src/evidence/), or when its features say so
// at the top or bottom of the body, as Readability, jusText and Trafilatura judge blocks: mostly link text, only a
// URL, a menu, a promotion. Whole blocks only, never words of one; notices, credits and bylines are never boilerplate.

// At the edges: mostly link text and short (a menu, a list of related stories).
const LINK_DENSITY = 0.6;
const MAX_LINK_LIST_WORDS = 40;
// Evidence alone is enough anywhere only for a short label ("Buy this photo") or a list of links: a site's tutorials
// share stock sentences ("Save and close the file.") and a story's updates share paragraphs, but not as the top or
// bottom of many articles, where evidence removes any block.
const MAX_RECURRING_LABEL_WORDS = 8;
// Curated wordings are short: a long paragraph is never one (and is not worth thirty patterns).
const MAX_CURATED_WORDS = 120;
// Promotions are short imperatives about something of the site's.
const MAX_PROMO_WORDS = 25;
// A site's marker may stand before it (":: Subscribe to …", "» Follow us …").
const PROMO_VERB_RE =
	/^(?:[:»›►▶→•*|~-]+\s*)?(?:follow|subscribe|sign up|join|download|get|like|share|click|tap|support|donate|register|log in|sign in|email us|contact us|send us|tell us|watch more|see more|read more)\b/i;
const PROMO_OBJECT_RE =
	/\b(?:newsletters?|app|podcasts?|twitter|facebook|instagram|youtube|tiktok|linkedin|subscri(?:be|ption|ber)|alerts?|e-?mail|inbox|updates|tips?)\b/i;
// A wire desk's initials under a story ("bur-ach/jm", "mlm/sst"): the editors' codes, no words for a reader.
const DESK_INITIALS_RE = /^[a-z]{2,5}(?:-[a-z]{2,5})*(?:\/[a-z]{2,5}(?:-[a-z]{2,5})*)+$/;
// Web addresses separated by spaces. Each is one run of non-spaces: written as `(?:(?:https?:\/\/|www\.)\S+\s*)+`,
// a run such as "www..www..www" split in exponentially many ways before failing (a 160-byte line took 10 s).
const URL_ONLY_RE = /^(?:https?:\/\/|www\.)\S+(?:\s+(?:https?:\/\/|www\.)\S+)*\s*$/i;
// A dateline the page printed above or below the story ("September 16, 2020", "Wednesday, Sept. 16, 2020 10:31 a.m.
// EDT", "16.09.2020 10:31"): the item has its date. Only at the edges, where a chronology's dates are not.
const DATE_LINE_RE =
	/^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?$/i;
// The label over a story's topic links ("Topics", "Tags:"), left when the links went with the edge.
// An emoji as emoji: one drawn as a picture by default, or a symbol asked to be one (U+FE0F: "❤️"), not "▶" or "©".
const EMOJI_RE = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u;
const TAXONOMY_LABEL_RE = /^(?:topics|tags|categories|keywords)\s*:?$/i;
// A sentence's end, in Latin, Cyrillic or Greek text and in Chinese and Japanese (。！？), Arabic (؟) and Devanagari (।)
// text, before a closing quote; a label has none.
const SENTENCE_END_RE = /[.!?。！？｡؟।]["”’)」』]?$/;
const SENTENCE_OR_COLON_END_RE = /[.!?:。！？｡؟।：]["”’)」』]?$/;
// "Home » News » Free", "World | Politics | Business".
const MENU_SEPARATOR_RE = /\s(?:»|›|\||·|\/|>)\s/g;
const MAX_MENU_WORDS = 14;
// What a block holds only when it is article text a reader needs even when it recurs: a byline, a photo credit.
const BYLINE_RE = guardPattern(
	/^(?:by|from|words by|photos? by|story by)\s/iu,
	/^(?:by|from|words by|photos? by|story by)\s+\p{Lu}/iu,
);
const PHOTO_CREDIT_RE = guardPattern(
	/^\(?(?:photo|image|video|picture|illustration|graphic|credit)|\//iu,
	/^\(?(?:photo|image|video|picture|illustration|graphic|credit)s?(?:\s+by)?\s*:|\/(?:getty images|ap|reuters|afp|[\p{Lu}][\p{L}]+ (?:photos?|images))\)?$/iu,
);

/** What the rule knows about one block. */
interface Judged {
	readonly block: Block;
	readonly text: string;
	readonly words: number;
	/** Share of its letters inside links; read on first use (most blocks never need it). */
	readonly linkDensity: () => number;
	/** Its fingerprint, as the evidence knows blocks; read on first use (only with evidence). */
	readonly fingerprint: () => string;
	/** The earlier block that introduces it ("Here is a link:"), if one does. */
	readonly introducer: Judged | undefined;
	/** See isProtected; computed for the few blocks that could go. */
	protection?: boolean;
	/** Headings structure the article ("Introduction"): the same ones in many articles are no evidence of junk. */
	readonly isHeading: boolean;
	/** Why it is boilerplate, if it is. */
	reason: string | undefined;
}

/** Removes site boilerplate blocks: curated wordings, blocks other articles of the host repeat, edge junk. */
export function removeBoilerplate(tree: Root, state: CleanState): number {
	const judged = judgeBlocks(collectBlocks(tree, { isSkipped: (element) => element.tagName === "pre" }));
	const evidence = state.context.evidence;
	const isAuthored = state.context.isAuthored === true;
	for (const item of judged) {
		if (item.text === "") continue;
		const curated =
			(item.words <= MAX_CURATED_WORDS ? matchBoilerplatePhrase(item.text, item.linkDensity) : undefined) ??
			(isAuthored ? undefined : matchLeftoverLabel(item.text)) ??
			(isScrambled(item.text) ? "paywall text scrambled with ROT47" : undefined);
		// An author's line naming its one link ("Part of the Series: <a>…</a>") is kept wherever it stands, however
		// many of the author's posts repeat it (every part of a series does), as a notice is; a summary skips it.
		if (curated === undefined && isAuthored && isLabelledLink(item)) {
			item.protection = true;
			if (item.block.element !== undefined) setElementData(item.block.element, { isLabelledLink: true });
			continue;
		}
		const reason =
			curated ??
			(!item.isHeading && isEvidenceEverywhere(item, evidence)
				? `recurs in most of the ${evidence?.hostArticles} articles from ${evidence?.host}`
				: undefined);
		if (reason !== undefined && !isProtected(item)) item.reason = reason;
	}
	for (const item of judged) {
		if (item.reason !== undefined) continue;
		const footer = trimFeedFooter(item.block, item.text);
		if (footer !== undefined) recordRemoval(state, "boilerplate", footer, "WordPress RSS footer (curated wording)");
		const label = isAuthored ? undefined : trimCaptionLabel(item.block);
		if (label !== undefined) recordRemoval(state, "boilerplate", label, "caption label run into its caption");
	}
	removeRelatedLinkSections(judged);
	const curated = new Set(judged.filter((item) => item.reason !== undefined));
	// An author's own posts: recurring prose at an edge is theirs (see CleanContext.isAuthored); labels and links are not.
	markEdges(judged, evidence, isAuthored);
	keepSomeText(judged, curated);
	removeJunkOnlyRest(judged);
	const removed: Block[] = [];
	for (const item of judged) {
		if (item.reason === undefined) continue;
		recordRemoval(state, "boilerplate", item.text, item.reason);
		removed.push(item.block);
	}
	removeBlocks(removed);
	return removed.length;
}

function judgeBlocks(all: readonly Block[]): Judged[] {
	const blocks = all
		.map((block) => ({ block, text: readBlockText(block) }))
		.filter(({ block, text }) => text !== "" || hasMedia(block.nodes));
	// A block ending in a colon introduces the next one, and the whole list that one belongs to.
	const introducers = new Map<Block | ParentNode, Judged>();
	return blocks.map(({ block, text }, index) => {
		let density: number | undefined;
		const linkDensity = () => {
			density ??= readLinkDensity(block.nodes, text);
			return density;
		};
		let print: string | undefined;
		const fingerprint = () => {
			print ??= fingerprintBlock(text);
			return print;
		};
		const isHeading = /^h[1-6]$/.test(block.element?.tagName ?? "");
		const words = countSpacedWords(text);
		const introducer = introducers.get(block) ?? introducers.get(block.parent);
		const item: Judged = { block, text, words, linkDensity, fingerprint, introducer, isHeading, reason: undefined };
		const next = blocks[index + 1]?.block;
		// A heading the article keeps introduces its section the same way ("Further reading", then its links).
		if ((text.endsWith(":") || isHeading) && next !== undefined) {
			introducers.set(next, item);
			if (next.parent.type === "element" && /^(?:ul|ol|dl)$/.test(next.parent.tagName))
				introducers.set(next.parent, item);
		}
		return item;
	});
}

/**
 * A notice, a credit, a byline, an embed, a disclosure's label, an author's labelled link, or text an earlier block
 * introduces: never boilerplate.
 */
function isProtected(item: Judged): boolean {
	if (item.protection !== undefined) return item.protection;
	const { text, block } = item;
	const sentences = splitSentences(text);
	item.protection =
		// What a sentence introduces is the article's; what a label being removed introduces ("Like this:") is not.
		(item.introducer !== undefined && item.introducer.reason === undefined && !item.introducer.isHeading) ||
		// A notice anywhere in the block: "Follow us on Twitter. © 2016 AP" is no promotion to drop with the notice.
		sentences.some((sentence) => isNoticeSentence(sentence)) ||
		isCreditSentence(sentences[0] ?? "") ||
		(BYLINE_RE.test(text) && item.words <= 12) ||
		PHOTO_CREDIT_RE.test(text) ||
		block.nodes.some(isEmbedLink) ||
		hasPlayer(block.nodes) ||
		// A disclosure's label ("<summary>Click for more</summary>") is the author's control over what it hides.
		block.element?.tagName === "summary";
	return item.protection;
}

/** A "Related Coverage" label takes the lists of links right after it with it. */
function removeRelatedLinkSections(judged: Judged[]): void {
	judged.forEach((item, index) => {
		if (item.reason?.startsWith("related-links label") !== true) return;
		let taken = 0;
		// Read in place: a copy of the rest at every label was quadratic in thousands of them.
		for (let at = index + 1; at < judged.length; at++) {
			const next = judged[at] as Judged;
			if (next.linkDensity() < 0.5 || next.words > MAX_LINK_LIST_WORDS || isProtected(next)) break;
			next.reason ??= "link under a related-links label";
			taken++;
		}
		// A label with nothing of the kind under it ("Related", then prose) is a heading of the article's.
		if (taken === 0 && item.words > 0 && item.block.element?.tagName.match(/^h[1-6]$/)) item.reason = undefined;
	});
}

/**
 * The top and bottom runs of a body: from each end, blocks are boilerplate while they are curated, recurring or
 * edge-like (links, a URL, a menu, a promotion); the first block that is none of these ends the run. Protected blocks
 * (a notice at the bottom) are stepped over and kept.
 */
function markEdges(judged: readonly Judged[], evidence: CleanState["context"]["evidence"], isAuthored: boolean): void {
	for (const order of [judged, [...judged].reverse()]) {
		for (const item of order) {
			// Notices, credits and pictures are stepped over (and kept); curated and recurring blocks are in the run.
			if (item.text === "" || item.reason !== undefined || isProtected(item)) continue;
			// A line of one link at an edge of an author's post ("[About](/about/)", a caption's credit) is the author's: it
			// ends the run. The site's menus and related links are in its templates; a row of links still goes.
			if (isAuthored && countLinks(item.block.nodes) === 1) break;
			const reason = readEdgeReason(item, isAuthored ? undefined : evidence);
			if (reason === undefined) break;
			item.reason = reason;
		}
	}
	// Short recurring labels and link lists go wherever they stand.
	if (evidence === undefined) return;
	for (const item of judged) {
		if (item.reason !== undefined || item.isHeading) continue;
		const isLabel =
			item.words >= 2 && item.words <= MAX_RECURRING_LABEL_WORDS && !SENTENCE_OR_COLON_END_RE.test(item.text);
		const isLinkList = item.words <= MAX_LINK_LIST_WORDS && item.linkDensity() >= LINK_DENSITY;
		if ((isLabel || isLinkList) && evidence.recurring.has(item.fingerprint()) && !isProtected(item))
			item.reason = `recurs in several of the ${evidence.hostArticles} articles from ${evidence.host}`;
	}
}

function readEdgeReason(item: Judged, evidence: CleanState["context"]["evidence"]): string | undefined {
	const { text, words } = item;
	if (text === "") return undefined;
	if (!item.isHeading && evidence?.recurring.has(item.fingerprint()) === true)
		return `recurs in several of the ${evidence.hostArticles} articles from ${evidence.host}, at the edge of the body`;
	// What the article's own heading introduces ("Further reading", then its links) is its section, whatever it looks
	// like; only other articles repeating it (above) tell it is the site's.
	if (item.introducer?.isHeading === true && item.introducer.reason === undefined) return undefined;
	if (words <= MAX_LINK_LIST_WORDS && item.linkDensity() >= LINK_DENSITY && !isLinkingSentence(item))
		return "mostly link text, at the edge of the body";
	if (URL_ONLY_RE.test(text)) return "only a URL, at the edge of the body";
	if (TAXONOMY_LABEL_RE.test(text)) return "a taxonomy label, at the edge of the body";
	if (DATE_LINE_RE.test(text)) return "a date line, at the edge of the body";
	if (DESK_INITIALS_RE.test(text)) return "a wire desk's initials, at the edge of the body";
	if (words <= MAX_MENU_WORDS && (text.match(MENU_SEPARATOR_RE)?.length ?? 0) >= 2 && !/[.!?]$/.test(text))
		return "a menu, at the edge of the body";
	if (words <= MAX_PROMO_WORDS && PROMO_VERB_RE.test(text) && PROMO_OBJECT_RE.test(text))
		return "a promotion, at the edge of the body";
	// A lone symbol or button label ("×", "|") inside the run; a line of emoji ("🎉🎉🎉", "🇱🇹 ❤️") is the author's.
	// An ASCII letter or digit answers without the Unicode class (costly to compile, see guardPattern).
	if (!/[A-Za-z0-9]/.test(text) && !/[\p{L}\p{N}]/u.test(text) && !EMOJI_RE.test(text))
		return "no words, at the edge of the body";
	return undefined;
}

// A sentence that is mostly its links ("See <a>the second post</a> and <a>about</a>.", "I wrote about <a>how we
// rebuilt the pier</a>.", "See <a>the other post</a>.") is still the author's words. A related story, a menu or a
// list of links is no sentence, or is nothing but link text ("<a>Harbour reopens</a>.").
const MAX_SENTENCE_LINK_DENSITY = 0.9;
const MIN_SENTENCE_OWN_CHARACTERS = 8;

function isLinkingSentence(item: Judged): boolean {
	const density = item.linkDensity();
	return (
		SENTENCE_END_RE.test(item.text) &&
		density < MAX_SENTENCE_LINK_DENSITY &&
		(item.text.length * (1 - density) >= MIN_SENTENCE_OWN_CHARACTERS || startsWithOwnWord(item.block.nodes))
	);
}

// A label of the author's own words before the one link it names: "Part of the Series: <a>…</a>".
const OWN_LABEL_RE = /^([^:]{1,80}):\s+\S/;
const MIN_OWN_LABEL_WORDS = 3;

/**
 * In an author's own post, a line that says what its one link is ("Part of the Series: <a>How To Troubleshoot …</a>",
 * "Translated from the original: <a>…</a>") is the author's; a share row or a list of links is more than one link, and
 * the one-word labels of related links ("More: <a>…</a>") are not a label of three words.
 */
function isLabelledLink(item: Judged): boolean {
	const label = OWN_LABEL_RE.exec(item.text)?.[1];
	if (label === undefined || countSpacedWords(label) < MIN_OWN_LABEL_WORDS) return false;
	return countLinks(item.block.nodes) === 1 && startsWithOwnWord(item.block.nodes);
}

function countLinks(nodes: readonly ChildNode[]): number {
	let count = 0;
	for (const node of nodes) {
		if (!isElement(node)) continue;
		count += node.tagName === "a" ? 1 : countLinks(node.children);
	}
	return count;
}

// A first word followed by a space: not a label ("More:"), a bullet or a separator.
const OWN_FIRST_WORD_RE = /^\s*[^\s:|»›>•·*–—-][^\s:]*\s/;

/** True when the first words are the block's own, outside a link ("See <a>…</a>."), not a label ("More: <a>…</a>"). */
function startsWithOwnWord(nodes: readonly ChildNode[]): boolean {
	for (const node of nodes) {
		if (node.type === "text") {
			if (node.value.trim() === "") continue;
			return OWN_FIRST_WORD_RE.test(node.value);
		}
		if (!isElement(node)) continue;
		return node.tagName !== "a" && startsWithOwnWord(node.children);
	}
	return false;
}

/**
 * Features and evidence judge a block by its look and by other articles; neither is sure enough to take a body's last
 * words ("Body." in three short test posts). Only curated wordings, and a rights-only rest, leave a body empty.
 */
function keepSomeText(judged: readonly Judged[], curated: ReadonlySet<Judged>): void {
	const isLeft = (item: Judged) => item.reason === undefined && item.text !== "" && !isProtected(item);
	if (judged.some(isLeft)) return;
	for (const item of judged) if (item.reason !== undefined && !curated.has(item)) item.reason = undefined;
}

const JUNK_ONLY_MARK_RE = /^(?:ad-blocker plea|agency footer)/;
const MAX_PLEA_REST_WORDS = 80;
const MAX_PLEA_LINE_WORDS = 40;
// A plea's lines speak to the reader about the site: "we", "you", ads, subscriptions.
const PLEA_WORDS_RE =
	/\b(?:we|us|our|you|your|ads?|advert\w*|subscri\w+|whitelist|allow ?list|support|block\w*|disable)\b/i;

/** A body left with nothing but a rights notice or a site footer is not an article: it goes too (clean/empty-body). */
function removeJunkOnlyRest(judged: readonly Judged[]): void {
	const left = judged.filter((item) => item.reason === undefined);
	// A site's plea to turn off the ad blocker, or an agency's corporate footer, comes with a few short lines of its
	// own ("We get it.", "Add us to your allow list."): with it, a rest that small is the plea, not an article.
	const plea = judged.find((item) => JUNK_ONLY_MARK_RE.test(item.reason ?? ""));
	const restWords = left.reduce((sum, item) => sum + item.words, 0);
	const isPleaLine = (item: Judged) =>
		item.text === "" || (item.words <= MAX_PLEA_LINE_WORDS && PLEA_WORDS_RE.test(item.text));
	if (plea !== undefined && restWords <= MAX_PLEA_REST_WORDS && left.every(isPleaLine)) {
		if (left.some((item) => hasMedia(item.block.nodes))) return;
		for (const item of left) item.reason = `the rest of a body that is only ${plea.reason?.replace(/ \(.*$/, "")}`;
		return;
	}
	const isNoticeOnly = (item: Judged) =>
		item.text === "" ||
		splitSentences(item.text).every((sentence) => isNoticeSentence(sentence) || isCreditSentence(sentence));
	if (!left.some((item) => item.text !== "") || !left.every(isNoticeOnly)) return;
	// A picture, or a player's link ("Video: YouTube" reads like a credit), is a photo or video post's article.
	if (left.some((item) => hasMedia(item.block.nodes) || hasEmbedLink(item.block.nodes))) return;
	// Something was boilerplate around it, or it is nothing but a footer: a site's rights line, not an article.
	for (const item of left) item.reason = "only a rights notice or site footer is left: not an article";
}

/** True when the nodes hold a link that stands for an embedded player or post (the embeds rule marks it). */
function hasEmbedLink(nodes: readonly ChildNode[]): boolean {
	return nodes.some((node) => isElement(node) && (node.data?.isEmbed === true || hasEmbedLink(node.children)));
}

// WordPress appends "The post <a>Title</a> appeared first on <a>Site</a>." to every item of its RSS feeds; a scraper
// that took the excerpt kept it in the same paragraph as the teaser. It is the paragraph's last sentence, made of
// its last nodes, so it goes without touching a character of the teaser.
const FEED_FOOTER_START_RE = /(^|[.!?…]["”’)]?\s+)The post\s+$/;
const FEED_FOOTER_RE = /^The post\s.{1,300}\sappeared first on\s.{1,120}$/;

function trimFeedFooter(block: Block, text: string): string | undefined {
	if (!text.includes(" appeared first on ")) return undefined;
	const nodes: ChildNode[] = block.element === undefined ? [...block.nodes] : [...block.element.children];
	for (let index = nodes.length - 1; index >= 0; index--) {
		const node = nodes[index];
		if (node?.type !== "text") continue;
		const start = FEED_FOOTER_START_RE.exec(node.value);
		if (start === null) continue;
		const at = start.index + (start[1]?.length ?? 0);
		const tail = [createText(node.value.slice(at)), ...nodes.slice(index + 1)];
		const footer = collapseWhitespace(tail.map((part) => readText(part)).join(""));
		if (at === 0 || !FEED_FOOTER_RE.test(footer)) return undefined;
		node.value = node.value.slice(0, at);
		const dropped = new Set(nodes.slice(index + 1));
		const parent = block.element ?? block.parent;
		setChildren(
			parent,
			parent.children.filter((child) => !dropped.has(child)),
		);
		return footer;
	}
	return undefined;
}

// A block most of the host's articles repeat: as a label or link list anywhere, as anything at an edge (markEdges).
function isEvidenceEverywhere(item: Judged, evidence: CleanState["context"]["evidence"]): boolean {
	if (evidence === undefined) return false;
	const isLabel = item.words <= MAX_RECURRING_LABEL_WORDS && !SENTENCE_END_RE.test(item.text);
	// A block without links has no link density: most blocks are prose, not worth fingerprinting to find that out.
	if (!isLabel && !hasLink(item.block.nodes)) return false;
	return evidence.everywhere.has(item.fingerprint()) && (item.linkDensity() >= LINK_DENSITY || isLabel);
}

function hasLink(nodes: readonly ChildNode[]): boolean {
	return nodes.some((node) => isElement(node) && (node.tagName === "a" || hasLink(node.children)));
}

function readLinkDensity(nodes: readonly ChildNode[], text: string): number {
	let linked = 0;
	const walk = (node: ChildNode) => {
		if (!isElement(node)) return;
		if (node.tagName === "a") {
			linked += collapseWhitespace(readText(node)).replace(/\s/g, "").length;
			return;
		}
		for (const child of node.children) walk(child);
	};
	for (const node of nodes) walk(node);
	// Counting the letters of a block without links would only divide zero.
	if (linked === 0) return 0;
	const letters = text.replace(/\s/g, "").length;
	return letters === 0 ? 0 : linked / letters;
}

// A player (WordPress's `[video]`, Octopress's `{% video %}`) holds a link to its file for readers that show none: the
// article's media, not a list of links.
function hasPlayer(nodes: readonly ChildNode[]): boolean {
	return nodes.some(
		(node) => isElement(node) && (node.tagName === "video" || node.tagName === "audio" || hasPlayer(node.children)),
	);
}

// The embeds rule labels a player's link that stands alone ("Video: YouTube"); two players on consecutive lines (Jetpack's
// `[youtube …]` then `[googlemaps …]`) share a paragraph and keep their URLs as text, and are the article's media all
// the same.
function isEmbedLink(node: ChildNode): boolean {
	if (!isElement(node)) return false;
	if (node.data?.isEmbed === true) return true;
	// A bare player URL only: a label linked to a player's page ("Embed from Getty Images") is still the page's.
	if (node.tagName === "a") {
		const href = readProperty(node, "href") ?? "";
		return readText(node).trim() === href && readEmbedKind(href) !== undefined;
	}
	return node.children.some(isEmbedLink);
}

// ROT47 maps the printable ASCII range onto itself; TownNews scrambles paywalled text with it ("kAm" is "<p>").
function rot47(text: string): string {
	return text.replace(/[!-~]/g, (char) => String.fromCharCode(33 + ((char.charCodeAt(0) - 33 + 47) % 94)));
}

const SCRAMBLE_MARK_RE = /[!-/:-@[-`{-~\d]/g;
const WORDLIKE_RE = /^[("“']?[A-Za-z]+(?:['’-][A-Za-z]+)*[.,;:!?"”')]*$/;

function wordlikeShare(text: string): number {
	const tokens = text.split(/\s+/).filter((token) => token !== "");
	if (tokens.length === 0) return 0;
	return tokens.filter((token) => WORDLIKE_RE.test(token) && /[aeiouy]/i.test(token)).length / tokens.length;
}

/** Text that reads as words only once ROT47 is undone: scrambled paywall text, gibberish to a reader. */
function isScrambled(text: string): boolean {
	// ROT47 only moves ASCII: text with other letters was never scrambled this way. Scrambled text is full of
	// punctuation and digits where words had letters; prose has few.
	if (/[^\x20-\x7E]/.test(text) || (text.match(SCRAMBLE_MARK_RE)?.length ?? 0) < text.length / 8) return false;
	if (countWords(text) < 6) return false;
	return wordlikeShare(text) < 0.4 && wordlikeShare(rot47(text)) > 0.7;
}

/** Rule `boilerplate`. */
export const boilerplate: CleanRule = {
	id: "boilerplate",
	description:
		"Removes site boilerplate blocks: curated wordings (share prompts, paywalls, promos), blocks repeated across the host's articles, and link lists, URLs, menus and promotions at the top or bottom of the body.",
	defaultEnabled: true,
	run: removeBoilerplate,
};
