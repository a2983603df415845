import type { Element, ElementContent, ElementData, Root, RootContent, Text } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { toHtml } from "hast-util-to-html";
import { parseFragment as parseFragmentWithParse5 } from "parse5";
import { VFile } from "vfile";
import { boundDepth } from "./bound-depth.js";
import { closeSelfClosingTags } from "./close-self-closing-tags.js";

declare module "hast" {
	interface RootData {
		/** Set by parseHtml when content nested deeper than MAX_HTML_DEPTH was flattened. */
		isFlattened?: boolean;
	}
}

/** A node that can hold children: the fragment root or an element. */
export type ParentNode = Root | Element;

/** Any node that can be a child. */
export type ChildNode = RootContent | ElementContent;

/** Elements that start a new block in a feed reader; everything else is phrasing content. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
	"address",
	"article",
	"aside",
	"blockquote",
	"details",
	"dd",
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
	"tbody",
	"td",
	"tfoot",
	"th",
	"thead",
	"tr",
	"ul",
]);

/** Elements whose text is code or raw text: template syntax and typography inside them are the author's. */
export const CODE_TAGS: ReadonlySet<string> = new Set([
	"pre",
	"code",
	"kbd",
	"samp",
	"script",
	"style",
	"textarea",
	"xmp",
]);

/** Elements whose text a reader never sees as article prose. */
// <noscript> is not here: sanitize unwraps it, since a feed reader is exactly the no-script case.
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set(["script", "style", "template", "head", "title", "iframe"]);

/** Elements that carry content without text (an image is an article's content too). */
const MEDIA_TAGS: ReadonlySet<string> = new Set(["img", "video", "audio", "iframe", "picture", "svg", "hr"]);

// Hugo's `{{<` delimiter is not HTML, but the HTML tokenizer reads `{{<mermaid>}}` as an
// element `<mermaid>` and scrambles the paired shortcode; escaping the `<` of a complete
// `{{< name … >}}` keeps it as text (and leaves `{{<p>` alone: that `<p>` is a real tag).
// Spaces have one place each side of the `/` (`\s*\/?\s*` split a run of them every way at each `{{<`).
const HUGO_DELIMITER_RE = /\{\{<(?=\s*(?:\/\s*)?[A-Za-z_][\w-]*(?:\s[^<>]*)?>\}\})/g;

/**
 * Parses a body fragment into a hast tree (the only parse of a body). Without `lines` the nodes carry
 * no positions (`readLine` returns undefined), which makes the parse about a third cheaper.
 */
export function parseFragment(html: string, lines = true): Root {
	// XML-forbidden characters go before parsing, whatever the config: the feed cannot carry them, and
	// removing them later could leave an element empty after the rule that prunes empties. NFC first
	// too, so every rule matches "é" whether the author typed one code point or two.
	let repaired = stripXmlForbidden(html.normalize("NFC"));
	// Both patterns are tried at every `<` of the body; most bodies have neither `{{<` nor `/>`.
	if (repaired.includes("{{<")) repaired = repaired.replace(HUGO_DELIMITER_RE, "{{&lt;");
	if (repaired.includes("/>")) repaired = closeSelfClosingTags(repaired);
	return parseHtml(repaired, lines);
}

/**
 * Parses HTML as a reader would (a fragment, scripting off), with or without source positions (parse5's location
 * tracking is the costliest part of its parse, and only diagnostics read a line). The tree is bounded to
 * `MAX_HTML_DEPTH` before anything walks it (the conversion to hast recurses once per level); the root's
 * `data.isFlattened` says when deeper content was flattened.
 */
export function parseHtml(html: string, lines: boolean): Root {
	// parse5's tree builder is iterative, so any depth parses.
	const fragment = parseFragmentWithParse5(html, { scriptingEnabled: false, sourceCodeLocationInfo: lines });
	const isFlattened = boundDepth(fragment);
	// What hast-util-from-html does; the file gives the nodes their positions. A document fragment becomes a root.
	const tree = fromParse5(fragment, lines ? { file: new VFile(html) } : {}) as Root;
	if (isFlattened) tree.data = { ...tree.data, isFlattened };
	return tree;
}

// XML 1.0 §2.2 Char production: anything else makes the whole feed unreadable. ESC goes with the terminal escape
// sequence it starts (ECMA-48: a CSI, `ESC [ 1;31 m`, or an OSC ended by BEL or `ESC \`), as a title or a log pasted
// from a terminal holds them: without its ESC the rest ("[31m") was published as text.
const XML_FORBIDDEN_RE =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed.
	/\u001B(?:\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]|\][^\u0007\u001B]*(?:\u0007|\u001B\\))?|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Every character XML_FORBIDDEN_RE can remove, paired surrogates included: one plain scan, where the
