import { slug as githubSlug } from "github-slugger";
import type { PageFacts } from "./page-facts.js";
import type { SiteRules } from "./site-rules.js";

/** The route of the Astro blog starter (`src/pages/blog/[...slug].astro`), used when the site's own is unknown. */
export const ASTRO_DEFAULT_ROUTE = "/blog/:id/";

/**
 * An Astro collection entry's id as the `glob()` loader makes it: front matter `slug`, else each folder and the file
 * name slugified as GitHub does headings, a trailing `/index` dropped.
 * https://docs.astro.build/en/reference/content-loader-reference/#glob-loader
 */
export function astroEntryId(page: PageFacts): string {
	const slug = page.slug?.trim();
	if (slug) return slug;
	const withoutExtension = page.relPath.replace(/\.[^./]+$/, "");
	return withoutExtension
		.split("/")
		.map((segment) => githubSlug(segment))
		.join("/")
		.replace(/\/index$/, "");
}

/** The URL path of an entry's page: the route pattern with `:id` filled (the starter's `/blog/${post.id}/`). */
export function buildAstroPath(rules: SiteRules, page: PageFacts): string {
	const route = rules.permalinks["*"] ?? ASTRO_DEFAULT_ROUTE;
	return route.replace(":id", astroEntryId(page).split("/").map(encodeURIComponent).join("/"));
}
