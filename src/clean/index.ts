import type { Element, Root } from "hast";
import type { Diagnostic } from "../diagnostic.js";
import { MAX_HTML_DEPTH } from "./bound-depth.js";
import { HEADING_TAGS } from "./html-vocabulary.js";
import { isRuleEnabled } from "./options.js";
import { isParseStable } from "./parse-stable.js";
import { PIPELINE } from "./pipeline.js";
import { type CleanState, warn } from "./rule.js";
import { serializeWithClassFacts } from "./sanitize.js";
import { checkTimeBudget } from "./time-budget.js";
import {
	collapseWhitespace,
	INVISIBLE_TAGS,
	parseFragment,
	parseHtml,
	readText,
	serializeTree,
	walkElements,
} from "./tree.js";
import type { CleanContext, CleanRemoval, CleanResult } from "./types.js";

export { fingerprintBlock } from "./block-fingerprint.js";
export { cleanOptionsSchema, DEFAULT_CLEAN_OPTIONS } from "./options.js";
export { CLEAN_RULES, type CleanRuleInfo } from "./pipeline.js";
export { cleanPlainText } from "./plain-text.js";
export type { CleanRuleId } from "./rule.js";
export type { BoilerplateEvidence, CleanContext, CleanOptions, CleanRemoval, CleanResult } from "./types.js";

const TOO_DEEP_RULE = "clean/too-deep";

/** One `--explain` entry: a rule that changed the body, with the HTML before and after it. */
export interface CleanExplanation {
	readonly rule: string;
	readonly before: string;
	readonly after: string;
	/** The whole blocks this step removed, each with its reason. */
	readonly removals: readonly CleanRemoval[];
}

/** Cleans an article body (HTML) with the enabled rules, in their fixed order. */
export function cleanHtml(html: string, ctx: CleanContext): CleanResult {
	const { result: first, tree } = cleanWithLines(html, ctx);
	// Most cleaned trees are plain paragraphs, lists and links that the parser is sure to rebuild as they are.
	const readBack = isParseStable(tree) ? first.html : readBackStable(first.html, ctx);
	if (readBack === first.html) return first;
	// The parser built a tree it cannot read back the same (see readBackStable); clean what readers
	// will actually see once more, so that cleaning the output again changes nothing. That pass reads the body with
	// what the first one knew of the classes it dropped (footnotes, notices) written back, so that it knows it too.
	const { result: second } = cleanWithLines(readBackStable(serializeWithClassFacts(tree), ctx), ctx);
	const hits: Record<string, number> = { ...first.hits };
	for (const [rule, count] of Object.entries(second.hits)) hits[rule] = (hits[rule] ?? 0) + count;
	const notice = first.notice ?? second.notice;
	const sourceUrl = first.sourceUrl ?? second.sourceUrl;
	return {
		html: second.html,
		text: second.text,
		...(notice !== undefined && { notice }),
		...(sourceUrl !== undefined && { sourceUrl }),
		hits,
		// What the second pass finds again (a body flattened, then flattened again as read back) is said once.
		diagnostics: [...first.diagnostics, ...second.diagnostics.filter((d) => !isReported(d, first.diagnostics))],
		removals: [...first.removals, ...second.removals],
	};
}

function isReported(diagnostic: Diagnostic, reported: readonly Diagnostic[]): boolean {
	return reported.some(
		(known) => known.rule === diagnostic.rule && known.line === diagnostic.line && known.message === diagnostic.message,
	);
}

// Source positions cost a third of a parse and only warnings read them, and few bodies raise one: clean
// without them, and again with them when a warning needs its line. The rules do not read positions
// otherwise, so both runs make the same changes. The warning that a body was flattened names no line of it, so it alone
// is no reason to clean twice (a body nested past the limit is large, and reading it back costs two more passes).
function cleanWithLines(html: string, ctx: CleanContext): PipelineRun {
	const fast = runPipeline(html, ctx, undefined, false);
	const needsLines = fast.result.diagnostics.some((diagnostic) => diagnostic.rule !== TOO_DEEP_RULE);
	return needsLines ? runPipeline(html, ctx, undefined, true) : fast;
}

/** Runs the cleaner and returns, for each rule step that changed something, the body before and after it. */
export function explainClean(html: string, ctx: CleanContext): CleanExplanation[] {
	const explanations: CleanExplanation[] = [];
	runPipeline(html, ctx, explanations, false);
	return explanations;
}

