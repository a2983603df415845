import type { Element } from "hast";
import {
	BLOCK_TAGS,
	type ChildNode,
	collapseWhitespace,
	hasContent,
	INVISIBLE_TAGS,
	isElement,
	type ParentNode,
	readProperty,
	readText,
	setChildren,
} from "./tree.js";

// Shared vocabulary: the blocks a reader sees, for the rules that judge a body block by block (boilerplate,
// duplicate-body, license-notice). Rules import this, never each other.

/** A block of the article: an element without blocks inside, or a run of loose text and inline elements between blocks. */
export interface Block {
	readonly nodes: readonly ChildNode[];
	readonly parent: ParentNode;
	/** The element, when the block is one. */
	readonly element?: Element;
}

/** How to cut a body into blocks. */
export interface BlockOptions {
	/** Elements whose text a reader never sees (default: script, style and the like). */
	readonly hidden?: ReadonlySet<string>;
	/** Elements read as one block even with blocks inside (a figure with its caption, a classed notice). */
	readonly isUnit?: (element: Element) => boolean;
	/** Block elements that are neither blocks nor searched (code, tables), and that still separate the text around them. */
	readonly isSkipped?: (element: Element) => boolean;
}

/** The body's blocks in document order. Empty elements neither are blocks nor separate the text around them. */
export function collectBlocks(parent: ParentNode, options: BlockOptions = {}): Block[] {
	const hidden = options.hidden ?? INVISIBLE_TAGS;
	// Whether an element shows anything, and whether it acts as a block, are asked again at every level above it:
	// answered once per element and call.
	const contentOf = new Map<Element, boolean>();
	const blockLikeOf = new Map<Element, boolean>();
	const shows = (node: ChildNode): boolean => hasContent(node, hidden, contentOf);
	const isBlockLike = (element: Element): boolean => {
		let known = blockLikeOf.get(element);
		if (known === undefined) {
			known =
				BLOCK_TAGS.has(element.tagName) ||
				options.isUnit?.(element) === true ||
				// An empty block inside (pruned later) does not make an inline element a block.
				element.children.some((node) => isElement(node) && isBlockLike(node) && shows(node));
			blockLikeOf.set(element, known);
		}
		return known;
	};
	const blocks: Block[] = [];
	collectIn(parent, blocks, options, hidden, shows, isBlockLike);
	return blocks;
}

// Appends to `blocks` rather than returning a list for the caller to append: each level of a deep tree copied the
// blocks of every level below it (depth × size).
function collectIn(
	parent: ParentNode,
	blocks: Block[],
	options: BlockOptions,
	hidden: ReadonlySet<string>,
	shows: (node: ChildNode) => boolean,
	isBlockLike: (element: Element) => boolean,
): void {
	let run: ChildNode[] = [];
	const closeRun = () => {
		if (run.some(shows)) blocks.push({ nodes: run, parent });
		run = [];
	};
	for (const child of parent.children) {
		if (!isElement(child) || !isBlockLike(child)) {
			run.push(child);
			continue;
		}
		// What sanitize drops and what junk prunes will be gone on a second run, so they must not separate the text
		// around them now either.
		if (hidden.has(child.tagName) || !shows(child)) continue;
		closeRun();
		if (options.isSkipped?.(child) === true) continue;
		const hasInnerBlocks =
			options.isUnit?.(child) !== true &&
			child.children.some((node) => isElement(node) && isBlockLike(node) && shows(node));
		if (hasInnerBlocks) collectIn(child, blocks, options, hidden, shows, isBlockLike);
		else blocks.push({ nodes: [child], parent, element: child });
	}
	closeRun();
}

/** The block's visible text, whitespace collapsed. */
export function readBlockText(block: Block, hidden: ReadonlySet<string> = INVISIBLE_TAGS): string {
	return collapseWhitespace(block.nodes.map((node) => readText(node, hidden)).join(""));
}

/** The sources of the images and videos in a block, in order. */
export function readBlockMedia(block: Block): string[] {
	const sources: string[] = [];
	const gather = (node: ChildNode) => {
		if (!isElement(node)) return;
		if (node.tagName === "img" || node.tagName === "video" || node.tagName === "audio" || node.tagName === "source") {
			const src = readProperty(node, "src");
			if (src !== undefined) sources.push(src);
		}
		for (const child of node.children) gather(child);
	};
	for (const node of block.nodes) gather(node);
	return sources;
}

/** True when the nodes hold a picture, a video or a sound: content even without a word. */
export function hasMedia(nodes: readonly ChildNode[]): boolean {
	return nodes.some(
		(node) =>
			isElement(node) &&
			(node.tagName === "img" || node.tagName === "video" || node.tagName === "audio" || hasMedia(node.children)),
	);
}

/**
 * Removes blocks from the tree, each parent's children filtered once: removing blocks one by one filters a parent's
 * children once a block, quadratic in a body of thousands of repeated paragraphs (issue #11).
 */
export function removeBlocks(blocks: Iterable<Block>): void {
	const droppedByParent = new Map<Block["parent"], Set<ChildNode>>();
	for (const block of blocks) {
		const dropped = droppedByParent.get(block.parent) ?? new Set<ChildNode>();
		for (const node of block.nodes) dropped.add(node);
		droppedByParent.set(block.parent, dropped);
	}
	for (const [parent, dropped] of droppedByParent) {
		setChildren(
			parent,
			parent.children.filter((child) => !dropped.has(child)),
		);
	}
}

