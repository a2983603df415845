import type { Element, ElementContent } from "hast";
import { renderInlineMarkdown } from "../body/render-inline-markdown.js";
import { cleanPlainText } from "./plain-text.js";
import { createElement, createText, isElement, parseHtml } from "./tree.js";

/**
 * Hugo's `{{< figure >}}` as Hugo's own template renders it, for a feed: the picture (linked when `link` is set; its
 * `alt`, else the caption's words), then a caption of the title (in bold, where Hugo has a heading), the caption and
 * the credit (`attr`, linked by `attrlink`). Hugo reads the caption and the credit as Markdown (`markdownify`), so
 * their emphasis, code and links stay. Inside a paragraph's phrasing (emphasis, a link) only the picture fits.
 * Undefined without a `src`.
 */
export function renderHugoFigure(named: ReadonlyMap<string, string>, inPhrasing: boolean): Element | undefined {
	const src = named.get("src");
	if (src === undefined) return undefined;
	const caption = named.get("caption") ?? "";
	const alt = named.get("alt") || cleanPlainText(renderInlineMarkdown(caption));
	const size = ["width", "height"].filter((key) => named.has(key)).map((key) => [key, named.get(key)]);
	const img = createElement("img", { src, alt, ...Object.fromEntries(size) });
	const link = named.get("link");
	const picture = link ? createElement("a", { href: link }, [img]) : img;
	if (inPhrasing) return img;
	const title = named.get("title")?.trim() ?? "";
	const lines = [
		...(title === "" ? [] : [[createElement("strong", {}, [createText(title)])]]),
		joinWithSpace([markdownOf(caption), creditOf(named)]),
	].filter((line) => line.length > 0);
	const figcaption = lines.flatMap((line, index) => (index === 0 ? line : [createElement("br"), ...line]));
	return createElement("figure", {}, [
		picture,
		...(figcaption.length === 0 ? [] : [createElement("figcaption", {}, figcaption)]),
	]);
}

/** The credit: `attr` as Markdown, linked to `attrlink` unless it holds a link of its own (a link cannot hold one). */
function creditOf(named: ReadonlyMap<string, string>): ElementContent[] {
	const credit = markdownOf(named.get("attr") ?? "");
	const link = named.get("attrlink");
	if (credit.length === 0 || !link || credit.some((node) => isElement(node) && hasLink(node))) return credit;
	return [createElement("a", { href: link }, credit)];
}

function hasLink(element: Element): boolean {
	return element.tagName === "a" || element.children.some((node) => isElement(node) && hasLink(node));
}

/** Inline Markdown as nodes (sanitize checks them afterwards, as any markup of the body). */
function markdownOf(text: string): ElementContent[] {
	if (text.trim() === "") return [];
	return parseHtml(renderInlineMarkdown(text.trim()), false).children.filter(
		(node): node is ElementContent => node.type === "element" || node.type === "text",
	);
}

function joinWithSpace(parts: ElementContent[][]): ElementContent[] {
	return parts
		.filter((part) => part.length > 0)
		.flatMap((part, index) => (index === 0 ? part : [createText(" "), ...part]));
}
