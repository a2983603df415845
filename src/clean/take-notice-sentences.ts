import type { TextRange } from "./cut-text.js";
import { type SentenceSpan, splitByline, stripNoticePrefix } from "./notice-sentences.js";
import { collapseWhitespace } from "./tree.js";

// A notice shares its paragraph with other sentences (a credit line, a correction, a sentence of the story): it
// takes its own sentences and the space beside them, and leaves the rest of the text where it stands.

/** The notice sentences of a block, as the rights say them, and the stretches of its text they take. */
export interface NoticePart {
	readonly notice: string;
	/** Undefined when the notice is the whole block. */
	readonly cuts?: readonly TextRange[];
}

/**
 * The chosen sentences as the item's notice, without a byline at their end ("· Jane Roe", which stays), and the
 * stretches of the block's text they take: each run of them with one of the spaces or line breaks around it.
 */
export function takeSentences(raw: string, spans: readonly SentenceSpan[], chosen: readonly boolean[]): NoticePart {
	const parts: string[] = [];
	const cuts: TextRange[] = [];
	let isWhole = chosen.length === spans.length && chosen.every(Boolean);
	let index = 0;
	while (index < spans.length) {
		const first = spans[index] as SentenceSpan;
		const firstIndex = index;
		if (chosen[index] !== true) {
			index++;
			continue;
		}
		// A run of chosen sentences, which a byline ends.
		let byline: string | undefined;
		let last = first;
		for (; index < spans.length && chosen[index] === true && byline === undefined; index++) {
			last = spans[index] as SentenceSpan;
			const split = splitByline(last.text);
			parts.push(split.notice);
			byline = split.byline;
		}
		const bylineAt = byline === undefined ? undefined : findSuffix(raw, last.end, byline);
		const next = spans[index];
		if (bylineAt !== undefined) {
			isWhole = false;
			cuts.push({ start: first.start, end: bylineAt });
			continue;
		}
		// A byline not found as written stays with the notice: no word of it is lost.
		if (byline !== undefined) parts.splice(-1, 1, last.text);
		const before = spans[firstIndex - 1];
		// The run goes with one of the spaces around it: the one before when it ends the block, or when the one after
		// is a line break ("… questions. © 2016 AP<br>Correction: …" keeps its line break).
		const isBreakAfter = next !== undefined && raw.slice(last.end, next.start).includes("\n");
		const isBreakBefore = before !== undefined && raw.slice(before.end, first.start).includes("\n");
		if (before !== undefined && (next === undefined || (isBreakAfter && !isBreakBefore)))
			cuts.push({ start: before.end, end: last.end });
		else cuts.push({ start: first.start, end: next?.start ?? last.end });
	}
	const notice = unwrapParentheses(stripNoticePrefix(collapseWhitespace(parts.join(" "))));
	return isWhole ? { notice } : { notice, cuts };
}

/** Where, before `end`, the text starts whose collapsed form is `suffix`, searching back. */
function findSuffix(raw: string, end: number, suffix: string): number | undefined {
	const head = suffix.charAt(0);
	for (let at = raw.lastIndexOf(head, end - 1); at >= 0; at = at === 0 ? -1 : raw.lastIndexOf(head, at - 1)) {
		const candidate = collapseWhitespace(raw.slice(at, end));
		if (candidate === suffix) return at;
		if (candidate.length > suffix.length) return undefined;
	}
	return undefined;
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
