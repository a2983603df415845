import type { FeedOptions } from "feed";
import type { Person } from "../article/article.js";
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
	readonly image?: string;
	readonly language?: string;
	/** Original URL of a republished item. */
	readonly source?: string;
	readonly rights: FeedRights;
}

/** Feed-wide facts shared by the three formats. */
export interface FeedMeta {
	readonly title: string;
	readonly description: string;
	readonly siteUrl: string;
	/** Absolute URL each format is served at (self links). */
	readonly feedUrls: { readonly rss: string; readonly atom: string; readonly json: string };
	readonly language?: string;
	readonly author: Person;
	/** Newest included item's updated-or-published date; never the clock. */
	readonly updated: Date;
	readonly rights: FeedRights;
}

/** The generator name written into feeds: no version, so an upgrade alone never changes the output. */
export const GENERATOR = "wirefeed";

/** The `feed` options every XML format shares: ids, titles and the newest item's date (never the clock). */
export function baseFeedOptions(meta: FeedMeta): FeedOptions {
	return {
		id: meta.siteUrl,
		title: stripForbiddenXmlChars(meta.title),
		description: stripForbiddenXmlChars(meta.description),
		link: meta.siteUrl,
		updated: meta.updated,
		generator: GENERATOR,
	};
}
