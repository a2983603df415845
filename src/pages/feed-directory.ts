/** The three formats of every feed wirefeed writes. */
export type FeedFormat = "rss" | "atom" | "json";

/** Formats in the order pages list them. */
export const FEED_FORMATS: readonly FeedFormat[] = ["rss", "atom", "json"];

/** Media types for autodiscovery links (RSS Advisory Board, RFC 4287 §7, JSON Feed 1.1). */
export const FEED_MEDIA_TYPES: Readonly<Record<FeedFormat, string>> = {
	rss: "application/rss+xml",
	atom: "application/atom+xml",
	json: "application/feed+json",
};

/** How pages name a format to people. */
export const FEED_FORMAT_NAMES: Readonly<Record<FeedFormat, string>> = {
	rss: "RSS",
	atom: "Atom",
	json: "JSON Feed",
};

/** One file of a feed: where it sits in the output folder and where it is served. */
export interface FeedFile {
	readonly format: FeedFormat;
	/** Path inside the output folder, with `/` separators: `rss.xml`, `categories/transport/atom.xml`. */
	readonly path: string;
	/** Absolute URL it is served at (its self link). */
	readonly url: string;
}

/** A feed the site publishes, in all its formats: the site's own, or one per category or author. */
export interface PublishedFeed {
	readonly kind: "site" | "category" | "author";
	/** The feed's title, as its documents carry it. */
	readonly title: string;
	/** The category or author name; absent for the site feed. */
	readonly name?: string;
	readonly itemCount: number;
	readonly files: readonly FeedFile[];
}
