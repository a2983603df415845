// XML 1.0 §2.2 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. Anything else
// (NUL, other C0 controls, lone surrogates, U+FFFE/U+FFFF) makes the whole document unreadable.
const FORBIDDEN_XML_CHARS_RE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// The same class read code unit by code unit: it also matches surrogates that are properly paired, so it only says where
// a forbidden character may be. Bodies are long and almost never hold one, and this scans several times faster than
// the code-point-aware replace above.
const SUSPECT_CODE_UNIT_RE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/;

/** Removes every character XML 1.0 forbids; `feed` 6 would pass them through and break the document. */
export function stripForbiddenXmlChars(text: string): string {
	return SUSPECT_CODE_UNIT_RE.test(text) ? text.replace(FORBIDDEN_XML_CHARS_RE, "") : text;
}

// `feed` 6 (through xml-js) splits only the first `]]>` of a CDATA section. Every one is marked instead, with a NUL
// that no text can hold any more (stripForbiddenXmlChars ran), and splitCdataEnds splits each once the XML is written.
const CDATA_END_MARK = "]]\u0000>";

/**
 * Prepares text for a CDATA section: each `]]>` will end one section and open the next (`]]]]><![CDATA[>`), so a
 * reader gets it back as written, never as a literal `]]&gt;` (issue #12). Pass the document through splitCdataEnds.
 */
export function protectCdata(text: string): string {
	return stripForbiddenXmlChars(text).replaceAll("]]>", CDATA_END_MARK);
}

/** Splits the CDATA sections of a rendered document where protectCdata marked a `]]>`. */
export function splitCdataEnds(xml: string): string {
	return xml.replaceAll(CDATA_END_MARK, "]]]]><![CDATA[>");
}

/** Escapes plain text for an HTML context (Atom `type="html"`, RSS description). */
export function escapeHtml(text: string): string {
	return stripForbiddenXmlChars(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
