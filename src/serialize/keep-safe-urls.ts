import type { Person } from "../article/article.js";
import { readSafeUrl } from "../url/read-safe-url.js";
import type { FeedEntry } from "./feed-model.js";

/**
 * The entry with every URL it carries checked against the URL policy once more, where the feeds write them (RSS
 * `<link>`, `<source url>`, Atom `via`, JSON `external_url` and `image`, author and licence URLs): the stages before
 * already allow only http(s), so this drops nothing in practice; it keeps the policy true of the output whatever a
 * stage or a cache hands over. The link is required, so an unsafe one is a bug and throws.
 */
export function keepSafeUrls(entry: FeedEntry): FeedEntry {
	if (readSafeUrl(entry.link, "web") !== entry.link) throw new Error(`unsafe item link ${JSON.stringify(entry.link)}`);
	const source = safe(entry.source);
	const image = safe(entry.image);
	const licenseUrl = safe(entry.rights.licenseUrl);
	const authors = entry.authors.map(keepSafeAuthorUrl);
	if (
		source === entry.source &&
		image === entry.image &&
		licenseUrl === entry.rights.licenseUrl &&
		authors.every((author, index) => author === entry.authors[index])
	) {
		return entry;
	}
	const { source: _source, image: _image, rights, ...rest } = entry;
	const { licenseUrl: _licenseUrl, ...otherRights } = rights;
	return {
		...rest,
		authors,
		...(source !== undefined && { source }),
		...(image !== undefined && { image }),
		rights: { ...otherRights, ...(licenseUrl !== undefined && { licenseUrl }) },
	};
}

function keepSafeAuthorUrl(person: Person): Person {
	if (person.url === undefined || safe(person.url) === person.url) return person;
	const { url: _url, ...rest } = person;
	return rest;
}

function safe(url: string | undefined): string | undefined {
	return url === undefined ? undefined : readSafeUrl(url, "web");
}
