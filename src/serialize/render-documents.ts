import type { SiteConfig } from "../config/resolve-config.js";
import type { FeedEntry } from "./feed-model.js";
import { type RenderedFeeds, renderFeeds } from "./render-feeds.js";

/** One file of the output folder, rendered in memory. */
export interface OutputDocument {
	/** Path inside the output folder: relative, `/`-separated, may name subfolders (`categories/world/rss.xml`). */
	readonly path: string;
	readonly content: string;
}

/** Everything a build writes: the three feeds by name (the library's `outputs`), and every document in write order. */
export interface RenderedDocuments {
	readonly feeds: RenderedFeeds;
	readonly documents: readonly OutputDocument[];
}

/**
 * Renders every output document from the entries (newest first). The three feeds come first; outputs added later
 * (per-category feeds, archive pages, a stylesheet) are more documents in the same list. Pure.
 */
export function renderDocuments(config: SiteConfig, entries: readonly FeedEntry[]): RenderedDocuments {
	const feeds = renderFeeds(config, entries);
	return {
		feeds,
		documents: [
			{ path: config.output.rss, content: feeds.rss },
			{ path: config.output.atom, content: feeds.atom },
			{ path: config.output.json, content: feeds.json },
		],
	};
}
