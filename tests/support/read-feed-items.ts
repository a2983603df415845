import { decodeHTML } from "entities";
import { childrenNamed, childText, parseXml, type XmlElement } from "./parse-xml.js";

/** What readers must agree on about one item: its stable id, its title as plain text, its link and its licensing. */
export interface FeedItem {
	readonly id: string;
	readonly title: string;
	readonly link: string;
	/** The human-readable rights notice in force: the item's own, else the feed's. */
	readonly rights: string | undefined;
	/** The licence URL in force: the item's own, else the feed's (RFC 4946 §2 inheritance). */
	readonly license: string | undefined;
	/** The featured image's URL: Media RSS `media:thumbnail` (RSS, Atom), JSON Feed `image`. */
	readonly image: string | undefined;
	/** The attached file that is not the image: `<enclosure>` (RSS), `rel="enclosure"` (Atom), `attachments` (JSON). */
	readonly enclosure: string | undefined;
}

/** The items of an RSS 2.0 document, in document order (guid, title, link). */
export function readRssItems(xml: string): FeedItem[] {
	const channel = childrenNamed(parseXml(xml), "channel")[0];
	if (channel === undefined) return [];
	const channelRights = childText(channel, "copyright");
	const channelLicense = childText(channel, "creativeCommons:license");
	return childrenNamed(channel, "item").map((item) => ({
		id: childText(item, "guid") ?? "",
		title: normalizeTitle(childText(item, "title") ?? ""),
		link: childText(item, "link") ?? "",
		rights: childText(item, "dc:rights") ?? channelRights,
		license: childText(item, "creativeCommons:license") ?? channelLicense,
		image: thumbnail(item),
		enclosure: childrenNamed(item, "enclosure").find(isNotImage)?.attributes.url,
	}));
}

/** The entries of an Atom 1.0 document, in document order (id, title as text, alternate link). */
export function readAtomItems(xml: string): FeedItem[] {
	const feed = parseXml(xml);
	const feedRights = childText(feed, "rights");
	const feedLicense = licenseLink(feed);
	return childrenNamed(feed, "entry").map((entry) => {
		const title = childrenNamed(entry, "title")[0];
		const text = title === undefined ? "" : title.text;
		// RFC 4287 §3.1.1.2: a type="html" title is escaped HTML; its text is what a reader shows.
		const isHtml = title?.attributes.type === "html";
		const alternate = childrenNamed(entry, "link").find((l) => (l.attributes.rel ?? "alternate") === "alternate");
		return {
			id: childText(entry, "id") ?? "",
			title: normalizeTitle(isHtml ? readHtmlText(text) : text),
			link: alternate?.attributes.href ?? "",
			rights: childText(entry, "rights") ?? feedRights,
			license: licenseLink(entry) ?? feedLicense,
			image: thumbnail(entry),
			enclosure: childrenNamed(entry, "link").find((l) => l.attributes.rel === "enclosure" && isNotImage(l))?.attributes
				.href,
		};
	});
}

/** The items of a JSON Feed, in document order (id, title, url). */
export function readJsonItems(json: string): FeedItem[] {
	const feed: unknown = JSON.parse(json);
	if (!isRecord(feed)) return [];
	const items = Array.isArray(feed.items) ? feed.items : [];
	const feedRights = readRightsExtension(feed);
	return items.filter(isRecord).map((item) => {
		const rights = readRightsExtension(item);
		return {
			id: typeof item.id === "string" ? item.id : "",
			title: normalizeTitle(typeof item.title === "string" ? item.title : ""),
			link: typeof item.url === "string" ? item.url : "",
			rights: rights.text ?? feedRights.text,
			license: rights.license ?? feedRights.license,
			image: typeof item.image === "string" ? item.image : undefined,
			enclosure: readFirstAttachment(item),
		};
	});
}

/** The text a reader shows for an HTML title: tags dropped, character references decoded. */
export function readHtmlText(html: string): string {
	return decodeHTML(html.replace(/<[^>]*>/g, ""));
}

/** Collapses runs of whitespace and trims, as every reader does when it shows a title on one line. */
export function normalizeTitle(title: string): string {
	return title.replace(/\s+/g, " ").trim();
}

function thumbnail(parent: XmlElement): string | undefined {
	return childrenNamed(parent, "media:thumbnail")[0]?.attributes.url;
}

function isNotImage(element: XmlElement): boolean {
	return !(element.attributes.type ?? "").startsWith("image/");
}

function readFirstAttachment(item: Record<string, unknown>): string | undefined {
	const first: unknown = Array.isArray(item.attachments) ? item.attachments[0] : undefined;
	return isRecord(first) && typeof first.url === "string" ? first.url : undefined;
}

function licenseLink(parent: XmlElement): string | undefined {
	return childrenNamed(parent, "link").find((l) => l.attributes.rel === "license")?.attributes.href;
}

/** wirefeed's documented JSON Feed extension: `"_rights": { "text", "license", "license_name" }`. */
function readRightsExtension(record: Record<string, unknown>): {
	text?: string;
	license?: string;
} {
	const rights = record._rights;
	if (!isRecord(rights)) return {};
	return {
		...(typeof rights.text === "string" && { text: rights.text }),
		...(typeof rights.license === "string" && { license: rights.license }),
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
