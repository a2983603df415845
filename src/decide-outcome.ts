/** What a build does once its items are rendered, and the status it reports. */
export interface Outcome {
	readonly status: "written" | "rendered" | "failed";
	/** Serialize the documents. */
	readonly render: boolean;
	/** Write them to the output folder. */
	readonly write: boolean;
}

/** The facts the outcome depends on. */
export interface OutcomeInputs {
	/** `--strict`: any error leaves everything unwritten. */
	readonly strict: boolean;
	readonly hasErrors: boolean;
	/** False renders in memory only (the licence audit). */
	readonly write: boolean;
	/** The files on disk are the ones this build would write (same entries, untouched since written). */
	readonly isOutputCurrent: boolean;
	/** The articles folder is empty, or lost more than half its files, under feeds that hold items (see detectShrink). */
	readonly isSuspiciousShrink: boolean;
}

/**
 * The write policy in one place. A strict build with errors writes nothing and fails (exit 2), and so does a build
 * whose articles folder looks lost (it would empty or halve the feeds readers hold); a build whose outputs
 * are current writes nothing and reports them written; an audit renders without writing; anything else renders and
 * writes. Pure.
 */
export function decideOutcome(inputs: OutcomeInputs): Outcome {
	if (!inputs.write) return { status: "rendered", render: true, write: false };
	if (inputs.strict && inputs.hasErrors) return { status: "failed", render: false, write: false };
	if (inputs.isSuspiciousShrink) return { status: "failed", render: false, write: false };
	if (inputs.isOutputCurrent) return { status: "written", render: false, write: false };
	return { status: "written", render: true, write: true };
}
