/**
 * A deadline for the work on one article. JavaScript cannot interrupt a function that runs, so it is checked between
 * steps: after Markdown, before each cleaning rule and before each read-back parse. One article slow to clean is
 * rejected (`clean/too-slow`) instead of holding up every feed; a step that has started runs to its end, which is
 * bounded since every rule is linear in the body (issue #11), so the overrun is at most one step's time.
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
