/**
 * A deadline for the work on one article. JavaScript cannot interrupt a function that runs, so the cleaner checks it
 * between steps and inside long loops: one article that is slow to clean is rejected (`clean/too-slow`) instead of
 * holding up every feed.
 */
export interface TimeBudget {
	/** The limit, for messages. */
	readonly seconds: number;
	/** True once the deadline has passed. */
	isExceeded(): boolean;
}

/** Thrown by `checkTimeBudget`; the render stage turns it into a `clean/too-slow` rejection of the article. */
export class ArticleTooSlowError extends Error {
	override readonly name = "ArticleTooSlowError";
	constructor(readonly seconds: number) {
		super(`cleaning took longer than ${seconds} s`);
	}
}

/** Throws `ArticleTooSlowError` when the budget is spent. */
export function checkTimeBudget(budget: TimeBudget | undefined): void {
	if (budget?.isExceeded() === true) throw new ArticleTooSlowError(budget.seconds);
}

/** A budget of `seconds` from now, read on `clock` (milliseconds, such as `performance.now`). */
export function startTimeBudget(seconds: number, clock: () => number): TimeBudget {
	const deadline = clock() + seconds * 1000;
	return { seconds, isExceeded: () => clock() > deadline };
}
