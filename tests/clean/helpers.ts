import { DEFAULT_CLEAN_OPTIONS } from "../../src/clean/index.js";
import type { CleanState, CleanStep } from "../../src/clean/rule.js";
import { parseFragment, serializeTree } from "../../src/clean/tree.js";
import type { CleanContext, CleanOptions } from "../../src/clean/types.js";

/** A fresh cleaning context for one test; override what the test is about. */
export function createContext(overrides: Partial<CleanContext> = {}): CleanContext {
	return {
		baseUrl: "https://news.example.org/2020/09/article/",
		file: "articles/article.md",
		bodyLine: 5,
		options: DEFAULT_CLEAN_OPTIONS,
		...overrides,
	};
}

/** Options with some extra patterns, every rule at its default. */
export function createOptions(overrides: Partial<CleanOptions> = {}): CleanOptions {
	return { ...DEFAULT_CLEAN_OPTIONS, ...overrides };
}

/** What one rule step did to a body. */
export interface StepOutcome {
	readonly html: string;
	readonly hits: number;
	readonly state: CleanState;
}

/** Runs one rule step alone on a body, as the pipeline would (parse, step, serialize). */
export function runStep(step: CleanStep, html: string, context: CleanContext = createContext()): StepOutcome {
	const tree = parseFragment(html);
	const state: CleanState = { context, diagnostics: [], removals: [] };
	const hits = step(tree, state);
	return { html: serializeTree(tree), hits, state };
}
