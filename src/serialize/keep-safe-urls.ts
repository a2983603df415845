import type { Media, Person } from "../article/article.js";
import { readSafeUrl, type UrlUse } from "../url/read-safe-url.js";
import type { FeedEntry } from "./feed-model.js";

/**
 * The entry with every URL it carries checked against the URL policy once more, where the feeds write them (RSS
 * `<link>`, `<source url>`, Atom `via`, JSON `external_url`, the featured image, the enclosure, author and licence
 * URLs): the stages before already allow nothing else, so this drops nothing in practice; it keeps the policy true of
 * the output whatever a stage or a cache hands over. The link is required, so an unsafe one is a bug and throws.
 */
export function keepSafeUrls(entry: FeedEntry): FeedEntry {
	if (readSafeUrl(entry.link, "web") !== entry.link) throw new Error(`unsafe item link ${JSON.stringify(entry.link)}`);
	const source = safe(entry.source, "web");
	const image = entry.image === undefined || isSafe(entry.image.url, "image") ? entry.image : undefined;
	const enclosure = entry.enclosure === undefined || isSafe(entry.enclosure.url, "web") ? entry.enclosure : undefined;
	const licenseUrl = safe(entry.rights.licenseUrl, "web");
	const authors = entry.authors.map(keepSafeAuthorUrl);
	if (
		source === entry.source &&
		image === entry.image &&
		enclosure === entry.enclosure &&
		licenseUrl === entry.rights.licenseUrl &&
		authors.every((author, index) => author === entry.authors[index])
	) {
		return entry;
	}
	const { source: _source, image: _image, enclosure: _enclosure, rights, ...rest } = entry;
	const { licenseUrl: _licenseUrl, ...otherRights } = rights;
	return {
		...rest,
		authors,
		...(source !== undefined && { source }),
		...(image !== undefined && { image }),
		...(enclosure !== undefined && { enclosure }),
		rights: { ...otherRights, ...(licenseUrl !== undefined && { licenseUrl }) },
	};
}

function keepSafeAuthorUrl(person: Person): Person {
	if (person.url === undefined || isSafe(person.url, "web")) return person;
	const { url: _url, ...rest } = person;
	return rest;
}

function safe(url: string | undefined, use: UrlUse): string | undefined {
	return url === undefined || !isSafe(url, use) ? undefined : url;
}

// Absolute and unchanged by the policy: what the stages before hand over.
function isSafe(url: Media["url"], use: UrlUse): boolean {
	return readSafeUrl(url, use) === url;
}
