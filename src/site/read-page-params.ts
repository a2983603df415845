import { readHugoCascade } from "./hugo-cascade.js";
import { applyJekyllDefaults } from "./jekyll-defaults.js";
import { joinUrlPath } from "./page-facts.js";
import type { SiteRules } from "./site-rules.js";

/**
 * What a post's body prints as its own values (Jekyll's `{{ page.key }}`, Hugo's `param` shortcode): its front matter
 * as written, over what the site lays under it (Jekyll's `defaults:`, Hugo's sections' `cascade`). Pure.
 */
export function readPageParams(
	data: Readonly<Record<string, unknown>>,
	relPath: string,
	rules: SiteRules | undefined,
): Readonly<Record<string, unknown>> {
	if (rules?.generator === "jekyll" && rules.frontMatterDefaults !== undefined)
		return applyJekyllDefaults(data, joinUrlPath(rules.contentPath, relPath).slice(1), rules.frontMatterDefaults);
	if (rules?.generator !== "hugo" || rules.cascades === undefined) return data;
	// Hugo's keys are case-insensitive: a cascaded key the front matter writes in another case is the front matter's.
	const own = new Set(Object.keys(data).map((key) => key.toLowerCase()));
	const cascaded = Object.entries(readHugoCascade(relPath, rules)).filter(([key]) => !own.has(key));
	return { ...Object.fromEntries(cascaded), ...data };
}
