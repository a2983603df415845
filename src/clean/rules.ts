import { absoluteUrls } from "./absolute-urls.js";
import { adPlaceholders } from "./ad-placeholders.js";
import { duplicateBody } from "./duplicate-body.js";
import { junk } from "./junk.js";
import { licenseNotice } from "./license-notice.js";
import type { CleanRule, CleanRuleId } from "./rule.js";
import { sanitize } from "./sanitize.js";
import { shortcodes } from "./shortcodes.js";
import { sourceLink } from "./source-link.js";
import { text } from "./text.js";

/** Documentation of one cleaning rule, for the README and config validation. */
export interface CleanRuleInfo {
	readonly id: CleanRuleId;
	readonly description: string;
	readonly defaultEnabled: boolean;
}

/** Every cleaning rule, in the order the cleaner applies them (their first step; see index.ts). */
export const CLEAN_RULES: readonly CleanRuleInfo[] = [
	adPlaceholders,
	shortcodes,
	junk,
	sanitize,
	sourceLink,
	licenseNotice,
	duplicateBody,
	absoluteUrls,
	text,
].map(({ id, description, defaultEnabled }: CleanRule) => ({
	id,
	description,
	defaultEnabled,
}));

/** The ids of all cleaning rules. */
export const CLEAN_RULE_IDS: readonly CleanRuleId[] = CLEAN_RULES.map((rule) => rule.id);
