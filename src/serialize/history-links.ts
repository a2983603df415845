import type { FeedHistory, FeedUrls } from "./feed-model.js";

/** RFC 5005's namespace, declared on the root of any document that carries `fh:complete` or `fh:archive`. */
export const FEED_HISTORY_NAMESPACE = "http://purl.org/syndication/history/1.0";

/** One `link` (Atom) or `atom:link` (RSS) of a document's history. */
export interface HistoryLink {
	readonly rel: "current" | "prev-archive" | "next-archive";
	readonly href: string;
}

/** The marker element of a document's history (RFC 5005 §2, §4), if any. */
export function historyMarker(history: FeedHistory | undefined): "fh:complete" | "fh:archive" | undefined {
	if (history?.kind === "archive") return "fh:archive";
	return history?.isComplete === true ? "fh:complete" : undefined;
}

/** The history links of a document in one format, in the order RFC 5005 §4 lists them. */
export function historyLinks(history: FeedHistory | undefined, format: keyof FeedUrls): HistoryLink[] {
	if (history === undefined) return [];
	const links: HistoryLink[] = [];
	const add = (rel: HistoryLink["rel"], urls: FeedUrls | undefined) => {
		if (urls !== undefined) links.push({ rel, href: urls[format] });
	};
	add("current", history.current);
	add("prev-archive", history.prevArchive);
	add("next-archive", history.nextArchive);
	return links;
}
