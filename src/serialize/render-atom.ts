import { Feed, type Item } from "feed";
import { childElements, EditableXml, type XmlElement } from "./editable-xml.js";
import {
	baseFeedOptions,
	type FeedEntry,
	type FeedMeta,
	imageEnclosure,
	MEDIA_RSS_NAMESPACE,
	mediaAttributes,
} from "./feed-model.js";
import { FEED_HISTORY_NAMESPACE, historyLinks, historyMarker } from "./history-links.js";
import { itemLanguage } from "./item-language.js";
import { escapeHtml, protectCdata, splitCdataEnds, stripForbiddenXmlChars } from "./xml-safe.js";

/**
 * Renders Atom 1.0 (RFC 4287) with `feed`, then adds what `feed` 6 lacks: `<link rel="license">` (RFC 4946) on the feed
 * and on entries, `<link rel="via">` for republished entries, `xml:lang`, plain-text (`type="text"`) titles and summaries,
 * `<link rel="enclosure">` with the file's real type and length (`feed` 6 derives `image/…` from the extension), and
 * featured images as Media RSS, which readers also look for in Atom. `feed` itself writes `<icon>` and `<logo>`.
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
		// RFC 4287 §4.2.5 icon (square, small) and §4.2.8 logo (twice as wide as tall).
		...(meta.icon !== undefined && { favicon: meta.icon }),
		...(meta.logo !== undefined && { image: meta.logo }),
	});
	for (const entry of entries) feed.addItem(toAtomItem(entry));

	const doc = new EditableXml(feed.atom1(), meta.stylesheet);
	const root = doc.root;
	if (meta.language !== undefined) doc.setAttribute(root, "xml:lang", meta.language);
	if (entries.some((entry) => entry.image !== undefined)) doc.setAttribute(root, "xmlns:media", MEDIA_RSS_NAMESPACE);
	if (meta.rights.licenseUrl !== undefined) addLicenseLink(doc, root, meta.rights.licenseUrl);
	addFeedLinks(doc, root, meta);
	const elements = childElements(root, "entry");
	entries.forEach((entry, index) => {
		const element = elements[index];
		if (element === undefined) throw new Error("feed dropped an Atom entry");
		const language = itemLanguage(entry, meta);
		if (language !== undefined) doc.setAttribute(element, "xml:lang", language);
		// Titles and summaries are plain text: say so (type="text"), so readers never show escaped entities.
		replaceWithText(doc, element, "title", entry.title);
		replaceWithText(doc, element, "summary", entry.summary);
		// Categories are added here, not through `feed`: it escapes `&` but not `<` in attributes, so a tag like "a<b"
		// made the document malformed. RFC 4287 §4.2.2: term is required.
		for (const name of entry.categories) {
			const text = stripForbiddenXmlChars(name);
			doc.appendElement(element, "category", { attributes: { term: text, label: text } });
		}
		// RFC 4946 §2: entries inherit the feed's licence; say it again only when it differs.
		if (entry.rights.licenseUrl !== undefined && entry.rights.licenseUrl !== meta.rights.licenseUrl) {
			addLicenseLink(doc, element, entry.rights.licenseUrl);
		}
		if (entry.source !== undefined)
			doc.appendElement(element, "link", { attributes: { rel: "via", href: entry.source } });
		addMedia(doc, element, entry);
	});
	return splitCdataEnds(doc.serialize());
}

// RFC 4287 §4.2.7.2: rel="enclosure" names a large, possibly binary resource; length is its size in bytes.
function addMedia(doc: EditableXml, element: XmlElement, entry: FeedEntry): void {
	// Unlike RSS, Atom allows several: the attached file and the featured image.
	const attachments = [entry.enclosure, imageEnclosure(entry.image)];
	for (const file of attachments) {
		if (file === undefined) continue;
		doc.appendElement(element, "link", {
			attributes: { rel: "enclosure", type: file.type, length: String(file.length), href: file.url },
		});
	}
	if (entry.image !== undefined) {
		const media = mediaAttributes(entry.image);
		doc.appendElement(element, "media:content", { attributes: media.content });
		doc.appendElement(element, "media:thumbnail", { attributes: media.thumbnail });
	}
}

// `feed` writes the first hub; further hubs and RFC 5005's history links follow it.
function addFeedLinks(doc: EditableXml, root: XmlElement, meta: FeedMeta): void {
	for (const hub of (meta.hubs ?? []).slice(1))
		doc.appendElement(root, "link", { attributes: { rel: "hub", href: hub } });
	for (const link of historyLinks(meta.history, "atom")) {
		doc.appendElement(root, "link", { attributes: { rel: link.rel, type: "application/atom+xml", href: link.href } });
	}
	const marker = historyMarker(meta.history);
	if (marker !== undefined) {
		doc.setAttribute(root, "xmlns:fh", FEED_HISTORY_NAMESPACE);
		doc.appendElement(root, marker);
	}
}

function replaceWithText(doc: EditableXml, parent: XmlElement, name: string, text: string): void {
	const target = childElements(parent, name)[0];
	if (target === undefined) return;
	doc.setAttribute(target, "type", "text");
	doc.replaceContentWithText(target, stripForbiddenXmlChars(text));
}

function addLicenseLink(doc: EditableXml, parent: XmlElement, href: string): void {
	doc.appendElement(parent, "link", { attributes: { rel: "license", type: "text/html", href } });
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