/** Words of a text, for thresholds: runs of letters and digits. */
export function countWords(text: string): number {
	// ASCII text has no other letters and digits: the plain class counts the same words, and the Unicode one (costly to
	// compile, see guardPattern) is compiled only if a text needs it.
	const pattern = NON_ASCII_RE.test(text) ? WORD_RE : ASCII_WORD_RE;
	let words = 0;
	pattern.lastIndex = 0;
	while (pattern.exec(text) !== null) words++;
	return words;
}

/**
 * Words of text whose words single spaces separate (whitespace-collapsed or normalised): the spaces counted, close
 * enough for thresholds and far cheaper than countWords on every block of a body. Text in a script written without
 * spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) has its words found by Intl.Segmenter instead: a paragraph of
 * it is not one word.
 */
export function countSpacedWords(text: string): number {
	if (text === "") return 0;
	if (UNSPACED_SCRIPT_RE.test(text)) {
		let words = 0;
		for (let start = 0; start < text.length; ) {
			const end = segmentEnd(text, start);
			for (const segment of WORD_SEGMENTER.segment(text.slice(start, end))) if (segment.isWordLike === true) words++;
			start = end;
		}
		return words;
	}
	let words = 1;
	for (let at = text.indexOf(" "); at !== -1; at = text.indexOf(" ", at + 1)) words++;
	return words;
}

// Thai, Lao, Burmese, Khmer, kana and CJK ideographs (a plain range: cheap to compile and to test on every block).
const UNSPACED_SCRIPT_RE =
	/[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
// Root word-break rules with ICU's dictionaries; a fixed locale, so a build does not depend on the machine's.
const WORD_SEGMENTER = new Intl.Segmenter("en", { granularity: "word" });
// ICU's word breaker costs far more than linear on one long text in such a script (80 KB of Chinese: 15 s, 400 KB:
// minutes, past the article's time budget, which is checked between rules), so it is given pieces of at most this many
// characters, each ended after a space or a punctuation mark where there is one near its end: a word cut in two at a
// piece's end counts twice, which a threshold does not notice.
const SEGMENT_PIECE = 1000;
const PIECE_BREAK_RE = /[\s\p{P}]/u;

// Where the piece of `text` starting at `start` ends: after its last space or punctuation mark in the last 100
// characters, else at SEGMENT_PIECE characters, never between the two halves of a surrogate pair.
function segmentEnd(text: string, start: number): number {
	const end = start + SEGMENT_PIECE;
	if (end >= text.length) return text.length;
	for (let at = end; at > end - 100; at--) if (PIECE_BREAK_RE.test(text.charAt(at - 1))) return at;
	const code = text.charCodeAt(end - 1);
	return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

// A letter's combining marks are part of its word: Devanagari's and Thai's vowel signs, a decomposed accent.
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;
const ASCII_WORD_RE = /[A-Za-z0-9]+(?:'[A-Za-z]+)*/g;

/** A block's text for comparing blocks: case, punctuation and spacing do not make two copies different. */
export function normalizeForComparison(text: string): string {
	// Bodies are NFC already (parseFragment); case and everything that is not a letter, a mark or a digit are ignored. Most
	// text is ASCII, where a plain character class does what the Unicode one does, several times faster.
	const lower = text.toLowerCase();
	return (NON_ASCII_RE.test(lower) ? lower.replace(NOT_WORD_RE, " ") : lower.replace(NOT_ASCII_WORD_RE, " ")).trim();
}

/**
 * `normalizeForComparison(text)`, handed to `take` in pieces whose concatenation it is. One replace over a text of
 * millions of characters costs more than linear (2.5 MB took 13 times what 640 KB did: its garbage outgrows the young
 * generation), and a fingerprint only needs the characters in order. The text is lowercased whole (Greek's final sigma
 * depends on what follows it); a run of other characters cut by a piece's end is still one space, and none is taken
 * at either end of the text.
 */
export function forEachComparisonPiece(text: string, take: (piece: string) => void): void {
	if (text.length <= COMPARISON_PIECE) {
		take(normalizeForComparison(text));
		return;
	}
	const lower = text.toLowerCase();
	const notWord = NON_ASCII_RE.test(lower) ? NOT_WORD_RE : NOT_ASCII_WORD_RE;
	let hasText = false;
	let isSpacePending = false;
	for (let start = 0; start < lower.length; ) {
		let end = Math.min(start + COMPARISON_PIECE, lower.length);
		const last = lower.charCodeAt(end - 1);
		if (end < lower.length && last >= 0xd800 && last <= 0xdbff) end--;
		const piece = lower.slice(start, end).replace(notWord, " ");
		start = end;
		const from = piece.startsWith(" ") ? 1 : 0;
		const to = piece.length > from && piece.endsWith(" ") ? piece.length - 1 : piece.length;
		if (from === to) {
			isSpacePending = hasText;
			continue;
		}
		if (hasText && (isSpacePending || from === 1)) take(" ");
		take(piece.slice(from, to));
		hasText = true;
		isSpacePending = to < piece.length;
	}
}

const COMPARISON_PIECE = 16_384;
const NON_ASCII_RE = /[\u0080-\uFFFF]/;
// Marks are kept: Hindi's जाता and जाती (he went, she went) differ in a vowel sign alone.
const NOT_WORD_RE = /[^\p{L}\p{M}\p{N}]+/gu;
const NOT_ASCII_WORD_RE = /[^a-z0-9]+/g;
