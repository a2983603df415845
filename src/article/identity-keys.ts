/**
 * Front matter keys that decide an article's identity and place in the feed, aliases in order of preference. The full
 * mapper and the fast scanner both read them from here, so the two can never disagree about which key wins.
 */
export const IDENTITY_KEYS = {
	title: ["title", "post_title"],
	date: ["date", "pubDate", "post_date"],
	link: ["url", "permalink", "link"],
	id: ["id", "guid"],
	slug: ["slug"],
	draft: ["draft"],
	published: ["published"],
} as const satisfies Record<string, readonly string[]>;
