import { normalizeCharacters } from "./text.js";
import { collapseWhitespace, parseFragment, readText } from "./tree.js";

/** Titles and summaries as plain text: tags stripped, entities decoded exactly once, whitespace collapsed, NFC, XML-safe. */
export function cleanPlainText(text: string): string {
	// The HTML parser decodes each entity once ("&amp;amp;" → "&amp;"), like a reader would.
	return collapseWhitespace(normalizeCharacters(readText(parseFragment(text))));
}
