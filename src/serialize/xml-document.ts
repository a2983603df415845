import { DOMParser, type Document, type Element, type Node, XMLSerializer } from "@xmldom/xmldom";

/** Parses XML that `feed` produced so it can be extended; throws if it is not well-formed (a bug, not bad input). */
export function parseXml(xml: string): Document {
	return new DOMParser({
		onError: (level, message) => {
			if (level !== "warning") throw new Error(`feed produced malformed XML: ${message}`);
		},
	}).parseFromString(xml, "text/xml");
}

/** Serializes back, restoring the XML declaration that the DOM does not keep. */
export function serializeXml(doc: Document): string {
	const body = new XMLSerializer().serializeToString(doc).replace(/^<\?xml[^>]*\?>\s*/, "");
	return `<?xml version="1.0" encoding="utf-8"?>\n${body}\n`;
}

/** Appends a child element with optional attributes and text, indented to sit with its siblings. */
export function appendElement(
	parent: Element,
	name: string,
	options: {
		readonly attributes?: Readonly<Record<string, string>>;
		readonly text?: string;
		readonly namespace?: string;
	} = {},
): Element {
	const doc = parent.ownerDocument;
	if (doc === null) throw new Error("element is not in a document");
	const element =
		options.namespace === undefined ? doc.createElement(name) : doc.createElementNS(options.namespace, name);
	for (const [key, value] of Object.entries(options.attributes ?? {})) element.setAttribute(key, value);
	if (options.text !== undefined) element.appendChild(doc.createTextNode(options.text));
	const indent = indentationOf(parent);
	const closing = parent.lastChild;
	if (closing !== null && closing.nodeType === closing.TEXT_NODE && /^\s*$/.test(closing.nodeValue ?? "")) {
		parent.insertBefore(doc.createTextNode(`\n${indent}    `), closing);
		parent.insertBefore(element, closing);
	} else {
		parent.appendChild(element);
	}
	return element;
}

function indentationOf(element: Element): string {
	const previous = element.previousSibling;
	const text = previous !== null && previous.nodeType === previous.TEXT_NODE ? (previous.nodeValue ?? "") : "";
	return text.slice(text.lastIndexOf("\n") + 1);
}

/** Direct children of `parent` with the given tag name, in document order. */
export function childElements(parent: Element, name: string): Element[] {
	const out: Element[] = [];
	for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
		if (isElement(node) && node.tagName === name) out.push(node);
	}
	return out;
}

function isElement(node: Node): node is Element {
	return node.nodeType === node.ELEMENT_NODE;
}
