import type { Article } from "../article/article.js";
import { hasAdPlaceholder } from "../clean/ad-placeholders.js";
import type { SiteConfig } from "../config/resolve-config.js";

// A page's HTML pasted whole into a Markdown file: most of its lines open with a tag.
const HTML_LINE_RE = /^\s*<[A-Za-z!/]/;

/**
 * Whether an article's body is its author's own writing (CleanContext.isAuthored): a site generator's post (its
 * furniture is in the templates), or, in a plain folder, a post written in Markdown: no ad plugin's placeholders, and
 * Markdown rather than a page's HTML pasted into the file. A republished tutorial's Markdown (a `source:` it came
 * from) is still its author's. A WordPress export, a text file and a saved HTML page are what a blog or its scraper
 * stored.
 */
export function isAuthored(article: Article, config: Pick<SiteConfig, "site">): boolean {
	if (config.site !== undefined) return config.site.generator !== "wordpress";
	if (article.format !== "markdown") return false;
	if (hasAdPlaceholder(article.body)) return false;
	return !isMostlyHtml(article.body);
}

/** Half or more of the body's lines open with a tag: HTML pasted into a Markdown file, not Markdown. */
function isMostlyHtml(body: string): boolean {
	let lines = 0;
	let tags = 0;
	for (const line of body.split("\n")) {
		if (line.trim() === "") continue;
		lines++;
		if (HTML_LINE_RE.test(line)) tags++;
	}
	return lines > 0 && tags * 2 >= lines;
}
