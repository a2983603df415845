import type { ArticleFacts } from "../article/article.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** Articles eligible for the feed, newest first, and what was held back. */
export interface Selection<T extends ArticleFacts> {
	/** Published articles, newest first (ties broken by id): the render stage takes from the front until the limit is met. */
	readonly candidates: readonly T[];
	/** Earliest publication date of a future-dated article, so a scheduler can wake up for it. */
	readonly nextScheduled?: Date;
	readonly diagnostics: readonly Diagnostic[];
}

/** Leaves out drafts and future-dated articles (relative to `now`) and sorts the rest newest first. */
export function selectArticles<T extends ArticleFacts>(articles: readonly T[], now: Date): Selection<T> {
	const diagnostics: Diagnostic[] = [];
	const candidates: T[] = [];
	let nextScheduled: Date | undefined;
	for (const article of articles) {
		if (article.draft) {
			diagnostics.push(createDiagnostic("info", "select/draft", "draft; left out", { file: article.file }));
		} else if (article.published > now) {
			diagnostics.push(
				createDiagnostic(
					"info",
					"select/scheduled",
					`scheduled for ${article.published.toISOString()}; left out until then`,
					{
						file: article.file,
					},
				),
			);
			if (nextScheduled === undefined || article.published < nextScheduled) nextScheduled = article.published;
		} else {
			candidates.push(article);
		}
	}
	candidates.sort(compareNewestFirst);
	return { candidates, ...(nextScheduled !== undefined && { nextScheduled }), diagnostics };
}

/** Newest publication first; equal dates ordered by id so the order never depends on the file system. */
export function compareNewestFirst(a: ArticleFacts, b: ArticleFacts): number {
	const byDate = b.published.getTime() - a.published.getTime();
	if (byDate !== 0) return byDate;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
