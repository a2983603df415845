import { extname } from "node:path/posix";
import type { FeedHistory, FeedUrls } from "../serialize/feed-model.js";
import { type ArchivableEntry, type ArchivePage, assignArchivePages } from "./assign-archive-pages.js";

/** Folder of the archive documents inside the output folder. */
const ARCHIVE_DIR = "archive";

/** What planning needs of the config. */
export interface DocumentSettings {
	readonly limit: number;
	/** Folder URL the files are served from, ending in `/`. */
	readonly feedUrl: string;
	readonly output: FeedUrls;
	readonly archive: { readonly enabled: boolean; readonly pageSize: number };
}

/** One feed document to render in each format: where it goes, what it holds, and its place in the history. */
export interface FeedDocument<T extends ArchivableEntry> {
	/** Paths inside the output folder, `/`-separated. */
	readonly paths: FeedUrls;
	/** Absolute URLs of the same files: the self links. */
	readonly urls: FeedUrls;
	/** Newest first. */
	readonly entries: readonly T[];
	readonly history?: FeedHistory;
}

/**
 * The documents of a build, the subscription document first. Without archives that is the only one and holds the
 * newest `limit` entries. With archives (RFC 5005 §4) the older entries follow in archive pages, linked from the
 * subscription document back to the oldest; when nothing is archived, the subscription document says it is complete.
 */
export function planFeedDocuments<T extends ArchivableEntry>(
	settings: DocumentSettings,
	newestFirst: readonly T[],
): FeedDocument<T>[] {
	// The feed files only: `output` also names the pages for people (feed.css, index.html, feeds.opml).
	const currentPaths = { rss: settings.output.rss, atom: settings.output.atom, json: settings.output.json };
	const current = { paths: currentPaths, urls: feedUrlsOf(settings.feedUrl, currentPaths) };
	if (!settings.archive.enabled) return [{ ...current, entries: newestFirst.slice(0, settings.limit) }];

	const plan = assignArchivePages(newestFirst, { limit: settings.limit, pageSize: settings.archive.pageSize });
	const located = plan.pages.map((page) => {
		const paths = archivePaths(settings.output, page);
		return { page, paths, urls: feedUrlsOf(settings.feedUrl, paths) };
	});
	const newest = located.at(-1);
	const subscription: FeedDocument<T> = {
		...current,
		entries: plan.current,
		history:
			newest === undefined
				? { kind: "subscription", isComplete: true }
				: { kind: "subscription", prevArchive: newest.urls },
	};
	const archives = located.map(({ page, paths, urls }, index): FeedDocument<T> => {
		const older = located[index - 1];
		const newer = located[index + 1];
		return {
			paths,
			urls,
			entries: page.entries,
			history: {
				kind: "archive",
				current: current.urls,
				...(older !== undefined && { prevArchive: older.urls }),
				// Linked only once the newer page is full: until then its URL changes with every entry it gains, and
				// linking it would rewrite this page each time.
				...(newer?.page.isFull === true && { nextArchive: newer.urls }),
			},
		};
	});
	return [subscription, ...archives];
}

/**
 * How many published articles to render: all of them when they go into archive pages or topic feeds (a category's
 * newest items may be older than the site's newest `limit`; the cache renders each once), else the newest `limit`.
 */
export function countToRender(
	settings: Pick<DocumentSettings, "limit" | "archive"> & {
		readonly feeds?: { readonly categories: boolean; readonly authors: boolean };
	},
): number {
	const hasTopics = settings.feeds?.categories === true || settings.feeds?.authors === true;
	return settings.archive.enabled || hasTopics ? Number.POSITIVE_INFINITY : settings.limit;
}

/** `archive/rss-3-5e1f0a2b9c.xml`: the feed's own file name, the page number from the oldest, and the page's key. */
function archivePaths(output: FeedUrls, page: ArchivePage<ArchivableEntry>): FeedUrls {
	const name = (file: string) => {
		const extension = extname(file);
		return `${ARCHIVE_DIR}/${file.slice(0, file.length - extension.length)}-${page.number}-${page.key}${extension}`;
	};
	return { rss: name(output.rss), atom: name(output.atom), json: name(output.json) };
}

/** The absolute URLs of a document's three files, from the feeds' base URL. */
export function feedUrlsOf(base: string, paths: FeedUrls): FeedUrls {
	return {
		rss: new URL(paths.rss, base).href,
		atom: new URL(paths.atom, base).href,
		json: new URL(paths.json, base).href,
	};
}
