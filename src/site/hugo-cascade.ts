import type { SiteRules } from "./site-rules.js";

/**
 * The values the sections' `cascade` gives a page (keys lower-cased), the nearest section's winning over the ones
 * above it, as Hugo applies them: they lie under the page's own front matter. Pure.
 * https://gohugo.io/content-management/front-matter/#cascade
 */
export function readHugoCascade(relPath: string, rules: SiteRules): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const folder of hugoFolders(relPath, rules)) {
		for (const [key, value] of Object.entries(rules.cascades?.[folder] ?? {}))
			if (value !== null && !(key in values)) values[key] = value;
	}
	return values;
}

/** The folders holding a page, from the content folder: its own first, the content folder ("") last. */
export function hugoFolders(relPath: string, rules: SiteRules): string[] {
	const parts = [...rules.contentPath.split("/"), ...relPath.split("/").slice(0, -1)].filter((part) => part !== "");
	return parts.map((_, index) => parts.slice(0, parts.length - index).join("/")).concat("");
}
