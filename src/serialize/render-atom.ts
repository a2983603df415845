import type { Element } from "@xmldom/xmldom";
import { Feed, type Item } from "feed";
import { baseFeedOptions, type FeedEntry, type FeedMeta } from "./feed-model.js";
import { appendElement, childElements, parseXml, serializeXml } from "./xml-document.js";
import { escapeHtml, protectCdata, stripForbiddenXmlChars } from "./xml-safe.js";

/**
 * Renders Atom 1.0 (RFC 4287) with `feed`, then adds what `feed` 6 lacks: `<link rel="license">` (RFC 4946) on the feed
 * and on entries, `<link rel="via">` for republished entries, `xml:lang`, and plain-text (`type="text"`) titles and summaries.
 */
export function renderAtom(meta: FeedMeta, entries: readonly FeedEntry[]): string {
	const feed = new Feed({
		...baseFeedOptions(meta),
		feedLinks: { atom: meta.feedUrls.atom },
		author: {
			name: stripForbiddenXmlChars(meta.author.name),
			...(meta.author.email !== undefined && { email: stripForbiddenXmlChars(meta.author.email) }),
			...(meta.author.url !== undefined && { link: meta.author.url }),
		},
		...(meta.rights.text !== undefined && { copyright: stripForbiddenXmlChars(meta.rights.text) }),
	});
	for (const entry of entries) feed.addItem(toAtomItem(entry));

	const doc = parseXml(feed.atom1());
	const root = doc.documentElement;
	if (root === null) throw new Error("feed produced an empty Atom document");
	if (meta.language !== undefined) root.setAttribute("xml:lang", meta.language);
	if (meta.rights.licenseUrl !== undefined) addLicenseLink(root, meta.rights.licenseUrl);
	const elements = childElements(root, "entry");
	entries.forEach((entry, index) => {
		const element = elements[index];
		if (element === undefined) throw new Error("feed dropped an Atom entry");
		if (entry.language !== undefined && entry.language !== meta.language)
			element.setAttribute("xml:lang", entry.language);
		// Titles and summaries are plain text: say so (type="text"), so readers never show escaped entities.
		replaceWithText(element, "title", entry.title);
		replaceWithText(element, "summary", entry.summary);
		// Categories are added here, not through `feed`: it escapes `&` but not `<` in attributes, so a tag like "a<b"
		// made the document malformed. RFC 4287 §4.2.2: term is required.
		for (const name of entry.categories) {
			const text = stripForbiddenXmlChars(name);
			appendElement(element, "category", { attributes: { term: text, label: text } });
		}
		// RFC 4946 §2: entries inherit the feed's licence; say it again only when it differs.
		if (entry.rights.licenseUrl !== undefined && entry.rights.licenseUrl !== meta.rights.licenseUrl) {
			addLicenseLink(element, entry.rights.licenseUrl);
		}
		if (entry.source !== undefined) appendElement(element, "link", { attributes: { rel: "via", href: entry.source } });
	});
	return serializeXml(doc);
}

function replaceWithText(parent: Element, name: string, text: string): void {
	const target = childElements(parent, name)[0];
	const doc = parent.ownerDocument;
	if (target === undefined || doc === null) return;
	while (target.firstChild !== null) target.removeChild(target.firstChild);
	target.setAttribute("type", "text");
	target.appendChild(doc.createTextNode(stripForbiddenXmlChars(text)));
}

function addLicenseLink(parent: Element, href: string): void {
	appendElement(parent, "link", { attributes: { rel: "license", type: "text/html", href } });
}

function toAtomItem(entry: FeedEntry): Item {
	return {
		// Replaced by type="text" elements after rendering; escaped here so feed's own output is well-formed.
		title: protectCdata(escapeHtml(entry.title)),
		id: stripForbiddenXmlChars(entry.id),
		link: entry.link,
		date: entry.updated,
		published: entry.published,
		description: protectCdata(escapeHtml(entry.summary)),
		content: protectCdata(entry.contentHtml),
		...(entry.authors.length > 0 && {
			author: entry.authors.map((a) => ({
				name: stripForbiddenXmlChars(a.name),
				...(a.email !== undefined && { email: stripForbiddenXmlChars(a.email) }),
				...(a.url !== undefined && { link: a.url }),
			})),
		}),
		...(entry.rights.text !== undefined && { copyright: stripForbiddenXmlChars(entry.rights.text) }),
	};
}
