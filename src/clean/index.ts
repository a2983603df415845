import type { Root } from "hast";
import { absoluteUrls } from "./absolute-urls.js";
import { adPlaceholders } from "./ad-placeholders.js";
import { duplicateBody } from "./duplicate-body.js";
import { junk, pruneEmptyElements } from "./junk.js";
import { licenseNotice } from "./license-notice.js";
import { isRuleEnabled } from "./options.js";
import { isParseStable } from "./parse-stable.js";
import type { CleanRule, CleanState, CleanStep } from "./rule.js";
import { convertEmbeds, sanitize } from "./sanitize.js";
import { shortcodes } from "./shortcodes.js";
import { sourceLink } from "./source-link.js";
import { text } from "./text.js";
import { collapseWhitespace, parseFragment, parseHtml, readText, serializeTree, walkElements } from "./tree.js";
import type { CleanContext, CleanResult } from "./types.js";

export { cleanOptionsSchema, DEFAULT_CLEAN_OPTIONS } from "./options.js";
export { cleanPlainText } from "./plain-text.js";
export type { CleanRuleId } from "./rule.js";
export { CLEAN_RULES, type CleanRuleInfo } from "./rules.js";
export type { CleanContext, CleanOptions, CleanResult } from "./types.js";

// The one place that knows the order. A rule may own two steps (junk strips early, prunes late).
const PIPELINE: readonly (readonly [CleanRule, CleanStep])[] = [
	// Iframes become links before anything looks for the last link or paragraph, so those rules see
	// the same body on a second run.
	[sanitize, convertEmbeds],
	// Before junk and source-link: `[ad_2]` sits between the notice and the Source link, and a link
	// reads "Continued..." only once a placeholder inside it is gone.
	[adPlaceholders, adPlaceholders.run],
	// Before junk (for the same reason), sanitize (its figures and links are then checked like any
	// markup) and absolute-urls (`{{ site.url }}/x` must first become `/x`).
	[shortcodes, shortcodes.run],
	// Comments, pixels and skip/pager links would otherwise hide the real last paragraph from
	// source-link and license-notice, and lazy images need their data-src before sanitize drops it.
	[junk, junk.run],
	// After the rules that read classes and data attributes; before the rules that trust the markup.
	[sanitize, sanitize.run],
	// The Source link is the very last thing in scraped bodies; remove it before looking for the
	// notice. Both run on sanitized markup, i.e. on the body as it will be published, so a second
	// run sees the same last blocks.
	[sourceLink, sourceLink.run],
	// sanitize recorded `class="copyright"` elements for this rule before dropping the class.
	[licenseNotice, licenseNotice.run],
	// On sanitized text, so script or style contents cannot make two copies look different.
	[duplicateBody, duplicateBody.run],
	// After sanitize: only URLs that survived are resolved.
	[absoluteUrls, absoluteUrls.run],
	// Elements emptied by any rule above, and the <br> runs they leave, go.
	[junk, pruneEmptyElements],
	// Last: removals above leave text nodes side by side that a reparse would merge; text merges and
	// normalizes them so a second run changes nothing. It never empties an element (parseFragment
	// already removed XML-forbidden characters), so nothing is left for junk to prune.
	[text, text.run],
];

/** One `--explain` entry: a rule that changed the body, with the HTML before and after it. */
export interface CleanExplanation {
	readonly rule: string;
	readonly before: string;
	readonly after: string;
}

/** Cleans an article body (HTML) with the enabled rules, in their fixed order. */
export function cleanHtml(html: string, ctx: CleanContext): CleanResult {
	const { result: first, tree } = cleanWithLines(html, ctx);
	// Most cleaned trees are plain paragraphs, lists and links that the parser is sure to rebuild as they are.
	const readBack = isParseStable(tree) ? first.html : readBackStable(first.html);
	if (readBack === first.html) return first;
	// The parser built a tree it cannot read back the same (see readBackStable); clean what readers
	// will actually see once more, so that cleaning the output again changes nothing.
	const { result: second } = cleanWithLines(readBack, ctx);
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
		diagnostics: [...first.diagnostics, ...second.diagnostics],
	};
}

// Source positions cost a third of a parse and only warnings read them, and few bodies raise one: clean
// without them, and again with them when a warning needs its line. The rules do not read positions
// otherwise, so both runs make the same changes.
function cleanWithLines(html: string, ctx: CleanContext): PipelineRun {
	const fast = runPipeline(html, ctx, undefined, false);
	return fast.result.diagnostics.length === 0 ? fast : runPipeline(html, ctx, undefined, true);
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
	const state: CleanState = { context: ctx, diagnostics: [] };
	const hits: Record<string, number> = {};
	let before = explanations === undefined ? "" : serializeTree(tree);
	for (const [rule, step] of PIPELINE) {
		if (!isRuleEnabled(ctx.options, rule.id)) continue;
		const count = step(tree, state);
		if (count === 0) continue;
		hits[rule.id] = (hits[rule.id] ?? 0) + count;
		if (explanations !== undefined) {
			const after = serializeTree(tree);
			if (after !== before) explanations.push({ rule: rule.id, before, after });
			before = after;
		}
	}
	const isEmpty = isEmptyBody(tree);
	const result: CleanResult = {
		html: isEmpty ? "" : serializeTree(tree).trim(),
		text: isEmpty ? "" : collapseWhitespace(readText(tree)),
		...(state.notice !== undefined && { notice: state.notice }),
		...(state.sourceUrl !== undefined && { sourceUrl: state.sourceUrl }),
		hits,
		diagnostics: state.diagnostics,
	};
	return { result, tree };
}

/**
 * The one exception to "parse once": the HTML parser can build trees it cannot read back the same
 * (a heading nested in a heading through a table, an <li> inside <noscript> inside an <li>). Readers
 * re-parse what we emit, so settle the structure; for ordinary bodies this is one extra parse that
 * changes nothing.
 */
function readBackStable(html: string): string {
	let current = html;
	for (let round = 0; round < 3; round++) {
		const again = serializeTree(parseHtml(current, false)).trim();
		if (again === current) break;
		current = again;
	}
	return current;
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
