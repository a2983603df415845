import type { ArticleFacts } from "../article/article.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { SiteRules } from "../site/site-rules.js";

/** Articles eligible for the feed, newest first, and what was held back. */
export interface Selection<T extends ArticleFacts> {
	/**
	 * Published articles, newest first (ties broken by id, or as the site's generator breaks them): the render stage
	 * takes from the front until the limit is met.
	 */
	readonly candidates: readonly T[];
	/** When the feed next changes by the clock alone: the earliest future publication or expiry, so a scheduler can wake up for it. */
	readonly nextScheduled?: Date;
	readonly diagnostics: readonly Diagnostic[];
}

/**
 * Leaves out drafts, expired articles and those not yet available (future-dated, or under an embargo such as Hugo's
 * `publishDate`) relative to `now`, unless the site's generator builds them (Jekyll's `future: true`, Hugo's
 * `buildFuture`, `buildExpired`, `buildDrafts`), and sorts the rest newest first (by their displayed date).
 */
export function selectArticles<T extends ArticleFacts>(
	articles: readonly T[],
	now: Date,
	site?: Pick<SiteRules, "isFutureBuilt" | "isExpiredBuilt" | "isDraftBuilt"> & Partial<Pick<SiteRules, "generator">>,
): Selection<T> {
	const diagnostics: Diagnostic[] = [];
	const candidates: T[] = [];
	let nextScheduled: Date | undefined;
	const wakeAt = (date: Date) => {
		if (nextScheduled === undefined || date < nextScheduled) nextScheduled = date;
	};
	for (const article of articles) {
		const availableFrom = article.availableFrom ?? article.published;
		const { expires } = article;
		const isExpired = expires !== undefined && expires <= now && site?.isExpiredBuilt !== true;
		if (article.draft && site?.isDraftBuilt !== true) {
			diagnostics.push(createDiagnostic("info", "select/draft", "draft; left out", { file: article.file }));
		} else if (isExpired) {
			const message = `expired on ${expires.toISOString()}; left out`;
			diagnostics.push(createDiagnostic("info", "select/expired", message, { file: article.file }));
		} else if (availableFrom > now && site?.isFutureBuilt !== true) {
			const message = `scheduled for ${availableFrom.toISOString()}; left out until then`;
			diagnostics.push(createDiagnostic("info", "select/scheduled", message, { file: article.file }));
			wakeAt(availableFrom);
		} else {
			candidates.push(article);
			// An expiry changes the feed as much as a publication does (unless the site builds expired pages).
			if (expires !== undefined && site?.isExpiredBuilt !== true) wakeAt(expires);
		}
	}
	candidates.sort(site?.generator === "eleventy" ? compareAsEleventy : compareNewestFirst);
	return { candidates, ...(nextScheduled !== undefined && { nextScheduled }), diagnostics };
}

/** Newest publication first; equal dates ordered by id so the order never depends on the file system. */
function compareNewestFirst(a: ArticleFacts, b: ArticleFacts): number {
	const byDate = b.published.getTime() - a.published.getTime();
	if (byDate !== 0) return byDate;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Eleventy sorts a collection by date, then by input path, and its feed plugin reverses it: equal dates, the last path
// first (Sortable.sortFunctionDateInputPath). Within the articles folder, relPath orders as the input path does.
function compareAsEleventy(a: ArticleFacts, b: ArticleFacts): number {
	const byDate = b.published.getTime() - a.published.getTime();
	if (byDate !== 0) return byDate;
	return a.relPath > b.relPath ? -1 : a.relPath < b.relPath ? 1 : 0;
}
