import type { FeedEntry } from "./feed-model.js";

/**
 * An item's language when it is not its document's (the feed's, the page's; tags compare case-insensitively, `en-gb`
 * is `en-GB`): what to write on the item.
 */
export function itemLanguage(
	entry: FeedEntry,
	document: { readonly language?: string | undefined },
): string | undefined {
	const { language } = entry;
	if (language === undefined || language.toLowerCase() === document.language?.toLowerCase()) return undefined;
	return language;
}
