import type { SiteConfig } from "../config/resolve-config.js";

/** Which topic feeds to write: the `feeds` config. */
export interface TopicFeedOptions {
	readonly categories: boolean;
	readonly authors: boolean;
	/** A topic gets a feed only with at least this many items. */
	readonly min: number;
	/** Newest items per topic feed. */
	readonly limit: number;
}

// Its own file, apart from plan-topic-feeds.ts: the build asks this first and loads the planner (and the
// transliteration tables its slugs need) only for a config that wants topic feeds.

/** The `feeds` config as topic planning reads it; undefined when it asks for no topic feeds. */
export function topicFeedOptions(config: SiteConfig): TopicFeedOptions | undefined {
	const { categories, authors, min, limit } = config.feeds;
	if (!categories && !authors) return undefined;
	return { categories, authors, min, limit: limit ?? config.limit };
}
