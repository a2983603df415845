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
	const half = length / 2;
	const cut = lastSpace > half ? lastSpace : lastWord > half ? lastWord : lastGraphemeBoundary(head, limit, language);
	return `${text.slice(0, cut).replace(TRAILING_MARKS_RE, "")}…`;
}

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
