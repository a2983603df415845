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
	return fillAstroRoute(rules.permalinks["*"] ?? ASTRO_DEFAULT_ROUTE, rules, page);
}

/**
 * The link the site's own feed gives an entry, from the host's root, when it is not its page's (`/blog/x/` from the
 * origin where the page is `/docs/blog/x.html`): the item's id, so a reader moved from that feed shows no item twice.
 */
export function buildAstroFeedPath(rules: SiteRules, page: PageFacts): string | undefined {
	return rules.feedLinkPattern === undefined ? undefined : fillAstroRoute(rules.feedLinkPattern, rules, page);
}

function fillAstroRoute(route: string, rules: SiteRules, page: PageFacts): string {
	const id = rules.hasFileIds
		? page.relPath
		: rules.hasPagePaths
			? astroPagePath(page)
			: rules.hasAstroPaperPaths
				? astroPaperPath(page)
				: astroEntryId(page);
	// Astro's i18n recipe: the id's first folder is the locale (`en/hello` is `/en/blog/hello/`).
	const [locale = "", ...rest] = route.includes(":locale") ? id.split("/") : [];
	const path = route.includes(":locale") ? rest.join("/") : id;
	const localized = route.replace(":locale", encodeURIComponent(locale));
	// A folder's index page is the folder (`posts/series/index.md` is `/posts/series/`).
	if (path === "") return localized.replace(/\/?:id/, "") || "/";
	return localized.replace(":id", path.split("/").map(encodeURIComponent).join("/"));
}

/** A Markdown page's path from its route folder, as Astro routes pages: as written, without `index`. */
function astroPagePath(page: PageFacts): string {
	return page.relPath.replace(/\.[^./]+$/, "").replace(/(?:^|\/)index$/, "");
}

/**
 * AstroPaper's `getPath(id, filePath)` without its `/posts` (the route's): the file's folders, those starting with `_`
 * left out and each slugified, then the last segment of the entry's id (`_releases/v2.md` is `v2`; a `slug` in
 * `notes/` is `notes/<slug>`). Its themes slugify folders with github-slugger, lodash.kebabcase or slugify across
 * versions; all three agree on lower-case names with hyphens.
 */
function astroPaperPath(page: PageFacts): string {
	const folders = page.relPath
		.split("/")
		.slice(0, -1)
		.filter((folder) => folder !== "" && !folder.startsWith("_"))
		.map((folder) => githubSlug(folder));
	return [...folders, astroEntryId(page).split("/").at(-1) ?? ""].join("/");
}
