// What ends a cut text before its ellipsis is left off: spaces, commas, colons, stops and dashes, in Latin and in
// Chinese and Japanese (、。，：；), Arabic (، ؛) and Devanagari (। ॥) writing, and an ellipsis of the author's own.
const TRAILING_MARKS_RE = /[\s,;:.…–—\-、。，：；،؛।॥]+$/u;

/**
 * Cuts text to at most `length` characters (UTF-16 code units) at a word boundary, adding "…" when something was cut.
 * Word boundaries are Intl.Segmenter's for the text's `language`: a space where words are spaced, and between words
 * in Chinese, Japanese and Thai, which are written without spaces. The last space wins when there is one in the second
 * half of the cut, as before; else the last word boundary; else (a single word longer than half of it) the last
 * boundary between graphemes. A cut never splits a grapheme: a surrogate pair, an emoji sequence, a letter and its
 * combining marks stay whole.
 */
export function truncateAtWord(text: string, length: number, language?: string): string {
	if (text.length <= length) return text;
	const limit = length - 1;
	const half = length / 2;
	// Spaced text (most of it) is cut at its last space, where Intl.Segmenter would find the last space too: it is not
	// run, since its first use loads ICU's break rules (≈ 20 ms of a cold build) and each summary costs ≈ 0.3 ms.
	const space = lastSpaceSegment(text, limit);
	if (space > half) return `${text.slice(0, space).replace(TRAILING_MARKS_RE, "")}…`;
	// Dictionary segmentation (Chinese, Thai) reads a run to its end: a few times the cut is context enough.
	const head = text.slice(0, Math.max(length * 4, length + 64));
	let lastSpace = -1;
	let lastWord = 0;
	for (const { segment, index } of segmenter(language, "word").segment(head)) {
		if (index > limit) break;
		lastWord = index;
		// A space, not a no-break one ("10\u00A0km" stays together).
		if (/^[ \t\n]/.test(segment)) lastSpace = index;
	}
	const cut = lastSpace > half ? lastSpace : lastWord > half ? lastWord : lastGraphemeBoundary(head, limit, language);
	return `${text.slice(0, cut).replace(TRAILING_MARKS_RE, "")}…`;
}

// Where Intl.Segmenter's last word segment starting with a space, tab or line break, at or before `limit`, starts
// (UAX #29): a tab or a line break is a segment of its own, but not a line break after a carriage return ("\r\n" is
// one); adjacent spaces (Unicode's WSegSpace, no-break ones aside) are one segment, which starts with a space only if
// its first one is U+0020. -1 when there is none.
function lastSpaceSegment(text: string, limit: number): number {
	for (let at = limit; at >= 0; at--) {
		const code = text.charCodeAt(at);
		if (code === 0x09 || (code === 0x0a && text.charCodeAt(at - 1) !== 0x0d)) return at;
		if (!WSEG_SPACES.has(code)) continue;
		while (at > 0 && WSEG_SPACES.has(text.charCodeAt(at - 1))) at--;
		if (text.charCodeAt(at) === 0x20) return at;
	}
	return -1;
}

// Unicode's WSegSpace: the space separators but the no-break ones.
const WSEG_SPACES: ReadonlySet<number> = new Set([
	0x20, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a, 0x205f, 0x3000,
]);

function lastGraphemeBoundary(text: string, limit: number, language: string | undefined): number {
	let last = 0;
	for (const { index } of segmenter(language, "grapheme").segment(text)) {
		if (index > limit) break;
		last = index;
	}
	return last;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** One segmenter per language and granularity; a tag Intl cannot read falls back to the default locale's rules. */
function segmenter(language: string | undefined, granularity: "word" | "grapheme"): Intl.Segmenter {
	const key = `${granularity} ${language ?? ""}`;
	let found = segmenters.get(key);
	if (found === undefined) {
		try {
			found = new Intl.Segmenter(language, { granularity });
		} catch {
			found = new Intl.Segmenter(undefined, { granularity });
		}
		segmenters.set(key, found);
	}
	return found;
}
