import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** What the last written build had: its article files and the items its feeds hold. */
export interface LastBuild {
	/** Unknown when only the feeds on disk tell about it (no cache). */
	readonly articleCount?: number;
	readonly published: number;
}

/**
 * A build that would empty the feeds, or lose more than half of the articles behind them, is far more often a folder
 * that is not there as it should be (an unmounted disk, a failed sync, a wrong --articles) than a decision: such a
 * build must not replace feeds that readers hold. Returns the `build/suspicious-shrink` error that stops it, or
 * undefined. Deleting a few articles, or any shrink of feeds that are empty anyway, passes. Pure.
 */
export function detectShrink(
	last: LastBuild | undefined,
	articleCount: number,
	articlesLabel: string,
): Diagnostic | undefined {
	if (last === undefined || last.published === 0) return undefined;
	const before = last.articleCount === undefined ? `${last.published} items` : `${last.articleCount} article files`;
	if (articleCount === 0) {
		return createDiagnostic(
			"error",
			"build/suspicious-shrink",
			`no article files found, but the feeds hold ${last.published} items; they were left as they were. Check that the folder is there and mounted, or pass --allow-shrink to publish empty feeds`,
			{ file: articlesLabel },
		);
	}
	if (last.articleCount !== undefined && articleCount * 2 < last.articleCount) {
		return createDiagnostic(
			"error",
			"build/suspicious-shrink",
			`${articleCount} article files, fewer than half of the ${before} of the last build; the feeds were left as they were. Check the folder, or pass --allow-shrink if the articles were removed on purpose`,
			{ file: articlesLabel },
		);
	}
	return undefined;
}
