import type { Element, Root } from "hast";
import { HEADING_TAGS } from "./html-vocabulary.js";
import { type ChildNode, hasXmlForbidden, type ParentNode } from "./tree.js";

// The HTML parser builds exactly the serialized tree when every start tag reaches its "any other start tag"
// step, or a step that only closes an open <p>, a heading or a list item (WHATWG HTML §13.2.6.4.7 "in body").
// This is a conservative model of those steps for the elements a cleaned body holds; anything it does not
// know (comments, forms, raw text, foreign content, odd attribute values) is "not sure", and the caller parses.

// "Any other start tag", or a formatting element (<a> too, unless inside another): inserted where it stands.
const INLINE_TAGS: ReadonlySet<string> = new Set([
	"a",
	"abbr",
	"audio",
	"b",
	"bdi",
	"bdo",
	"cite",
	"code",
	"del",
	"dfn",
	"em",
	"i",
	"ins",
	"kbd",
	"mark",
	"picture",
	"q",
	"s",
	"samp",
	"small",
	"span",
	"strong",
	"sub",
	"sup",
	"time",
	"u",
	"var",
	"video",
]);

// Start tags that first close an open <p> (§13.2.6.4.7: "address, article, …", h1–h6, pre, li, dd, dt, table, hr).
const CLOSES_P_TAGS: ReadonlySet<string> = new Set([
	"address",
	"article",
	"aside",
	"blockquote",
	"dd",
	"details",
	"div",
	"dl",
	"dt",
	"figcaption",
	"figure",
	"footer",
	"h1",
	"h2",
	"h3",
	"h4",
	"h5",
	"h6",
	"header",
	"hr",
	"li",
	"main",
	"nav",
	"ol",
	"p",
	"pre",
	"section",
	"summary",
	"table",
	"ul",
]);

// Inserted and closed at once; a child would not survive serializing.
const VOID_TAGS: ReadonlySet<string> = new Set(["br", "col", "hr", "img", "source", "track", "wbr"]);

// Where each table part is put by the parser's table modes: anywhere else it is moved, dropped or gets an implied
// parent (a <tr> straight in <table> gains a <tbody>).
const REQUIRED_PARENT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
	["li", new Set(["ul", "ol"])],
	["dd", new Set(["dl"])],
	["dt", new Set(["dl"])],
	["caption", new Set(["table"])],
	["colgroup", new Set(["table"])],
	["thead", new Set(["table"])],
	["tbody", new Set(["table"])],
	["tfoot", new Set(["table"])],
	["tr", new Set(["thead", "tbody", "tfoot"])],
	["td", new Set(["tr"])],
	["th", new Set(["tr"])],
	["col", new Set(["colgroup"])],
]);

// Table modes foster-parent anything but these children and whitespace (§13.2.6.4.9 "in table").
const TABLE_CONTENT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
	["table", new Set(["caption", "colgroup", "thead", "tbody", "tfoot"])],
	["thead", new Set(["tr"])],
	["tbody", new Set(["tr"])],
	["tfoot", new Set(["tr"])],
	["tr", new Set(["td", "th"])],
	["colgroup", new Set(["col"])],
]);

// Attributes by how hast reads them back (property-information): strings as they are, numbers parsed, booleans.
const STRING_PROPERTIES: ReadonlySet<string> = new Set([
	"alt",
	"cite",
	"dateTime",
	"dir",
	"href",
	"lang",
	"media",
	"poster",
	"scope",
	"sizes",
	"src",
	"srcSet",
	"title",
	"type",
]);
const NUMBER_PROPERTIES: ReadonlySet<string> = new Set(["colSpan", "height", "rowSpan", "span", "start", "width"]);
const BOOLEAN_PROPERTIES: ReadonlySet<string> = new Set(["controls", "open", "reversed"]);

const ASCII_WHITESPACE_RE = /^[\t\n\f ]*$/;

/**
 * True when parsing the serialized tree is certain to give the same tree back, so the read-back parse can be
 * skipped; false means "not sure", never "unstable".
 */
export function isParseStable(tree: Root): boolean {
	return areChildrenStable(tree, false, false, false);
}

function areChildrenStable(parent: ParentNode, inP: boolean, inHeading: boolean, inLink: boolean): boolean {
	const tableContent = parent.type === "element" ? TABLE_CONTENT.get(parent.tagName) : undefined;
	let previous: ChildNode | undefined;
	for (const child of parent.children) {
		if (child.type === "text") {
			// The parser merges neighbouring text and drops empty text; table modes move text that is not
			// whitespace out of the table.
			if (child.value === "" || previous?.type === "text" || !isTextStable(child.value)) return false;
			if (tableContent !== undefined && !ASCII_WHITESPACE_RE.test(child.value)) return false;
		} else if (child.type === "element") {
			if (tableContent !== undefined && !tableContent.has(child.tagName)) return false;
			if (!isElementStable(child, parent, inP, inHeading, inLink)) return false;
		} else return false;
		previous = child;
	}
	return true;
}

function isElementStable(
	element: Element,
	parent: ParentNode,
	inP: boolean,
	inHeading: boolean,
	inLink: boolean,
): boolean {
	const tag = element.tagName;
	const required = REQUIRED_PARENT.get(tag);
	if (required !== undefined && !(parent.type === "element" && required.has(parent.tagName))) return false;
	if (required === undefined && !INLINE_TAGS.has(tag) && !CLOSES_P_TAGS.has(tag) && !VOID_TAGS.has(tag)) {
		return false;
	}
	// A <p> (or a list, a table…) inside a <p> closes it; a heading straight in a heading closes it; an <a> in an
	// <a> runs the adoption agency.
	if (inP && CLOSES_P_TAGS.has(tag)) return false;
	if (inHeading && HEADING_TAGS.has(tag)) return false;
	if (inLink && tag === "a") return false;
	if (!arePropertiesStable(element)) return false;
	if (VOID_TAGS.has(tag)) return element.children.length === 0;
	// A <pre> needs nothing more: serializeTree doubles its leading newline, which the parser then drops.
	return areChildrenStable(element, inP || tag === "p", inHeading || HEADING_TAGS.has(tag), inLink || tag === "a");
}

function arePropertiesStable(element: Element): boolean {
	for (const [name, value] of Object.entries(element.properties)) {
		// Not serialized, so not read back either.
		if (value === undefined || value === null || value === false) continue;
		if (STRING_PROPERTIES.has(name)) {
			if (typeof value !== "string" || !isTextStable(value)) return false;
		} else if (NUMBER_PROPERTIES.has(name)) {
			if (typeof value !== "number" && !(typeof value === "string" && isNumberTextStable(value))) return false;
		} else if (!(BOOLEAN_PROPERTIES.has(name) && value === true)) return false;
	}
	return true;
}

// The parser turns CR into LF, and serializeTree removes XML-forbidden characters.
function isTextStable(value: string): boolean {
	return !value.includes("\r") && !hasXmlForbidden(value);
}

// hast reads a numeric attribute back as a number ("01" comes back as 1) and keeps any other text as it is.
function isNumberTextStable(value: string): boolean {
	if (Number.isNaN(Number(value))) return isTextStable(value);
	return value === "" || String(Number(value)) === value;
}