/** A cleaning run: its result, and the tree its HTML was serialized from. */
interface PipelineRun {
	readonly result: CleanResult;
	readonly tree: Root;
}

function runPipeline(
	html: string,
	ctx: CleanContext,
	explanations: CleanExplanation[] | undefined,
	lines: boolean,
): PipelineRun {
	const tree = parseFragment(html, lines);
	const state: CleanState = { context: ctx, diagnostics: [], removals: [] };
	if (tree.data?.isFlattened === true) {
		warn(
			state,
			TOO_DEEP_RULE,
			`elements nested more than ${MAX_HTML_DEPTH} levels deep; the deeper content was kept, flattened into one level`,
		);
	}
	const hits: Record<string, number> = {};
	let before = explanations === undefined ? "" : serializeTree(tree);
	for (const [rule, step] of PIPELINE) {
		if (!isRuleEnabled(ctx.options, rule.id)) continue;
		checkTimeBudget(ctx.budget);
		const removed = state.removals.length;
		const count = step(tree, state);
		if (count === 0) continue;
		hits[rule.id] = (hits[rule.id] ?? 0) + count;
		if (explanations !== undefined) {
			const after = serializeTree(tree);
			const removals = state.removals.slice(removed);
			if (after !== before) explanations.push({ rule: rule.id, before, after, removals });
			before = after;
		}
	}
	const isEmpty = isEmptyBody(tree);
	const result: CleanResult = {
		html: isEmpty ? "" : serializeTree(tree).trim(),
		text: isEmpty ? "" : readSummaryText(tree),
		...(state.notice !== undefined && { notice: state.notice }),
		...(state.sourceUrl !== undefined && { sourceUrl: state.sourceUrl }),
		hits,
		diagnostics: state.diagnostics,
		removals: state.removals,
	};
	return { result, tree };
}

/**
 * The one exception to "parse once": the HTML parser can build trees it cannot read back the same
 * (a heading nested in a heading through a table, an <li> inside <noscript> inside an <li>). Readers
 * re-parse what we emit, so settle the structure; for ordinary bodies this is one extra parse that
 * changes nothing.
 */
function readBackStable(html: string, ctx: CleanContext): string {
	let current = html;
	for (let round = 0; round < 3; round++) {
		checkTimeBudget(ctx.budget);
		const again = serializeTree(parseHtml(current, false)).trim();
		if (again === current) break;
		current = again;
	}
	return current;
}

// The text summaries are cut from: an embed's "Video: YouTube" link is not prose and must never start one (issue #12);
// a footnote's "[1]" points to nothing in a summary, and the notes are not the article's opening. A reference is
// left out without a space ("the quay,[1] twice" reads "the quay, twice"); a block keeps its neighbours apart.
// The text a summary is cut from. A heading read into it runs into the next sentence ("Introduction With the …"), and a
// picture's caption or credit is no start of the article ("Drew Kelly for WIRED Amazon is hiring …"): both are left
// out, unless they are all the text there is.
function readSummaryText(tree: Root): string {
	const withoutHeadings = collapseWhitespace(
		readText(tree, INVISIBLE_TAGS, (element) => summaryStandIn(element, true)),
	);
	if (withoutHeadings !== "") return withoutHeadings;
	return collapseWhitespace(readText(tree, INVISIBLE_TAGS, (element) => summaryStandIn(element, false)));
}

function summaryStandIn(element: Element, isHeadingLeftOut: boolean): string | undefined {
	if (isHeadingLeftOut && (HEADING_TAGS.has(element.tagName) || element.tagName === "figcaption")) return " ";
	const data = element.data;
	if (data?.isFootnoteRef === true) return "";
	if (data?.isEmbed === true || data?.isFootnotes === true || data?.isLabelledLink === true) return " ";
	return undefined;
}

// "Nothing of the article is left": no words and no picture (a lone <hr> or empty table is not an article).
function isEmptyBody(tree: Root): boolean {
	if (readText(tree).trim() !== "") return false;
	let hasMedia = false;
	walkElements(tree, (element) => {
		if (element.tagName === "img" || element.tagName === "video" || element.tagName === "audio") hasMedia = true;
	});
	return !hasMedia;
}
