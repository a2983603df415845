import { createHash } from "node:crypto";

/** What page assignment needs of an entry: its stable id and the date that says it changed. */
export interface ArchivableEntry {
	readonly id: string;
	readonly updated: Date;
}

/** One archive document (RFC 5005 §4): a fixed slice of the feed's history, numbered from the oldest. */
export interface ArchivePage<T extends ArchivableEntry> {
	/** 1 for the oldest page. */
	readonly number: number;
	/**
	 * Short digest of this page's entries (ids and `updated` dates) and of the page before it. It is part of the page's
	 * URL, so the URL changes whenever the page, or any older one, would say something new.
	 */
	readonly key: string;
	/** Newest first, like every feed document. */
	readonly entries: readonly T[];
	/** True when the page holds `pageSize` entries: new entries never change it again. */
	readonly isFull: boolean;
}

/** The subscription document's entries and the archive pages behind it. */
export interface ArchivePlan<T extends ArchivableEntry> {
	/** The newest `limit` entries, newest first. */
	readonly current: readonly T[];
	/** Oldest page first; empty when everything fits in the subscription document. */
	readonly pages: readonly ArchivePage<T>[];
}

/**
 * Splits published entries (newest first) into the subscription document and archive pages. Pages are cut from the
 * oldest entry, `pageSize` each, so a new entry only ever reaches the newest page: a full page stays as it is until
 * one of its own entries changes (RFC 5005 §4: an archive document's entries should not change). Removing or
 * back-dating an archived entry moves the entries after it, and gives those pages new keys.
 */
export function assignArchivePages<T extends ArchivableEntry>(
	newestFirst: readonly T[],
	options: { readonly limit: number; readonly pageSize: number },
): ArchivePlan<T> {
	const current = newestFirst.slice(0, options.limit);
	const archived = newestFirst.slice(options.limit).reverse();
	const pages: ArchivePage<T>[] = [];
	let previousKey = "";
	for (let start = 0; start < archived.length; start += options.pageSize) {
		const oldestFirst = archived.slice(start, start + options.pageSize);
		const key = digestPage(previousKey, oldestFirst);
		pages.push({
			number: pages.length + 1,
			key,
			entries: oldestFirst.reverse(),
			isFull: oldestFirst.length === options.pageSize,
		});
		previousKey = key;
	}
	return { current, pages };
}

// A chain, as in a hash list: readers that stop at the first archive document they already hold (RFC 5005 §4.2) then
// still reach a page that changed, because every newer page, and so the subscription document's link, changes too.
function digestPage(previousKey: string, entries: readonly ArchivableEntry[]): string {
	const hash = createHash("sha1").update(previousKey);
	for (const entry of entries) hash.update(`\n${entry.id}\0${entry.updated.toISOString()}`);
	return hash.digest("hex").slice(0, 10);
}