// look-arounds make the full pattern slow on the whole body and on every text node.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being looked for.
const XML_SUSPECT_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Removes characters that XML 1.0 forbids (control characters, U+FFFE/U+FFFF, lone surrogates). */
export function stripXmlForbidden(text: string): string {
	return XML_SUSPECT_RE.test(text) ? text.replace(XML_FORBIDDEN_RE, "") : text;
}

/** True when the text has a character XML 1.0 forbids. */
export function hasXmlForbidden(text: string): boolean {
	if (!XML_SUSPECT_RE.test(text)) return false;
	XML_FORBIDDEN_RE.lastIndex = 0;
	const found = XML_FORBIDDEN_RE.test(text);
	XML_FORBIDDEN_RE.lastIndex = 0;
	return found;
}

/** Serializes a tree to HTML that is safe inside CDATA and XML (the only serialization of a body). */
export function serializeTree(tree: Root): string {
	// HTML drops one newline right after <pre>, so a <pre> whose text starts with one needs an extra
	// one to read back the same (hast-util-to-html does not add it). Restored after serializing.
	const padded: Text[] = [];
	walkElements(tree, (element) => {
		const first = element.children[0];
		if (
			(element.tagName === "pre" || element.tagName === "textarea") &&
			first?.type === "text" &&
			first.value.startsWith("\n")
		) {
			first.value = `\n${first.value}`;
			padded.push(first);
		}
	});
	try {
		const html = toHtml(tree, {
			characterReferences: { useNamedReferences: true },
		});
		// The feed puts this HTML in a CDATA section, which ends at the first `]]>`; `&gt;` reads
		// the same in text and attribute values.
		return stripXmlForbidden(html).replaceAll("]]>", "]]&gt;");
	} finally {
		for (const text of padded) text.value = text.value.slice(1);
	}
}

/** True when the node is an element, optionally with the given tag name. */
export function isElement(node: ChildNode | Root | undefined, tagName?: string): node is Element {
	return node !== undefined && node.type === "element" && (tagName === undefined || node.tagName === tagName);
}

/** True when the node is a text node holding only whitespace. */
export function isBlankText(node: ChildNode | undefined): node is Text {
	return node !== undefined && node.type === "text" && node.value.trim() === "";
}

/**
 * Visible text of a node: invisible elements are skipped and `<br>` reads as a line break. `standIn` leaves out
 * more elements: the text it returns for one stands in for it (undefined: the element is read).
 */
export function readText(
	node: ChildNode | Root,
	hidden: ReadonlySet<string> = INVISIBLE_TAGS,
	standIn?: (element: Element) => string | undefined,
): string {
	if (node.type === "text") return node.value;
	if (node.type === "element") {
		if (hidden.has(node.tagName)) return "";
		if (node.tagName === "br") return "\n";
		if (node.tagName === "img") return "";
		const replacement = standIn?.(node);
		if (replacement !== undefined) return replacement;
	}
	if (node.type === "element" || node.type === "root") {
		let text = "";
		for (const child of node.children) {
			// A block is separate from the words around it even when the HTML has no space there.
			const isBlock = isElement(child) && BLOCK_TAGS.has(child.tagName);
			const inner = readText(child, hidden, standIn);
			text += isBlock ? `\n${inner}\n` : inner;
		}
		return text;
	}
	return "";
}

// A run of two or more whitespace characters, or one that is not a plain space.
const COLLAPSIBLE_WHITESPACE_RE = /\s\s+|[^\S ]/g;

/** Collapses all whitespace (NBSP included) to single spaces and trims. */
export function collapseWhitespace(text: string): string {
	// Same result as replacing every `\s+` run, but a lone space (most of them) is not a match to rewrite:
	// about three times faster on article text, and this runs on every block's text in several rules.
	return text.replace(COLLAPSIBLE_WHITESPACE_RE, " ").trim();
}

/**
 * True when the node holds visible text or media, i.e. a reader would show something. `known` keeps the answer for
 * each element read (with these `hidden` tags, while the tree does not change below it): a rule that asks at every
 * level of a deep tree reads each element once, not once for each element above it (depth × size).
 */
export function hasContent(
	node: ChildNode | Root,
	hidden: ReadonlySet<string> = INVISIBLE_TAGS,
	known?: Map<Element, boolean>,
): boolean {
	if (node.type === "text") return node.value.trim() !== "";
	if (node.type === "element") {
		if (MEDIA_TAGS.has(node.tagName)) return true;
		if (hidden.has(node.tagName)) return false;
		// A table cell or code block keeps its place in the structure even when blank.
		if (node.tagName === "td" || node.tagName === "th") return true;
		const cached = known?.get(node);
		if (cached !== undefined) return cached;
		const answer = node.children.some((child) => hasContent(child, hidden, known));
		known?.set(node, answer);
		return answer;
	}
	if (node.type === "root") return node.children.some((child) => hasContent(child, hidden, known));
	return false;
}

