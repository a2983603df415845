import { decodeHTML } from "entities";
import type { BodyFormat } from "../body/to-html.js";
import { fingerprintBlock } from "../clean/index.js";
import { replaceUpToLast } from "../text/up-to-last.js";

// The cross-article evidence stage reads every body it learns from, so it works on the raw text (no Markdown render,
// no HTML parse): cut at block tags and blank lines, tags stripped, entities decoded. The fingerprints match what the
// boilerplate rule computes from the parsed tree for the same block (same text, case, punctuation and spacing aside);
// a block cut differently here is only a block the evidence does not know, never a wrong removal.

const BLOCK_TAG_RE =
	/<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|figure|figcaption|table|thead|tbody|tfoot|tr|td|th|section|article|aside|header|footer|nav|main|hr|address|details|summary|center|form)\b[^>]*>|<br\s*\/?>\s*<br\s*\/?>/gi;
// Where a hidden element or a comment starts; its end is looked for by replaceHidden.
const HIDDEN_START_RE = /<(script|style|pre|code|textarea|svg|template|iframe|noscript)\b|<!--/gi;
const TAG_RE = /<[^>]*>/g;
// Markdown that is not text: fenced (replaceFences) and indented code, images and link targets (replaceLinks), emphasis
// marks, line markers.
const INDENTED_CODE_RE = /(?:^(?: {4}|\t)[^\n]*\n?)+/gm;
const LINE_MARKER_RE = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm;
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
	const text = replaceTags(replaceHidden(body), BLOCK_TAG_RE, "\f");
	// wpautop reads a blank line as a paragraph break (src/body/add-auto-paragraphs.ts); plain HTML does not.
	const parts = format === "wordpress" ? text.split(/\f|\n[ \t]*\n/) : text.split("\f");
	return parts.map((part) => decodeHTML(replaceTags(part, TAG_RE, "")));
}

