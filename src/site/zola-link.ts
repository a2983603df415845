import { generatorSlugs } from "./load-generator-slugs.js";
import { joinUrlPath, type PageFacts, splitPath } from "./page-facts.js";
import type { SiteRules } from "./site-rules.js";

// `2024-03-01-name.md`, `2024-03-01_name.md`, or with a time: the date is the page's, the rest its slug.
const DATE_PREFIX_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?[-_]/;

/**
 * The URL path Zola gives a page: front matter `path` as written, else its section folders and its `slug` or file name
 * (a bundle's folder name) without a date prefix, each slugified (`slugify.paths = "on"`).
 * https://www.getzola.org/documentation/content/page/#output-paths
 */
export function buildZolaPath(rules: SiteRules, page: PageFacts): string {
	if (page.path !== undefined && page.path.trim() !== "") {
		const path = joinUrlPath(page.path.trim());
		return path.endsWith("/") || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
	}
	const { dirs: allDirs, stem } = splitPath(joinUrlPath(rules.contentPath, page.relPath));
	const isBundle = stem === "index" && allDirs.length > 0;
	const dirs = isBundle ? allDirs.slice(0, -1) : allDirs;
	const name = (isBundle ? (allDirs.at(-1) ?? stem) : stem).replace(DATE_PREFIX_RE, "");
	const { slugifyZola } = generatorSlugs();
	const slug = slugifyZola(page.slug?.trim() || name) || name;
	return joinUrlPath(...dirs.map((dir) => slugifyZola(dir) || dir), slug, "");
}
