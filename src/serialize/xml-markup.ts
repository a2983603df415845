// The escaping below is exactly what @xmldom/xmldom 0.9's XMLSerializer wrote when the feeds were still edited as a
// DOM, so that dropping the DOM did not change a byte: text escapes `<`, `&`, `>`; attribute values also escape `"` and
// keep tab, LF and CR as character references (a parser would otherwise normalise them to spaces).
const TEXT_SPECIAL_RE = /[<&>]/g;
const ATTRIBUTE_SPECIAL_RE = /[<>&"\t\n\r]/g;
const REFERENCES: Readonly<Record<string, string>> = {
	"<": "&lt;",
	">": "&gt;",
	"&": "&amp;",
	'"': "&quot;",
	"\t": "&#9;",
	"\n": "&#10;",
	"\r": "&#13;",
};

function toReference(char: string): string {
	return REFERENCES[char] ?? char;
}

/** Escapes character data for element content. Characters XML forbids are the caller's to strip. */
export function escapeXmlText(text: string): string {
	return text.replace(TEXT_SPECIAL_RE, toReference);
}

/** Escapes a value for a double-quoted attribute. */
export function escapeXmlAttribute(value: string): string {
	return value.replace(ATTRIBUTE_SPECIAL_RE, toReference);
}

/** One attribute as it sits in a start tag, leading space included. */
export function formatAttribute(name: string, value: string): string {
	return ` ${name}="${escapeXmlAttribute(value)}"`;
}

/**
 * An element with optional attributes and text. Without text it is self-closing; with text, even empty text, it gets
 * an end tag (a DOM element holding an empty text node serialized that way).
 */
export function formatElement(
	name: string,
	options: { readonly attributes?: Readonly<Record<string, string>>; readonly text?: string } = {},
): string {
	let tag = `<${name}`;
	for (const [key, value] of Object.entries(options.attributes ?? {})) tag += formatAttribute(key, value);
	return options.text === undefined ? `${tag}/>` : `${tag}>${escapeXmlText(options.text)}</${name}>`;
}