function splitMarkdown(body: string): string[] {
	const text = replaceFences(body).replace(INDENTED_CODE_RE, "\n\n");
	// A block tag is a block's edge in the rendered body too: HTML pasted into Markdown (`<p>…</p>` line after line,
	// one HTML block to Markdown) is a paragraph per `<p>` once parsed.
	const shown = replaceTags(replaceHidden(text), BLOCK_TAG_RE, "\n\n");
	// Each list item, heading or quote line is a block of its own in the rendered body.
	return shown.split(/\n[ \t]*\n|\n(?=\s{0,3}(?:#{1,6}\s|[-*+]\s|\d+[.)]\s))/).map((part) =>
		decodeHTML(
			replaceLinks(replaceLinks(replaceTags(part, TAG_RE, ""), "![", ""), "[", "$1")
				.replace(LINE_MARKER_RE, "")
				.replace(EMPHASIS_RE, ""),
		),
	);
}

// A tag pattern's every match ends in ">": only the text up to the last ">" is searched, the same matches. Searched
// whole, every "<" of a run with no ">" after it was scanned to the end of the text (100 KB of "<" took 30 s).
function replaceTags(text: string, pattern: RegExp, by: string): string {
	return replaceUpToLast(text, />/g, pattern, () => by);
}

/** The lines that start with three or more of one fence character, in order: where, and how many. */
interface FenceLines {
	readonly at: number[];
	readonly length: number[];
	/** The longest run from each line on. */
	readonly longestFrom: number[];
	/** The first line not yet passed by a search for a closing fence. */
	next: number;
}

// What starts a line to `^` under the `m` flag.
const LINE_BREAK_RE = /[\n\r\u2028\u2029]/g;

/**
 * `text.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "\n\n")`: a fenced block, from its opening line to the end
 * of the first later line that starts with its fence, else with a shorter one (the pattern gives back characters of
 * the fence down to three). The fence lines are listed once, so no opening reads the rest of the text again (100 KB
 * of "```\r" took seconds: each is a line with no newline after it).
 */
function replaceFences(text: string): string {
	const lines: Record<string, FenceLines> = {
		"`": { at: [], length: [], longestFrom: [], next: 0 },
		"~": { at: [], length: [], longestFrom: [], next: 0 },
	};
	const openings: number[] = [];
	for (let start = 0; start < text.length; ) {
		const char = text.charAt(start);
		const fence = lines[char];
		if (fence !== undefined) {
			let end = start;
			while (text[end] === char) end++;
			if (end - start >= 3) {
				fence.at.push(start);
				fence.length.push(end - start);
				openings.push(start);
			}
		}
		LINE_BREAK_RE.lastIndex = start;
		if (LINE_BREAK_RE.exec(text) === null) break;
		start = LINE_BREAK_RE.lastIndex;
	}
	for (const fence of Object.values(lines)) {
		for (let index = fence.length.length - 1; index >= 0; index--)
			fence.longestFrom[index] = Math.max(fence.length[index] ?? 0, fence.longestFrom[index + 1] ?? 0);
	}
	let out = "";
	let copied = 0;
	for (const start of openings) {
		if (start < copied) continue;
		const fence = lines[text.charAt(start)];
		const newline = text.indexOf("\n", start);
		if (fence === undefined || newline === -1) break;
		while ((fence.at[fence.next] ?? Number.POSITIVE_INFINITY) <= newline) fence.next++;
		const longest = fence.longestFrom[fence.next];
		if (longest === undefined) continue;
		let run = 0;
		while (text[start + run] === text[start]) run++;
		const wanted = Math.min(run, longest);
		let close = fence.next;
		while ((fence.length[close] ?? wanted) < wanted) close++;
		const closeAt = fence.at[close] ?? text.length;
		const lineEnd = text.indexOf("\n", closeAt);
		out += `${text.slice(copied, start)}\n\n`;
		copied = lineEnd === -1 ? text.length : lineEnd;
	}
	return copied === 0 ? text : out + text.slice(copied);
}

/**
 * `text.replace(/<(script|…)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, "\n\n")`: hidden elements and comments become a
 * paragraph break. Each element ends at the first closing tag of its name after it; once a name (or `-->`) is not
 * found, no later one is looked for, where the pattern read to the end from each of 100 KB of unclosed `<svg`.
 */
function replaceHidden(text: string): string {
	const unclosed = new Set<string>();
	let out = "";
	let copied = 0;
	HIDDEN_START_RE.lastIndex = 0;
	for (let start = HIDDEN_START_RE.exec(text); start !== null; start = HIDDEN_START_RE.exec(text)) {
		const name = start[1]?.toLowerCase() ?? "--";
		if (unclosed.has(name)) continue;
		const close = closingPattern(name);
		close.lastIndex = start.index + start[0].length;
		if (close.exec(text) === null) {
			unclosed.add(name);
			continue;
		}
		out += `${text.slice(copied, start.index)}\n\n`;
		copied = close.lastIndex;
		HIDDEN_START_RE.lastIndex = copied;
	}
	return copied === 0 ? text : out + text.slice(copied);
}

const closingPatterns = new Map<string, RegExp>([["--", /-->/g]]);

/** What ends a hidden element of that name (or a comment, "--"). */
function closingPattern(name: string): RegExp {
	let pattern = closingPatterns.get(name);
	if (pattern === undefined) {
		pattern = new RegExp(`</${name}\\s*>`, "gi");
		closingPatterns.set(name, pattern);
	}
	return pattern;
}

/**
 * `text.replace(/!\[[^\]]*\]\([^)]*\)/g, "")` (`opener` "![") or `text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")` (`opener`
 * "[", `by` "$1" for the label): a link's label ends at the first "]" after it and its target at the first ")".
 * Every opener before a "]" not followed by "(" fails there, and none after the last ")" can end: the patterns
 * searched on to the same "]" or to the end from each of 100 KB of "[" or "![](".
 */
function replaceLinks(text: string, opener: "![" | "[", by: "" | "$1"): string {
	let out = "";
	let copied = 0;
	for (let start = text.indexOf(opener); start !== -1; ) {
		const labelEnd = text.indexOf("]", start + opener.length);
		if (labelEnd === -1) break;
		if (text[labelEnd + 1] !== "(") {
			start = text.indexOf(opener, labelEnd + 1);
			continue;
		}
		const end = text.indexOf(")", labelEnd + 2);
		if (end === -1) break;
		out += text.slice(copied, start) + (by === "" ? "" : text.slice(start + opener.length, labelEnd));
		copied = end + 1;
		start = text.indexOf(opener, copied);
	}
	return copied === 0 ? text : out + text.slice(copied);
}

function splitText(body: string): string[] {
	return body.split(/\n[ \t]*\n/);
}
