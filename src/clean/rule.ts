import type { Root } from "hast";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { CleanContext, CleanRemoval } from "./types.js";

/** Ids of the cleaning rules, as used in the `clean.rules` config and in `CleanResult.hits`. */
export type CleanRuleId =
	| "embeds"
	| "ad-placeholders"
	| "shortcodes"
	| "sanitize"
	| "junk"
	| "source-link"
	| "boilerplate"
	| "license-notice"
	| "duplicate-body"
	| "text"
	| "absolute-urls";

/** What one cleaning run accumulates besides the tree: diagnostics and facts lifted out of the body. */
export interface CleanState {
	readonly context: CleanContext;
	readonly diagnostics: Diagnostic[];
	/** Whole blocks removed so far, with why (for `--explain` and the corpus report). */
	readonly removals: CleanRemoval[];
	notice?: string;
	sourceUrl?: string;
}

/** One cleaning step: it edits the cleaner's private tree in place and says how many changes it made. */
export type CleanStep = (tree: Root, state: CleanState) => number;

/** A cleaning rule: its documentation and its main step. */
export interface CleanRule {
	readonly id: CleanRuleId;
	/** One line for the README and `--explain`. */
	readonly description: string;
	readonly defaultEnabled: boolean;
	readonly run: CleanStep;
}

/** Records a whole block a rule removed and why, for `--explain`. */
export function recordRemoval(state: CleanState, rule: CleanRuleId, text: string, reason: string): void {
	state.removals.push({ rule, text, reason });
}

/** Records a warning against the article; `htmlLine` is the line inside the body HTML, if known. */
export function warn(state: CleanState, rule: string, message: string, htmlLine?: number): void {
	const { file, bodyLine } = state.context;
	// Body HTML lines map 1:1 to file lines for HTML bodies and roughly for Markdown ones.
	const line = htmlLine === undefined ? bodyLine : bodyLine + htmlLine - 1;
	state.diagnostics.push(createDiagnostic("warning", rule, message, { file, line }));
}
