import { decodeHTML } from "entities";
import type { BodyFormat } from "../body/to-html.js";
import { fingerprintBlock } from "../clean/index.js";

// The cross-article evidence stage reads every body it learns from, so it works on the raw text (no Markdown render,
// no HTML parse): cut at block tags and blank lines, tags stripped, entities decoded. The fingerprints match what the
// boilerplate rule computes from the parsed tree for the same block (same text, case, punctuation and spacing aside);
// a block cut differently here is only a block the evidence does not know, never a wrong removal.

const BLOCK_TAG_RE =
	/<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|figure|figcaption|table|thead|tbody|tfoot|tr|td|th|section|article|aside|header|footer|nav|main|hr|address|details|summary|center|form)\b[^>]*>|<br\s*\/?>\s*<br\s*\/?>/gi;
const HIDDEN_RE = /<(script|style|pre|code|textarea|svg|template|iframe|noscript)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TAG_RE = /<[^>]*>/g;
// Markdown that is not text: fenced and indented code, images, link targets, emphasis marks, line markers.
const FENCE_RE = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm;
const INDENTED_CODE_RE = /(?:^(?: {4}|\t)[^\n]*\n?)+/gm;
const LINE_MARKER_RE = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm;
const IMAGE_RE = /!\[[^\]]*\]\([^)]*\)/g;
const LINK_RE = /\[([^\]]*)\]\([^)]*\)/g;
const EMPHASIS_RE = /[*_~`]+/g;

/** Fingerprints of the distinct blocks of a body, in order, as `fingerprintBlock` computes them. */
export function readBlockFingerprints(format: BodyFormat, body: string): string[] {
	const chunks =
		format === "markdown" ? splitMarkdown(body) : format === "text" ? splitText(body) : splitHtml(body, format);
	const seen = new Set<string>();
	for (const chunk of chunks) {
		if (!/[\p{L}\p{N}]/u.test(chunk)) continue;
		// The cleaner reads bodies NFC (parseFragment), so "é" typed as e + U+0301 must fingerprint as "é" here too.
		seen.add(fingerprintBlock(chunk.normalize("NFC")));
	}
	return [...seen];
}

function splitHtml(body: string, format: BodyFormat): string[] {
	const text = replaceTags(body.replace(HIDDEN_RE, "\n\n"), BLOCK_TAG_RE, "\f");
	// wpautop reads a blank line as a paragraph break (src/body/add-auto-paragraphs.ts); plain HTML does not.
	const parts = format === "wordpress" ? text.split(/\f|\n[ \t]*\n/) : text.split("\f");
	return parts.map((part) => decodeHTML(replaceTags(part, TAG_RE, "")));
}

function splitMarkdown(body: string): string[] {
	const text = body.replace(FENCE_RE, "\n\n").replace(INDENTED_CODE_RE, "\n\n").replace(HIDDEN_RE, "\n\n");
	// Each list item, heading or quote line is a block of its own in the rendered body.
	return text.split(/\n[ \t]*\n|\n(?=\s{0,3}(?:#{1,6}\s|[-*+]\s|\d+[.)]\s))/).map((part) =>
		decodeHTML(
			replaceTags(replaceTags(part, BLOCK_TAG_RE, " "), TAG_RE, "")
				.replace(IMAGE_RE, "")
				.replace(LINK_RE, "$1")
				.replace(LINE_MARKER_RE, "")
				.replace(EMPHASIS_RE, ""),
		),
	);
}

/**
 * `text.replace(pattern, by)` for a tag pattern, every match of which ends in ">": only the text up to the last ">" is
 * searched, the same matches. Searched whole, every "<" of a run with no ">" after it was scanned to the end of the
 * text (100 KB of "<" took 30 s).
 */
function replaceTags(text: string, pattern: RegExp, by: string): string {
	const end = text.lastIndexOf(">") + 1;
	return end === 0 ? text : text.slice(0, end).replace(pattern, by) + text.slice(end);
}

function splitText(body: string): string[] {
	return body.split(/\n[ \t]*\n/);
}
