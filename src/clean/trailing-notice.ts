import { COPYRIGHT_MARK_RE } from "../license/reproduction-bans.js";
import { isCreditSentence, isNoticeSentence, type SentenceSpan, stripNoticePrefix } from "./notice-sentences.js";

// A notice can end the article's last paragraph instead of standing in one of its own: on a line of its own after a
// line break ("…left at nine.<br>Copyright 2016 The Associated Press. All rights reserved.", what WordPress makes of
// a single newline), or as a copyright line right after the last sentence ("… when you share. © 2023 Harbour
// Times"). A credit line may follow it ("… © 2016 AP. The Associated Press contributed to this report."), and stays.
// A ban or a licence wording inside the run of the text ("He left early. All rights reserved, he joked.") is the
// article's, and stays.

/** Which of the block's sentences are its trailing notice: `start` to `end`, exclusive. */
export interface TrailingNotice {
	readonly start: number;
	readonly end: number;
}

/**
 * Finds a notice ending the block's text, or followed there only by credit lines, after at least one sentence of the
 * article; undefined when the paragraph does not end in one. `text` is the block's text the spans were split from.
 */
export function findTrailingNotice(
	text: string,
	sentences: readonly SentenceSpan[],
	extra: readonly RegExp[],
	maxLength: number,
): TrailingNotice | undefined {
	let end = sentences.length;
	while (end > 1 && isCreditSentence(sentences[end - 1]?.text ?? "")) end--;
	let start = end;
	while (start > 1 && isNoticeSentence(sentences[start - 1]?.text ?? "", extra)) start--;
	const first = sentences[start];
	const before = sentences[start - 1];
	const last = sentences[end - 1];
	if (start === end || first === undefined || before === undefined || last === undefined) return undefined;
	if (last.end - first.start > maxLength) return undefined;
	const onOwnLine = text.slice(before.end, first.start).includes("\n");
	if (!onOwnLine && !COPYRIGHT_MARK_RE.test(stripNoticePrefix(first.text))) return undefined;
	return { start, end };
}
