import { Feed, type Item } from "feed";
import { childElements, EditableXml, type XmlElement } from "./editable-xml.js";
import {
	baseFeedOptions,
	type FeedEntry,
	type FeedMeta,
	MEDIA_RSS_NAMESPACE,
	mediaAttributes,
	selectEnclosure,
} from "./feed-model.js";
import { FEED_HISTORY_NAMESPACE, historyLinks, historyMarker } from "./history-links.js";
import { itemLanguage } from "./item-language.js";
import { escapeHtml, protectCdata, splitCdataEnds, stripForbiddenXmlChars } from "./xml-safe.js";

const NAMESPACES = {
	content: "http://purl.org/rss/1.0/modules/content/",
	dc: "http://purl.org/dc/elements/1.1/",
	atom: "http://www.w3.org/2005/Atom",
	creativeCommons: "http://backend.userland.com/creativeCommonsRssModule",
} as const;

/**
 * Renders RSS 2.0 with `feed`, then adds what `feed` 6 gets wrong or lacks: authors as `dc:creator` (RSS `<author>`
 * must be an e-mail address, and `feed` writes bare names there), `dc:rights` and `creativeCommons:license` per item,
 * the licence on the channel, `<source>` for republished items, featured images as Media RSS (`media:content`,
 * `media:thumbnail`), and every namespace declared on the root. `feed` itself writes `<image>` and `<enclosure>`.
 */
export function renderRss(meta: FeedMeta, entries: readonly FeedEntry[]): string {
	const feed = new Feed({
		...baseFeedOptions(meta),
		feedLinks: { rss: meta.feedUrls.rss },
		...(meta.language !== undefined && { language: meta.language }),
		...(meta.rights.text !== undefined && { copyright: stripForbiddenXmlChars(meta.rights.text) }),
		// RSS 2.0 <image>: the channel's logo (a GIF, JPEG or PNG, at most 144 × 400 px).
		...((meta.logo ?? meta.icon) !== undefined && { image: meta.logo ?? meta.icon }),
	});
	for (const entry of entries) feed.addItem(toRssItem(entry));

	const doc = new EditableXml(feed.rss2(), meta.stylesheet);
	const rss = doc.root;
	const channel = childElements(rss, "channel")[0];
	if (channel === undefined) throw new Error("feed produced RSS without a channel");
	for (const [prefix, uri] of Object.entries(NAMESPACES)) doc.setAttribute(rss, `xmlns:${prefix}`, uri);
	if (entries.some((entry) => entry.image !== undefined)) doc.setAttribute(rss, "xmlns:media", MEDIA_RSS_NAMESPACE);
	if (meta.rights.licenseUrl !== undefined)
		doc.appendElement(channel, "creativeCommons:license", { text: meta.rights.licenseUrl });
	addFeedLinks(doc, rss, channel, meta);
	const items = childElements(channel, "item");
	entries.forEach((entry, index) => {
		const item = items[index];
		if (item === undefined) throw new Error("feed dropped an RSS item");
		addItemExtras(doc, item, entry);
		// RSS 2.0 has no item language; Dublin Core's, whose namespace the root declares, is read by readers (feedparser).
		const language = itemLanguage(entry, meta);
		if (language !== undefined) doc.appendElement(item, "dc:language", { text: language });
	});
	return splitCdataEnds(doc.serialize());
}

// `feed` writes the first hub; further hubs and RFC 5005's history links are atom:link elements too (RFC 5005
// Appendix B: RSS 2.0 uses them as Atom does).
function addFeedLinks(doc: EditableXml, rss: XmlElement, channel: XmlElement, meta: FeedMeta): void {
	for (const hub of (meta.hubs ?? []).slice(1))
		doc.appendElement(channel, "atom:link", { attributes: { href: hub, rel: "hub" } });
	for (const link of historyLinks(meta.history, "rss")) {
		doc.appendElement(channel, "atom:link", {
			attributes: { href: link.href, rel: link.rel, type: "application/rss+xml" },
		});
	}
	const marker = historyMarker(meta.history);
	if (marker !== undefined) {
		doc.setAttribute(rss, "xmlns:fh", FEED_HISTORY_NAMESPACE);
		doc.appendElement(channel, marker);
	}
}

function addItemExtras(doc: EditableXml, item: XmlElement, entry: FeedEntry): void {
	if (entry.image !== undefined) {
		const media = mediaAttributes(entry.image);
		doc.appendElement(item, "media:content", { attributes: media.content });
		doc.appendElement(item, "media:thumbnail", { attributes: media.thumbnail });
	}
	for (const author of entry.authors)
		doc.appendElement(item, "dc:creator", { text: stripForbiddenXmlChars(author.name) });
	if (entry.rights.text !== undefined)
		doc.appendElement(item, "dc:rights", { text: stripForbiddenXmlChars(entry.rights.text) });
	if (entry.rights.licenseUrl !== undefined)
		doc.appendElement(item, "creativeCommons:license", { text: entry.rights.licenseUrl });
	if (entry.source !== undefined) {
		// RSS 2.0 <source url="…">: where the item came from; its host is the best channel title we know.
		doc.appendElement(item, "source", { attributes: { url: entry.source }, text: new URL(entry.source).host });
	}
}

function toRssItem(entry: FeedEntry): Item {
	const enclosure = selectEnclosure(entry);
	return {
		// RSS titles are plain text; in CDATA each `]]>` splits the section, so it reads back as written.
		title: protectCdata(entry.title),
		id: stripForbiddenXmlChars(entry.id),
		link: entry.link,
		date: entry.updated,
		published: entry.published,
		description: escapeHtml(entry.summary),
		content: protectCdata(entry.contentHtml),
		category: entry.categories.map((name) => ({ name: stripForbiddenXmlChars(name) })),
		// Exactly url, type and length: `feed` copies every key of the object into attributes.
		...(enclosure !== undefined && {
			enclosure: { url: enclosure.url, type: enclosure.type, length: enclosure.length },
		}),
	};
}
