import { escapeXmlAttribute } from "../serialize/xml-markup.js";
import { FEED_FORMAT_NAMES, FEED_MEDIA_TYPES, type PublishedFeed } from "./feed-directory.js";

/**
 * The autodiscovery tags of a feed, one `<link rel="alternate">` per format (WHATWG HTML §4.6.7.1, "alternate" with a
 * feed type), for a page's `<head>`. `href` is the absolute URL unless `hrefFor` says otherwise.
 */
export function renderHeadLinks(
	feed: PublishedFeed,
	hrefFor: (file: PublishedFeed["files"][number]) => string = (file) => file.url,
): string[] {
	return feed.files.map(
		(file) =>
			`<link rel="alternate" type="${FEED_MEDIA_TYPES[file.format]}" title="${escapeXmlAttribute(`${feed.title} (${FEED_FORMAT_NAMES[file.format]})`)}" href="${escapeXmlAttribute(hrefFor(file))}">`,
	);
}
