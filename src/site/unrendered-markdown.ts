import { MARKDOWN_EXTENSIONS } from "../load/markdown-extensions.js";
import type { SiteGenerator } from "./site-rules.js";

// The Markdown extensions each generator makes pages of. Hugo: md, mdown, markdown (its other files in content/ are a
// page's resources); Zola and Eleventy: md; Astro: every one but mkdown. Jekyll publishes a `_posts` file of any
// extension: those outside its `markdown_ext` unconverted, under their own extension (see jekyll-link.ts).
const RENDERED: Readonly<Record<SiteGenerator, readonly string[]>> = {
	hugo: ["md", "mdown", "markdown"],
	jekyll: MARKDOWN_EXTENSIONS,
	zola: ["md"],
	eleventy: ["md"],
	astro: ["markdown", "mdown", "mkdn", "mkd", "mdwn", "md"],
	wordpress: MARKDOWN_EXTENSIONS,
};

/**
 * Globs of the Markdown files a site's generator makes no page of (a Hugo bundle's `notes.mkd`, a Zola section's
 * `draft.markdown`): no articles of the site, as its other files are not.
 */
export function ignoreUnrenderedMarkdown(generator: SiteGenerator): string[] {
	const left = MARKDOWN_EXTENSIONS.filter((extension) => !RENDERED[generator].includes(extension));
	if (left.length === 0) return [];
	return [left.length === 1 ? `**/*.${left[0]}` : `**/*.{${left.join(",")}}`];
}
