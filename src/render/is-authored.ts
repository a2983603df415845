import type { Article } from "../article/article.js";
import type { SiteConfig } from "../config/resolve-config.js";

// What scrapers and exports leave in a body: an ad plugin's placeholder, or a page's HTML pasted whole.
const AD_PLACEHOLDER_RE = /\[(?:ad(?:_\d+)?|adsense)\]/i;
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
	if (AD_PLACEHOLDER_RE.test(article.body)) return false;
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
