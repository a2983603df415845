import { escapeXmlAttribute, escapeXmlText } from "../serialize/xml-markup.js";
import { stripForbiddenXmlChars } from "../serialize/xml-safe.js";
import type { PublishedFeed } from "./feed-directory.js";

/** What the subscription list says about the site. */
export interface OpmlSite {
	readonly title: string;
	readonly siteUrl: string;
	readonly ownerName?: string;
	/** Newest item's date: the list changes only when the feeds do. */
	readonly updated: Date;
}

const GROUP_TITLES = { category: "Categories", author: "Authors" } as const;

/**
 * The site's feeds as an OPML 2.0 subscription list (opml.org/spec2.opml), which feed readers import. One outline per
 * feed, for its RSS file (or its first file when RSS is not written): listing the Atom and JSON twins too would make a
 * reader subscribe to the same items three times. Topic feeds are grouped under "Categories" and "Authors".
 */
export function renderOpml(site: OpmlSite, feeds: readonly PublishedFeed[]): string {
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<opml version="2.0">',
		"    <head>",
		`        <title>${text(`${site.title}: feeds`)}</title>`,
		// OPML 2.0: dates are RFC 822; the newest item's, never the clock, so an unchanged site gives the same bytes.
		`        <dateModified>${site.updated.toUTCString()}</dateModified>`,
		...(site.ownerName === undefined ? [] : [`        <ownerName>${text(site.ownerName)}</ownerName>`]),
		"    </head>",
		"    <body>",
	];
	for (const feed of feeds.filter((f) => f.kind === "site")) lines.push(`        ${outline(feed, site)}`);
	for (const kind of ["category", "author"] as const) {
		const group = feeds.filter((f) => f.kind === kind);
		if (group.length === 0) continue;
		lines.push(`        <outline text="${GROUP_TITLES[kind]}">`);
		for (const feed of group) lines.push(`            ${outline(feed, site)}`);
		lines.push("        </outline>");
	}
	lines.push("    </body>", "</opml>", "");
	return lines.join("\n");
}

// OPML 2.0 "subscriptionLists": type="rss" (used for every feed format), text, xmlUrl required; htmlUrl, title optional.
function outline(feed: PublishedFeed, site: OpmlSite): string {
	const file = feed.files.find((f) => f.format === "rss") ?? feed.files[0];
	const attributes: Record<string, string> = {
		type: "rss",
		text: feed.title,
		title: feed.title,
		...(file !== undefined && { xmlUrl: file.url }),
		htmlUrl: site.siteUrl,
		...(file?.format === "rss" && { version: "RSS2" }),
	};
	const formatted = Object.entries(attributes)
		.map(([name, value]) => ` ${name}="${escapeXmlAttribute(stripForbiddenXmlChars(value))}"`)
		.join("");
	return `<outline${formatted}/>`;
}

function text(value: string): string {
	return escapeXmlText(stripForbiddenXmlChars(value));
}
