const BOM = "\uFEFF";
const BOMS_RE = /\uFEFF/g;
const LINE_END_RE = /\r\n?/g;

/**
 * Text as every stage reads it: CRLF and lone CR as LF, so line numbers and front-matter fences work the same
 * everywhere, and no byte order mark. One at the start is the file's encoding mark (two when two tools each saved it
 * with one); one anywhere else is where another file was joined on (`cat`) or pasted in, a character no reader shows
 * (Unicode §23.8: U+FEFF as a no-break space is deprecated, U+2060 is the word joiner) that splits the word or hides the
 * Markdown heading it stands before.
 */
export function normalizeText(text: string): string {
	const unmarked = text.includes(BOM) ? text.replace(BOMS_RE, "") : text;
	return unmarked.includes("\r") ? unmarked.replace(LINE_END_RE, "\n") : unmarked;
}
