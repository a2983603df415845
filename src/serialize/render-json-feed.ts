import { Feed } from "feed";
import type { Media, Person } from "../article/article.js";
import type { FeedEntry, FeedMeta, FeedRights } from "./feed-model.js";

/**
 * Renders JSON Feed 1.1. `feed` 6 writes version 1 with a single `author` and item ids only when given, so its output
 * is rewritten: version 1.1, `authors` arrays, `language`, `hubs`, `next_url` to the next older archive page,
 * `external_url` for republished items, `image`, `banner_image` and `attachments` (an enclosure), `icon` and `favicon`,
 * and the documented `_rights` extension (`{ "text", "license", "license_name" }`) on the feed and on each item.
 */
export function renderJsonFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
	const feed = new Feed({
		id: meta.siteUrl,
		title: meta.title,
		description: meta.description,
		link: meta.siteUrl,
		updated: meta.updated,
		generator: false,
		feedLinks: { json: meta.feedUrls.json },
	});
	for (const entry of entries) {
		feed.addItem({
			title: entry.title,
			id: entry.id,
			link: entry.link,
			date: entry.updated,
			published: entry.published,
			description: entry.summary,
			content: entry.contentHtml,
			category: entry.categories.map((name) => ({ name })),
		});
	}
	const base: unknown = JSON.parse(feed.json1());
	const baseItems = isRecord(base) && Array.isArray(base.items) ? base.items : [];
	const out = {
		version: "https://jsonfeed.org/version/1.1",
		title: meta.title,
		home_page_url: meta.siteUrl,
		// An archive page names the feed it belongs to: feed_url identifies the feed a reader subscribes to.
		feed_url: meta.history?.current?.json ?? meta.feedUrls.json,
		...(meta.history?.prevArchive !== undefined && { next_url: meta.history.prevArchive.json }),
		description: meta.description,
		// JSON Feed 1.1: `icon` is large and square (512 × 512), `favicon` small; a logo serves as the icon when given.
		...((meta.logo ?? meta.icon) !== undefined && { icon: meta.logo ?? meta.icon }),
		...(meta.icon !== undefined && { favicon: meta.icon }),
		...(meta.language !== undefined && { language: meta.language }),
		authors: [toJsonAuthor(meta.author)],
		...(meta.hubs !== undefined && meta.hubs.length > 0 && { hubs: meta.hubs.map((url) => ({ type: "WebSub", url })) }),
		...rightsExtension(meta.rights),
		items: entries.map((entry, index) => {
			const item: unknown = baseItems[index];
			const { author: _dropped, ...rest } = isRecord(item) ? item : {};
			return {
				...rest,
				id: entry.id,
				...(entry.source !== undefined && { external_url: entry.source }),
				summary: entry.summary,
				...(entry.image !== undefined && { image: entry.image.url }),
				...(isBanner(entry.image) && { banner_image: entry.image.url }),
				...(entry.enclosure !== undefined && {
					attachments: [
						{ url: entry.enclosure.url, mime_type: entry.enclosure.type, size_in_bytes: entry.enclosure.length },
					],
				}),
				...(entry.language !== undefined && { language: entry.language }),
				...(entry.authors.length > 0 && { authors: entry.authors.map(toJsonAuthor) }),
				...rightsExtension(entry.rights),
			};
		}),
	};
	return `${JSON.stringify(out, null, 2)}\n`;
}

// JSON Feed 1.1 `banner_image` is shown across the top of the item: only an image known to be wider than tall.
function isBanner(image: Media | undefined): image is Media {
	return image?.width !== undefined && image.height !== undefined && image.width > image.height;
}

function rightsExtension(rights: FeedRights): { _rights?: Record<string, string> } {
	if (rights.text === undefined && rights.licenseUrl === undefined) return {};
	return {
		_rights: {
			...(rights.text !== undefined && { text: rights.text }),
			...(rights.licenseUrl !== undefined && { license: rights.licenseUrl }),
			...(rights.licenseName !== undefined && { license_name: rights.licenseName }),
		},
	};
}

function toJsonAuthor(person: Person): Record<string, string> {
	return { name: person.name, ...(person.url !== undefined && { url: person.url }) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
