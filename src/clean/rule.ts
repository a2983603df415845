import type { Root } from "hast";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { CleanContext } from "./types.js";

/** Ids of the cleaning rules, as used in the `clean.rules` config and in `CleanResult.hits`. */
export type CleanRuleId =
	| "embeds"
	| "ad-placeholders"
	| "shortcodes"
	| "sanitize"
	| "junk"
	| "source-link"
	| "license-notice"
	| "duplicate-body"
	| "text"
	| "absolute-urls";

/** What one cleaning run accumulates besides the tree: diagnostics and facts lifted out of the body. */
export interface CleanState {
	readonly context: CleanContext;
	readonly diagnostics: Diagnostic[];
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

/** Records a warning against the article; `htmlLine` is the line inside the body HTML, if known. */
export function warn(state: CleanState, rule: string, message: string, htmlLine?: number): void {
	const { file, bodyLine } = state.context;
	// Body HTML lines map 1:1 to file lines for HTML bodies and roughly for Markdown ones.
	const line = htmlLine === undefined ? bodyLine : bodyLine + htmlLine - 1;
	state.diagnostics.push(createDiagnostic("warning", rule, message, { file, line }));
}
