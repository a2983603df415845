import type { FeedOptions } from "feed";
import type { Enclosure, Media, Person } from "../article/article.js";
import { stripForbiddenXmlChars } from "./xml-safe.js";

/** Rights as the feed states them: a human-readable notice and, when known, a machine-readable licence. */
export interface FeedRights {
	readonly text?: string;
	readonly licenseUrl?: string;
	readonly licenseName?: string;
}

/** One item, fully rendered and ready for any format. */
export interface FeedEntry {
	readonly id: string;
	readonly link: string;
	readonly title: string;
	readonly published: Date;
	readonly updated: Date;
	/** Plain text. */
	readonly summary: string;
	/** Cleaned HTML, rights notice included. */
	readonly contentHtml: string;
	readonly authors: readonly Person[];
	readonly categories: readonly string[];
	/** Featured image: front matter's, else the first content image wider than 200 px. */
	readonly image?: Media;
	/** A file attached to the item (podcast audio). */
	readonly enclosure?: Enclosure;
	readonly language?: string;
	/** Original URL of a republished item. */
	readonly source?: string;
	readonly rights: FeedRights;
}

/** One URL per format. */
export interface FeedUrls {
	readonly rss: string;
	readonly atom: string;
	readonly json: string;
}

/** Where a document sits in the feed's history (RFC 5005); absent when archives are off. */
export interface FeedHistory {
	/** A subscription document changes at every build; an archive document (`fh:archive`) keeps its entries. */
	readonly kind: "subscription" | "archive";
	/** Subscription document holding every published entry: `fh:complete` (RFC 5005 §2). */
	readonly isComplete?: boolean;
	/** Archive document: the subscription document it belongs to (`current`). */
	readonly current?: FeedUrls;
	/** The next older archive document (`prev-archive`; JSON Feed `next_url`). */
	readonly prevArchive?: FeedUrls;
	/** The next newer archive document (`next-archive`). */
	readonly nextArchive?: FeedUrls;
}

/** Feed-wide facts shared by the three formats. */
export interface FeedMeta {
	readonly title: string;
	readonly description: string;
	readonly siteUrl: string;
	/** Absolute URL each format is served at (self links). */
	readonly feedUrls: FeedUrls;
	readonly language?: string;
	readonly author: Person;
	/** Newest included item's updated-or-published date; never the clock. */
	readonly updated: Date;
	readonly rights: FeedRights;
	/** Small square image (a favicon): Atom `<icon>`, JSON Feed `favicon` (and `icon` when there is no logo). Absolute. */
	readonly icon?: string;
	/** Larger image (a logo): RSS `<image>`, Atom `<logo>`, JSON Feed `icon`. Absolute. */
	readonly logo?: string;
	/**
	 * Where a browser finds the CSS that makes the XML feeds readable to a person, relative to the feed's own URL
	 * (`feed.css`, `../../feed.css`), so the view works wherever the folder is served. Absent: no stylesheet.
	 */
	readonly stylesheet?: string;
	/** WebSub hubs to advertise (`rel="hub"`, JSON Feed `hubs`). */
	readonly hubs?: readonly string[];
	readonly history?: FeedHistory;
}

/** The Media RSS namespace (rssboard.org/media-rss): `media:content` and `media:thumbnail` for featured images. */
export const MEDIA_RSS_NAMESPACE = "http://search.yahoo.com/mrss/";

/** Attributes of `<media:content>` and `<media:thumbnail>` for an image: what is known, nothing guessed. */
export function mediaAttributes(image: Media): {
	readonly content: Readonly<Record<string, string>>;
	readonly thumbnail: Readonly<Record<string, string>>;
} {
	const size = {
		...(image.width !== undefined && { width: String(image.width) }),
		...(image.height !== undefined && { height: String(image.height) }),
	};
	return {
		content: {
			url: image.url,
			medium: "image",
			...(image.type !== undefined && { type: image.type }),
			...(image.length !== undefined && { fileSize: String(image.length) }),
			...size,
		},
		thumbnail: { url: image.url, ...size },
	};
}

/**
 * The one `<enclosure>` an RSS item may carry (RSS 2.0 allows one, with url, length and type): the attached file, else
 * the featured image when its type and size are both known. Never a guessed `length="0"`.
 */
export function selectEnclosure(entry: FeedEntry): Enclosure | undefined {
	return entry.enclosure ?? imageEnclosure(entry.image);
}

/** The featured image as an enclosure, when both its type and its size in bytes are known. */
export function imageEnclosure(image: Media | undefined): Enclosure | undefined {
	if (image?.type === undefined || image.length === undefined) return undefined;
	return { url: image.url, type: image.type, length: image.length };
}

/** The generator name written into feeds: no version, so an upgrade alone never changes the output. */
const GENERATOR = "wirefeed";

/** The `feed` options every XML format shares: ids, titles and the newest item's date (never the clock). */
export function baseFeedOptions(meta: FeedMeta): FeedOptions {
	return {
		id: meta.siteUrl,
		title: stripForbiddenXmlChars(meta.title),
		description: stripForbiddenXmlChars(meta.description),
		link: meta.siteUrl,
		updated: meta.updated,
		generator: GENERATOR,
		...(meta.hubs?.[0] !== undefined && { hub: meta.hubs[0] }),
	};
}
