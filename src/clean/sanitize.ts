import type { Element, Properties, Root } from "hast";
import { appendAll } from "../append-all.js";
import { readSrcsetUrls } from "../url/read-safe-srcset.js";
import { isSafeUrl, readSafeUrl, urlUseOf } from "../url/read-safe-url.js";
import { linkToIframe } from "./embed-links.js";
import { DROPPED_WITH_CONTENT } from "./html-vocabulary.js";
import type { CleanRule, CleanState } from "./rule.js";
import {
	BLOCK_TAGS,
	type ChildNode,
	createElement,
	isElement,
	type ParentNode,
	readClassNames,
	serializeTree,
	setChildren,
	walkElements,
} from "./tree.js";

// Attributes allowed on every kept element (hast property names).
const GLOBAL_ATTRIBUTES = ["title", "lang", "dir"];

// What feed readers render; anything else is unwrapped (its text kept) or, for blocks, becomes a div.
const ALLOWED: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
	["a", ["href"]],
	["abbr", []],
	["b", []],
	["bdi", []],
	["bdo", []],
	["blockquote", ["cite"]],
	["br", []],
	["caption", []],
	["cite", []],
	// `class="language-ruby"`: the code's language, as CommonMark's info string and Jekyll's highlight give it.
	["code", ["className"]],
	["col", ["span"]],
	["colgroup", ["span"]],
	["dd", []],
	["del", ["cite", "dateTime"]],
	["details", ["open"]],
	["dfn", []],
	["div", []],
	["dl", []],
	["dt", []],
	["em", []],
	["figcaption", []],
	["figure", []],
	["h1", []],
	["h2", []],
	["h3", []],
	["h4", []],
	["h5", []],
	["h6", []],
	["hr", []],
	["i", []],
	["img", ["src", "srcSet", "sizes", "alt", "width", "height"]],
	["ins", ["cite", "dateTime"]],
	["kbd", []],
	["li", ["value"]],
	["mark", []],
	["ol", ["start", "reversed", "type"]],
	["p", []],
	["pre", []],
	["q", ["cite"]],
	["rp", []],
	["rt", []],
	["ruby", []],
	["s", []],
	["samp", []],
	["small", []],
	["span", []],
	["strong", []],
	["sub", []],
	["summary", []],
	["sup", []],
	["table", []],
	["tbody", []],
	["td", ["colSpan", "rowSpan", "headers"]],
	["tfoot", []],
	["th", ["colSpan", "rowSpan", "headers", "scope"]],
	["thead", []],
	["time", ["dateTime"]],
	["tr", []],
	["u", []],
	["ul", []],
	["var", []],
	["wbr", []],
	["video", ["src", "poster", "width", "height", "controls"]],
	["audio", ["src", "controls"]],
	["source", ["src", "srcSet", "type", "media", "sizes"]],
]);

const URL_ATTRIBUTES: ReadonlySet<string> = new Set(["href", "src", "poster", "cite"]);
const NUMBER_RE = /^\d+%?$/;
const LANG_RE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

declare module "hast" {
	interface ElementData {
		/** Set by sanitize on an element whose (dropped) class named it a copyright or licence notice. */
		isRightsNotice?: boolean;
		/** Set by sanitize on the footnotes block (`class="footnotes"`: markdown-it, Hugo, kramdown, Pandoc). */
		isFootnotes?: boolean;
		/** Set by sanitize on a footnote reference, the "1" or "[1]" in the text that points to a note. */
		isFootnoteRef?: boolean;
	}
}

// license-notice runs after sanitize (so it sees the body as it will be published) but still wants
// to know that `<section class="copyright">` was a notice: the fact survives in hast `data`, which
// is never serialized.
function isNoticeClassed(element: Element): boolean {
	return readClassNames(element).some((name) => /copyright|licen[cs]e/i.test(name));
}

// A footnote reference as generators write it: markdown-it's `<sup class="footnote-ref">`, goldmark's (Hugo) and
// Pandoc's `<a class="footnote-ref">`, kramdown's (Jekyll) `<a class="footnote">`, and the DPUB-ARIA role
// `doc-noteref` (https://www.w3.org/TR/dpub-aria-1.1/#doc-noteref) that goldmark and kramdown add.
function isFootnoteReference(element: Element): boolean {
	const classes = readClassNames(element);
	return (
		classes.includes("footnote-ref") ||
		(element.tagName === "a" && classes.includes("footnote")) ||
		element.properties.role === "doc-noteref"
	);
}

// What the dropped classes said, kept in `data` for the rules after sanitize.
function classFacts(element: Element, data: Element["data"]): Element["data"] {
	const isRightsNotice = isNoticeClassed(element);
	const isFootnotes = readClassNames(element).includes("footnotes");
	const isFootnoteRef = isFootnoteReference(element);
	if (!isRightsNotice && !isFootnotes && !isFootnoteRef) return data;
	return {
		...data,
		position: data?.position ?? {},
		...(isRightsNotice && { isRightsNotice }),
		...(isFootnotes && { isFootnotes }),
		...(isFootnoteRef && { isFootnoteRef }),
	};
}

