import { normalizeCharacters } from "./text.js";
import { collapseWhitespace, parseFragment, readText } from "./tree.js";

// Zero-width and byte-order marks at the edges of a title are invisible in readers but make it differ from the same
// title typed by hand (scraped WordPress titles start with U+200B). Inside the text they are left alone: U+200D joins
// emoji and U+200C shapes Persian and Indic scripts.
const EDGE_INVISIBLES_RE = /^[\s\u200B\u2060\uFEFF]+|[\s\u200B\u2060\uFEFF]+$/g;

/** Titles and summaries as plain text: tags stripped, entities decoded exactly once, whitespace collapsed, NFC, XML-safe. */
export function cleanPlainText(text: string): string {
	// Most front matter values have no markup and no entities: the HTML parser would return them unchanged.
	const plain = text.includes("<") || text.includes("&") ? readText(parseFragment(text, false)) : text;
	// The HTML parser decodes each entity once ("&amp;amp;" → "&amp;"), like a reader would.
	return collapseWhitespace(normalizeCharacters(plain)).replace(EDGE_INVISIBLES_RE, "");
}
