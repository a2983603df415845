import type { Element, Root } from "hast";
import { collapseWhitespace, parseHtml, readProperty, readText, serializeTree, walkElements } from "../clean/tree.js";

// A scraped article saved as the whole web page (`<!DOCTYPE html><html>…`), with no front matter: its head says what
// front matter would (Open Graph's and the article's metadata, the canonical link), and the article is what its
// <article> (else <main>) holds, not the site's menu and footer.
// Comments, a doctype, comments, then <html>. A comment may hold anything (so two in a row read as one), which makes
// the pattern one comment before or after the doctype: written as repeated comments it backtracked exponentially, a
// 300-byte page of "<!--…<HTML…-->" taking seconds and every 32 bytes more ten times longer.
const DOCUMENT_RE =
	/^\s*(?:(?:<!doctype\s+html[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)?|<!--[\s\S]*?-->\s*<!doctype\s+html[^>]*>\s*)<html[\s>]/i;

/** What a saved page's head gives as front matter, under wirefeed's keys, and the article's HTML. */
export interface HtmlDocument {
	readonly fields: Readonly<Record<string, string>>;
	readonly body: string;
}

// Each field from the first of its names that the page has (meta `property`, `name` or `itemprop`, lower-cased).
const META_FIELDS: readonly (readonly [field: string, names: readonly string[]])[] = [
	["title", ["og:title", "twitter:title"]],
	["date", ["article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "dc.date"]],
	["updated", ["article:modified_time", "og:updated_time", "datemodified"]],
	["author", ["author", "article:author"]],
	["description", ["og:description", "description", "twitter:description"]],
	["image", ["og:image", "twitter:image"]],
	["source", ["og:url"]],
];

/** The page's fields and article, or undefined when the HTML is not a whole page. */
export function readHtmlDocument(html: string): HtmlDocument | undefined {
	if (!DOCUMENT_RE.test(html)) return undefined;
	const tree = parseHtml(html, false);
	const metas = new Map<string, string>();
	const found = new Map<string, Element[]>([
		["title", []],
		["article", []],
		["main", []],
	]);
	let canonical: string | undefined;
	walkElements(tree, (element) => {
		const { tagName } = element;
		if (tagName === "meta") {
			const name =
				readProperty(element, "property") ?? readProperty(element, "name") ?? readProperty(element, "itemProp");
			const content = readProperty(element, "content")?.trim();
			// The first of a name wins: a page lists its main picture first.
			if (name !== undefined && content && !metas.has(name.toLowerCase())) metas.set(name.toLowerCase(), content);
		} else if (tagName === "link" && readProperty(element, "rel")?.toLowerCase() === "canonical") {
			canonical ??= readProperty(element, "href")?.trim();
		} else found.get(tagName)?.push(element);
		return undefined;
	});
	const fields: Record<string, string> = {};
	for (const [field, names] of META_FIELDS) {
		const value = names.map((name) => metas.get(name)).find((candidate) => candidate !== undefined);
		// An author given as a profile URL names nobody.
		if (value !== undefined && !(field === "author" && /^https?:\/\//i.test(value))) fields[field] = value;
	}
	if (canonical) fields.source = canonical;
	const container = only(found.get("article")) ?? only(found.get("main"));
	// Without an Open Graph title, the article's opening <h1> is the title, as an HTML fragment's is (the page's <title>
	// often adds the site's name); else the page's <title>. Its text is read as text: readText hides a <title>.
	const [titleElement] = found.get("title") ?? [];
	const pageTitle = titleElement === undefined ? "" : collapseWhitespace(readText(titleElement, SHOWN));
	const heading = container === undefined ? undefined : findOpeningElement(container);
	if (fields.title === undefined && pageTitle !== "" && heading?.tagName !== "h1") fields.title = pageTitle;
	return { fields, body: container === undefined ? html : readArticle(container, fields.title) };
}

// Nothing hidden: a <title>'s text is all it holds.
const SHOWN: ReadonlySet<string> = new Set();

// The container's first element, unless text comes before it.
function findOpeningElement(container: Element): Element | undefined {
	const first = container.children.find(
		(child) => child.type === "element" || (child.type === "text" && child.value.trim() !== ""),
	);
	return first?.type === "element" ? first : undefined;
}

function only(elements: readonly Element[] | undefined): Element | undefined {
	return elements?.length === 1 ? elements[0] : undefined;
}

/** The container's HTML without its opening <h1> when that is the title (the item shows the title already). */
function readArticle(container: Element, title: string | undefined): string {
	const heading = findOpeningElement(container);
	const children =
		heading?.tagName === "h1" &&
		title !== undefined &&
		collapseWhitespace(readText(heading)) === collapseWhitespace(title)
			? container.children.filter((child) => child !== heading)
			: container.children;
	return serializeTree({ type: "root", children } as Root);
}