/**
 * Calls `visit` on every element, parents before children, with its parent and index; `"skip"` skips its children.
 * Iterative, so no depth of tree can overflow the stack; children are read as they are when reached.
 */
export function walkElements(
	root: ParentNode,
	visit: (element: Element, parent: ParentNode, index: number) => unknown,
): void {
	visitElements(root, (element, parent, index) => (visit(element, parent, index) === "skip" ? "skip" : undefined));
}

/**
 * Visits every element, parents before children, iteratively: the visitor may return "skip" (do not descend) or the
 * index to go on from after it replaced or removed nodes of `parent.children` (unist-util-visit's `[SKIP, index]`).
 * unist-util-visit itself was measured 10–20× slower on article trees, and the rules walk every tree several times.
 */
export function visitElements(
	root: ParentNode,
	visitor: (element: Element, parent: ParentNode, index: number) => "skip" | number | undefined,
): void {
	const stack: [ParentNode, number][] = [[root, 0]];
	for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
		const [parent, index] = top;
		if (index >= parent.children.length) {
			stack.pop();
			continue;
		}
		const child = parent.children[index];
		if (!isElement(child)) {
			top[1] = index + 1;
			continue;
		}
		const next = visitor(child, parent, index);
		if (typeof next === "number") top[1] = next;
		else {
			top[1] = index + 1;
			if (next !== "skip") stack.push([child, 0]);
		}
	}
}

/** Calls `visit` on every text node outside code, raw-text and invisible elements. */
export function walkProseText(
	parent: ParentNode,
	visit: (text: Text, parent: ParentNode, index: number) => void,
): void {
	for (let index = 0; index < parent.children.length; index++) {
		const child = parent.children[index];
		if (child === undefined) continue;
		if (child.type === "text") visit(child, parent, index);
		else if (isElement(child) && !CODE_TAGS.has(child.tagName) && !INVISIBLE_TAGS.has(child.tagName)) {
			walkProseText(child, visit);
		}
	}
}

/** Removes every child for which `isDropped` is true, at any depth; returns how many were removed. */
export function removeWhere(parent: ParentNode, isDropped: (node: ChildNode, parent: ParentNode) => boolean): number {
	let removed = 0;
	const kept: ChildNode[] = [];
	for (const child of parent.children) {
		if (isDropped(child, parent)) {
			removed++;
			continue;
		}
		if (isElement(child)) removed += removeWhere(child, isDropped);
		kept.push(child);
	}
	setChildren(parent, kept);
	return removed;
}

/** Replaces a parent's children (hast types roots and elements with different child types). */
export function setChildren(parent: ParentNode, children: readonly ChildNode[]): void {
	if (parent.type === "root") parent.children = [...children] as RootContent[];
	else parent.children = children.filter((child): child is ElementContent => child.type !== "doctype");
}

/** Merges text nodes that sit side by side (a reparse of the serialized tree would merge them). */
export function mergeAdjacentText(parent: ParentNode): void {
	const kept: ChildNode[] = [];
	for (const child of parent.children) {
		if (isElement(child)) mergeAdjacentText(child);
		const previous = kept.at(-1);
		if (child.type === "text" && previous?.type === "text") previous.value += child.value;
		else kept.push(child);
	}
	if (kept.length !== parent.children.length) setChildren(parent, kept);
}

/** Records facts about an element in hast `data`, which is never serialized (the unified convention). */
export function setElementData(element: Element, facts: Omit<ElementData, "position">): void {
	element.data = { ...element.data, position: element.data?.position ?? {}, ...facts };
}

/** Builds a text node. */
export function createText(value: string): Text {
	return { type: "text", value };
}

/** Builds an element. */
export function createElement(
	tagName: string,
	properties: Element["properties"] = {},
	children: ElementContent[] = [],
): Element {
	return { type: "element", tagName, properties, children };
}

/** A string-valued property of an element (hast stores some attributes as lists or numbers). */
export function readProperty(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	if (Array.isArray(value)) return value.join(" ");
	return String(value);
}

/** The element's class names. */
export function readClassNames(element: Element): string[] {
	const value = element.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
}

/** The 1-based line of a node in the body HTML, when the parser recorded it. */
export function readLine(node: ChildNode | Root): number | undefined {
	return node.position?.start.line;
}
