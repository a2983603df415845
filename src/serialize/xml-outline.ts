/** Where one element of an XML document sits, by UTF-16 offsets into the text it was found in. */
export interface XmlElement {
	readonly name: string;
	/** Offset of the `<` that opens the start tag. */
	readonly start: number;
	/** Offset just past the start tag's `>`. */
	readonly startTagEnd: number;
	readonly selfClosing: boolean;
	/** End of the markup before this element inside its parent (the parent's start tag when it is the first child). */
	readonly previousMarkupEnd: number;
	/** End of the last markup inside this element (a child, a CDATA section), or `startTagEnd` when there is none. */
	contentMarkupEnd: number;
	/** Offset of the `</` of the end tag; `startTagEnd` for a self-closing element. */
	closeStart: number;
	/** Offset just past the element. */
	end: number;
	readonly children: XmlElement[];
}

/** The elements of a document: the root, and those written with nothing between their start and end tags. */
export interface XmlOutline {
	readonly root: XmlElement;
	/** `<x></x>`: a DOM has no child for them and writes them back as `<x/>`. */
	readonly emptyElements: readonly XmlElement[];
}

/**
 * Finds the elements of XML that `feed` produced (through xml-js): their names, tags and nesting, skipping CDATA
 * sections and the XML declaration. It checks that tags nest and close, which is all it needs to splice safely; it does
 * not re-check characters or entities, which are safe by construction (see xml-safe.ts and the escaping in
 * xml-markup.ts). Throws on anything xml-js never writes (comments, doctypes, unbalanced tags).
 */
export function outlineXml(xml: string): XmlOutline {
	const emptyElements: XmlElement[] = [];
	const documentNode = newElement("#document", 0, 0, false, 0);
	const open: XmlElement[] = [documentNode];
	let parent = documentNode;
	let position = 0;
	for (;;) {
		const lt = xml.indexOf("<", position);
		if (lt === -1) break;
		const next = xml.charCodeAt(lt + 1);
		if (next === QUESTION) {
			position = endOf(xml, "?>", lt);
		} else if (next === BANG) {
			if (!xml.startsWith("<![CDATA[", lt)) throw malformed(`unexpected markup at offset ${lt}`);
			position = endOf(xml, "]]>", lt);
		} else if (next === SLASH) {
			const gt = xml.indexOf(">", lt);
			if (parent === documentNode || gt !== lt + 2 + parent.name.length || !xml.startsWith(parent.name, lt + 2))
				throw malformed(`unexpected end tag at offset ${lt}`);
			if (lt === parent.startTagEnd) emptyElements.push(parent);
			parent.closeStart = lt;
			parent.end = gt + 1;
			open.pop();
			parent = open[open.length - 1] ?? documentNode;
			position = gt + 1;
		} else {
			const gt = startTagEnd(xml, lt);
			const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
			const element = newElement(tagName(xml, lt), lt, gt + 1, selfClosing, parent.contentMarkupEnd);
			parent.children.push(element);
			if (selfClosing) {
				position = gt + 1;
			} else {
				open.push(element);
				parent = element;
				position = gt + 1;
				continue;
			}
		}
		parent.contentMarkupEnd = position;
	}
	if (parent !== documentNode) throw malformed(`<${parent.name}> is never closed`);
	const root = documentNode.children[0];
	if (root === undefined || documentNode.children.length > 1) throw malformed("expected exactly one root element");
	return { root, emptyElements };
}

/** Direct children of `parent` with the given tag name, in document order. */
export function childElements(parent: XmlElement, name: string): XmlElement[] {
	return parent.children.filter((child) => child.name === name);
}

const QUESTION = 0x3f;
const BANG = 0x21;
const SLASH = 0x2f;
const QUOTE = 0x22;
const GT = 0x3e;

function newElement(
	name: string,
	start: number,
	tagEnd: number,
	selfClosing: boolean,
	previousMarkupEnd: number,
): XmlElement {
	return {
		name,
		start,
		startTagEnd: tagEnd,
		selfClosing,
		previousMarkupEnd,
		contentMarkupEnd: tagEnd,
		closeStart: tagEnd,
		end: tagEnd,
		children: [],
	};
}

/** Offset of the `>` closing the start tag at `lt`; a `>` inside a quoted attribute value does not count. */
function startTagEnd(xml: string, lt: number): number {
	let quoted = false;
	for (let i = lt + 1; i < xml.length; i++) {
		const code = xml.charCodeAt(i);
		if (code === QUOTE) quoted = !quoted;
		else if (code === GT && !quoted) return i;
	}
	throw malformed(`start tag at offset ${lt} is never closed`);
}

function tagName(xml: string, lt: number): string {
	const match = /^[^\s/>]+/.exec(xml.slice(lt + 1, lt + 200));
	if (match === null) throw malformed(`start tag without a name at offset ${lt}`);
	return match[0];
}

function endOf(xml: string, terminator: string, from: number): number {
	const at = xml.indexOf(terminator, from);
	if (at === -1) throw malformed(`markup at offset ${from} is never closed`);
	return at + terminator.length;
}

function malformed(message: string): Error {
	return new Error(`feed produced malformed XML: ${message}`);
}
