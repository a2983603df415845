import { buildAstroFeedPath, buildAstroPath } from "./astro-link.js";
import { buildEleventyPath } from "./eleventy-link.js";
import { buildHugoPath } from "./hugo-link.js";
import { buildJekyllIdPath, buildJekyllPath } from "./jekyll-link.js";
import type { PageFacts } from "./page-facts.js";
import type { SiteRules } from "./site-rules.js";
import { buildZolaPath } from "./zola-link.js";

/** A page's link as its generator makes it, and the id the generator's own feed gives it. */
export interface SiteLink {
	readonly link: string;
	/** The generator's feed id, so moving a feed to wirefeed shows no item twice in a reader. */
	readonly id: string;
}

/**
 * The link (and feed id) the site's generator gives a page, under the site URL (which already holds any base path);
 * undefined when wirefeed cannot know it (an Eleventy permalink that needs a template engine, a WordPress export,
 * whose links are in the front matter).
 */
export function buildSiteLink(rules: SiteRules, page: PageFacts, siteUrl: string): SiteLink | undefined {
	const path = buildSitePath(rules, page);
	if (path === undefined) return undefined;
	// Eleventy's page URLs hold its pathPrefix (`/apiary/posts/x/`), and its feed plugin resolves them against the
	// site's URL as URLs resolve: from the host, so a site URL naming the prefix too does not double it.
	const base = rules.generator === "eleventy" && rules.pathPrefix !== undefined ? new URL("/", siteUrl).href : siteUrl;
	const link = toSiteUrl(path, base);
	return { link, id: buildSiteId(rules, page, path, siteUrl) ?? link };
}

// The id the generator's own feed gives a page, when it is not the page's link.
function buildSiteId(rules: SiteRules, page: PageFacts, path: string, siteUrl: string): string | undefined {
	if (rules.generator === "jekyll") return toSiteUrl(buildJekyllIdPath(path, page), siteUrl);
	// @astrojs/rss resolves the site's links against the origin of `site`, never its `base`.
	const astroFeedPath = rules.generator === "astro" ? buildAstroFeedPath(rules, page) : undefined;
	return astroFeedPath === undefined ? undefined : toSiteUrl(astroFeedPath, new URL("/", siteUrl).href);
}

function buildSitePath(rules: SiteRules, page: PageFacts): string | undefined {
	switch (rules.generator) {
		case "hugo":
			return buildHugoPath(rules, page);
		case "jekyll":
			return buildJekyllPath(rules, page);
		case "zola":
			return buildZolaPath(rules, page);
		case "eleventy":
			return buildEleventyPath(rules, page);
		case "astro":
			return buildAstroPath(rules, page);
		case "wordpress":
			return undefined;
	}
}

// Characters a path may hold as they are (RFC 3986 pchar and "/"); `%XX` escapes are kept, anything else is escaped.
const PATH_CHAR_RE = /%[0-9A-Fa-f]{2}|[A-Za-z0-9\-._~!$&'()*+,;=:@/]/y;

/** A site path under the site URL: `/posts/x/` under `https://example.org/blog/` is `https://example.org/blog/posts/x/`. */
export function toSiteUrl(path: string, siteUrl: string): string {
	let escaped = "";
	for (let index = 0; index < path.length; ) {
		PATH_CHAR_RE.lastIndex = index;
		const match = PATH_CHAR_RE.exec(path);
		if (match !== null) {
			escaped += match[0];
			index += match[0].length;
			continue;
		}
		const char = String.fromCodePoint(path.codePointAt(index) ?? 0);
		escaped += encodeURIComponent(char);
		index += char.length;
	}
	const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
	const relative = escaped.replace(/^\/+/, "");
	// Dot segments ("/../") are resolved as a reader would, so a link never differs from where it leads.
	return /(?:^|\/)\.{1,2}(?:\/|$)/.test(relative) ? new URL(relative, base).href : base + relative;
}
