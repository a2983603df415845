import type { FeedEntry, FeedMeta } from "./feed-model.js";

/** An item's language when it is not the feed's (tags compare case-insensitively, `en-gb` is `en-GB`): what to write on it. */
export function itemLanguage(entry: FeedEntry, meta: FeedMeta): string | undefined {
	const { language } = entry;
	if (language === undefined || language.toLowerCase() === meta.language?.toLowerCase()) return undefined;
	return language;
}
