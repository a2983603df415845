import { absoluteUrls } from "./absolute-urls.js";
import { adPlaceholders } from "./ad-placeholders.js";
import { boilerplate } from "./boilerplate.js";
import { duplicateBody } from "./duplicate-body.js";
import { convertIframes, embeds, linkBareEmbeds } from "./embeds.js";
import { junk, pruneEmptyElements } from "./junk.js";
import { licenseNotice } from "./license-notice.js";
import type { CleanRule, CleanRuleId, CleanStep } from "./rule.js";
import { sanitize } from "./sanitize.js";
import { shortcodes } from "./shortcodes.js";
import { sourceLink } from "./source-link.js";
import { text } from "./text.js";

// The one place that knows the order. A rule may own two steps (junk strips early, prunes late).
export const PIPELINE: readonly (readonly [CleanRule, CleanStep])[] = [
	// Iframes become links before anything looks for the last link or paragraph, so those rules see
	// the same body on a second run.
	[embeds, convertIframes],
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
	// A player URL alone in a paragraph is a link once sanitize has unwrapped the spans around it; before the notice
	// and the summary are read.
	[embeds, linkBareEmbeds],
	// After source-link (the trailing Source link is a source, not junk), before license-notice: a notice is looked
	// for among the last blocks once the site's footer and prompts are gone (issue #12).
	[boilerplate, boilerplate.run],
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

/** Documentation of one cleaning rule, for the README and config validation. */
export interface CleanRuleInfo {
	readonly id: CleanRuleId;
	readonly description: string;
	readonly defaultEnabled: boolean;
}

/** Every cleaning rule, in the order the cleaner first applies it: derived from `PIPELINE`, so the two cannot disagree. */
export const CLEAN_RULES: readonly CleanRuleInfo[] = rulesInOrder(PIPELINE);

/** The ids of all cleaning rules. */
export const CLEAN_RULE_IDS: readonly CleanRuleId[] = CLEAN_RULES.map((rule) => rule.id);

function rulesInOrder(pipeline: readonly (readonly [CleanRule, CleanStep])[]): CleanRuleInfo[] {
	const seen = new Set<CleanRuleId>();
	const rules: CleanRuleInfo[] = [];
	for (const [{ id, description, defaultEnabled }] of pipeline) {
		if (seen.has(id)) continue;
		seen.add(id);
		rules.push({ id, description, defaultEnabled });
	}
	return rules;
}
