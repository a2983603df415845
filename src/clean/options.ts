import { z } from "zod";
import { checkPatternSource } from "./patterns.js";
import { CLEAN_RULE_IDS, CLEAN_RULES } from "./pipeline.js";
import type { CleanRuleId } from "./rule.js";
import type { CleanOptions } from "./types.js";

/** The cleaner's options when the config has no `clean` section: every rule at its default, no extra patterns. */
export const DEFAULT_CLEAN_OPTIONS: CleanOptions = Object.freeze({
	rules: Object.freeze(Object.fromEntries(CLEAN_RULES.map((rule) => [rule.id, rule.defaultEnabled]))),
	adPatterns: Object.freeze([]),
	noticePatterns: Object.freeze([]),
});

const patternList = z
	.array(
		z.string().superRefine((source, context) => {
			const problem = checkPatternSource(source);
			if (problem !== undefined)
				context.addIssue({
					code: "custom",
					message: `invalid regular expression: ${problem}`,
				});
		}),
	)
	.optional();

const ruleSwitches = z.record(z.string(), z.boolean()).superRefine((rules, context) => {
	for (const id of Object.keys(rules)) {
		if (!(CLEAN_RULE_IDS as readonly string[]).includes(id)) {
			context.addIssue({
				code: "custom",
				path: [id],
				message: `unknown cleaning rule "${id}"; valid rules: ${CLEAN_RULE_IDS.join(", ")}`,
			});
		}
	}
});

/** Validates the config's `clean` section (`{ rules?, adPatterns?, noticePatterns? }`) into `CleanOptions` with defaults. */
export const cleanOptionsSchema = z
	.object({
		rules: ruleSwitches.optional(),
		adPatterns: patternList,
		noticePatterns: patternList,
	})
	.strict()
	.transform(
		(section): CleanOptions => ({
			rules: { ...DEFAULT_CLEAN_OPTIONS.rules, ...section.rules },
			adPatterns: section.adPatterns ?? [],
			noticePatterns: section.noticePatterns ?? [],
		}),
	);

/** True when the rule is switched on in the options (rules not named keep their default). */
export function isRuleEnabled(options: CleanOptions, id: CleanRuleId): boolean {
	return options.rules[id] ?? DEFAULT_CLEAN_OPTIONS.rules[id] ?? true;
}
