import { escapeXmlAttribute, escapeXmlText, formatAttribute, formatElement } from "./xml-markup.js";
import { childElements, outlineXml, type XmlElement } from "./xml-outline.js";

export { childElements, type XmlElement };

// What an XML parser does to line endings before anything else; xmldom also folds NEL, LS and PS. The feeds went
// through xmldom until it was replaced by splicing, so `feed`'s part of them keeps this exact treatment.
const LINE_ENDING_RE = /\r[\n\u0085]?|[\u0085\u2028\u2029]/g;
const WHITESPACE_ONLY_RE = /^\s*$/;
const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

interface Splice {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/**
 * XML that `feed` produced, extended by splicing text into it rather than by a DOM round trip: parsing ~300 KB of
 * feed with xmldom took most of the time of rendering the feeds. Every change lands where the DOM editing used to put
 * it and is written the way xmldom's serializer wrote it, so the output is the same bytes.
 */
export class EditableXml {
	readonly root: XmlElement;
	readonly #xml: string;
	readonly #splices: Splice[] = [];
	readonly #emptyElements: readonly XmlElement[];
	/** Elements given content by an edit: they are no longer empty. */
	readonly #filled = new Set<XmlElement>();

	readonly #stylesheet: string | undefined;

	/** `stylesheet`: the href of a CSS stylesheet to name in an `xml-stylesheet` processing instruction. */
	constructor(xml: string, stylesheet?: string) {
		this.#stylesheet = stylesheet;
		this.#xml = xml.replace(LINE_ENDING_RE, "\n");
		const outline = outlineXml(this.#xml);
		this.root = outline.root;
		this.#emptyElements = outline.emptyElements;
	}

	/** Sets an attribute: in place when the start tag has it, else after the existing ones. At most once per name. */
	setAttribute(element: XmlElement, name: string, value: string): void {
		const existing = findAttributeValue(this.#xml.slice(element.start, element.startTagEnd), name);
		if (existing === undefined) {
			const at = element.startTagEnd - (element.selfClosing ? 2 : 1);
			this.#splice(at, at, formatAttribute(name, value));
		} else {
			this.#splice(element.start + existing.start, element.start + existing.end, `"${escapeXmlAttribute(value)}"`);
		}
	}

	/** Replaces everything inside the element with plain text (an empty string still leaves an end tag). */
	replaceContentWithText(element: XmlElement, text: string): void {
		this.#filled.add(element);
		if (element.selfClosing) {
			this.#splice(element.startTagEnd - 2, element.startTagEnd, `>${escapeXmlText(text)}</${element.name}>`);
		} else {
			this.#splice(element.startTagEnd, element.closeStart, escapeXmlText(text));
		}
	}

	/** Appends a child element, on its own line and indented one step deeper than the parent, like its siblings. */
	appendElement(
		parent: XmlElement,
		name: string,
		options: { readonly attributes?: Readonly<Record<string, string>>; readonly text?: string } = {},
	): void {
		if (parent.selfClosing) throw new Error(`cannot append to the empty element <${parent.name}>`);
		this.#filled.add(parent);
		const markup = formatElement(name, options);
		const trailing = this.#xml.slice(parent.contentMarkupEnd, parent.closeStart);
		if (trailing !== "" && WHITESPACE_ONLY_RE.test(trailing)) {
			// Before the whitespace that indents the end tag, on a new line at the children's indentation.
			this.#splice(parent.contentMarkupEnd, parent.contentMarkupEnd, `\n${this.#indentationOf(parent)}    ${markup}`);
		} else {
			this.#splice(parent.closeStart, parent.closeStart, markup);
		}
	}

	/** The edited document, with the XML declaration on its own line and a final newline. */
	serialize(): string {
		const splices = this.#splices.slice();
		// xml-js writes empty text as `<x></x>`; the DOM round trip wrote `<x/>`, and the feeds keep that.
		for (const element of this.#emptyElements) {
			if (!this.#filled.has(element)) splices.push({ start: element.startTagEnd - 1, end: element.end, text: "/>" });
		}
		splices.sort((a, b) => a.start - b.start);
		// Everything outside the root element is xml-js's declaration; the feeds always carry this one.
		const parts = [DECLARATION, "\n"];
		// W3C "Associating Style Sheets with XML documents" 1.0: a browser that opens the feed styles it with this CSS.
		// Not `feed`'s `stylesheet` option, which always says type="text/xsl".
		if (this.#stylesheet !== undefined)
			parts.push(`<?xml-stylesheet type="text/css"${formatAttribute("href", this.#stylesheet)}?>\n`);
		let position = this.root.start;
		for (const splice of splices) {
			if (splice.start < position) throw new Error("overlapping XML edits");
			parts.push(this.#xml.slice(position, splice.start), splice.text);
			position = splice.end;
		}
		parts.push(this.#xml.slice(position, this.root.end), "\n");
		return parts.join("");
	}

	#splice(start: number, end: number, text: string): void {
		this.#splices.push({ start, end, text });
	}

	/** The spaces after the last line break in the text just before the element; none if no text precedes it. */
	#indentationOf(element: XmlElement): string {
		const before = this.#xml.slice(element.previousMarkupEnd, element.start);
		return before.slice(before.lastIndexOf("\n") + 1);
	}
}

/** Offsets of an attribute's quoted value (quotes included) within a start tag, or undefined when it is absent. */
function findAttributeValue(startTag: string, name: string): { start: number; end: number } | undefined {
	const re = /\s([^\s=/>]+)\s*=\s*"[^"]*"/g;
	for (let match = re.exec(startTag); match !== null; match = re.exec(startTag)) {
		if (match[1] !== name) continue;
		const start = startTag.indexOf('"', match.index);
		return { start, end: match.index + match[0].length };
	}
	return undefined;
}