/**
 * The cleaned tree serialized with the facts sanitize kept of the classes it dropped written back as such classes,
 * for cleaning the body a second time (see cleanHtml): that pass's sanitize reads them again and drops them again,
 * so a footnote reference or a notice is known as one there too. Never published.
 */
export function serializeWithClassFacts(tree: Root): string {
	const restore: [Element, Element["properties"]["className"]][] = [];
	walkElements(tree, (element) => {
		const data = element.data;
		const classes = [
			...(data?.isRightsNotice === true ? ["copyright"] : []),
			...(data?.isFootnotes === true ? ["footnotes"] : []),
			...(data?.isFootnoteRef === true ? ["footnote-ref"] : []),
		];
		if (classes.length === 0) return undefined;
		restore.push([element, element.properties.className]);
		element.properties.className = classes;
		return undefined;
	});
	try {
		return serializeTree(tree);
	} finally {
		for (const [element, className] of restore) {
			if (className === undefined) delete element.properties.className;
			else element.properties.className = className;
		}
	}
}

/** Sanitizes the tree to the feed allowlist; returns how many elements and attributes it removed or rewrote. */
export function sanitizeTree(tree: Root, state: CleanState): number {
	return sanitizeChildren(tree, false, state.context.baseUrl);
}

function sanitizeChildren(parent: ParentNode, insideLink: boolean, baseUrl: string): number {
	let hits = 0;
	const kept: ChildNode[] = [];
	for (const child of parent.children) {
		if (child.type === "text") {
			kept.push(child);
			continue;
		}
		if (!isElement(child)) {
			// Comments and doctypes: readers ignore them at best, and IE conditional comments hide markup.
			hits++;
			continue;
		}
		if (child.tagName === "iframe") {
			hits++;
			const link = insideLink ? undefined : linkToIframe(child, (src) => readSafeUrl(src, "web", baseUrl));
			if (link !== undefined) kept.push(link);
			continue;
		}
		if (DROPPED_WITH_CONTENT.has(child.tagName)) {
			hits++;
			continue;
		}
		const isLink = child.tagName === "a";
		hits += sanitizeChildren(child, insideLink || isLink, baseUrl);
		const allowed = ALLOWED.get(child.tagName);
		if (allowed === undefined) {
			hits++;
			if (BLOCK_TAGS.has(child.tagName) || child.tagName === "center") {
				// An unknown block (article, section, footer…) still separates its text from its neighbours.
				const div = createElement("div", {}, child.children);
				div.data = classFacts(child, div.data);
				kept.push(div);
			} else appendAll(kept, child.children);
			continue;
		}
		const { properties, removed } = filterProperties(child, allowed);
		hits += removed;
		child.data = classFacts(child, child.data);
		child.properties = properties;
		// A span or anchor with nothing left to say is just its text.
		const isBareSpan = child.tagName === "span" && Object.keys(properties).length === 0;
		const isDeadLink = isLink && properties.href === undefined;
		if (isBareSpan || isDeadLink) {
			appendAll(kept, child.children);
			continue;
		}
		if (child.tagName === "source" && !(isElement(parent, "video") || isElement(parent, "audio"))) {
			hits++;
			continue;
		}
		kept.push(child);
	}
	setChildren(parent, kept);
	return hits;
}

function filterProperties(element: Element, allowed: readonly string[]): { properties: Properties; removed: number } {
	const properties: Properties = {};
	let removed = 0;
	for (const [name, value] of Object.entries(element.properties)) {
		if (value === undefined || value === null) continue;
		const keep =
			(GLOBAL_ATTRIBUTES.includes(name) || allowed.includes(name)) && isSafeValue(element.tagName, name, value);
		if (keep) properties[name] = value;
		else removed++;
	}
	return { properties, removed };
}

function isSafeValue(tagName: string, name: string, value: Properties[string]): boolean {
	const text = Array.isArray(value) ? value.join(" ") : String(value);
	// The URL policy (src/url/): relative URLs pass here and are resolved by absolute-urls.
	if (URL_ATTRIBUTES.has(name)) return isSafeUrl(text, urlUseOf(tagName, name));
	if (name === "srcSet") return readSrcsetUrls(text).every((url) => isSafeUrl(url, "image"));
	if (name === "width" || name === "height") return NUMBER_RE.test(text);
	if (name === "lang") return LANG_RE.test(text);
	if (name === "dir") return ["ltr", "rtl", "auto"].includes(text);
	if (name === "type" && tagName === "ol") return /^[1aAiI]$/.test(text);
	if (name === "className") return tagName === "code" && /^language-[\w+#.-]{1,40}$/.test(text);
	return true;
}

/** Rule `sanitize`. */
export const sanitize: CleanRule = {
	id: "sanitize",
	description:
		"Keeps only feed-safe markup: drops script/style/object/embed/forms, event handlers, class/id/style/data-* and URLs the URL policy refuses; an iframe left becomes a link.",
	defaultEnabled: true,
	run: sanitizeTree,
};
