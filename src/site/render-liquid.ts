import { sitePathOf } from "../url/site-path.js";
import { fenceCode } from "./fence-code.js";
import { applyJekyllUrlFilters, JEKYLL_URL_FILTERS } from "./jekyll-url-filters.js";
import { renderLiquidEmbeds } from "./render-liquid-embeds.js";

/** Finds the URL of another page of the site from a Jekyll reference (`_posts/2024-03-01-x.md`, `2024-03-01-x`). */
export type PageLookup = (reference: string) => string | undefined;

/** A Jekyll body with its Liquid handled, and what could not be. */
export interface RenderedLiquid {
	readonly body: string;
	/** `{% link %}` and `{% post_url %}` references that name no page wirefeed knows. */
	readonly unresolved: readonly string[];
	/** Tags and outputs wirefeed does not evaluate, removed (Jekyll would have filled them with site data). */
	readonly removed: readonly string[];
}

/** `{% raw %}…{% endraw %}`: what Liquid leaves as written. */
export const RAW_RE = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;
/** `{% comment %}…{% endcomment %}` and `{% # note %}`: the author's notes, which Liquid renders as nothing. */
export const COMMENT_RE = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{%-?\s*#[^%]*-?%\}/g;
/** `{% highlight lang %}…{% endhighlight %}` (Eleventy's plugin quotes the language): a code block. */
export const HIGHLIGHT_RE =
	/\{%-?\s*highlight\s+["']?([\w+#.-]+)["']?[^%]*?-?%\}\n?([\s\S]*?)\n?\{%-?\s*endhighlight\s*-?%\}/g;
/** `{% link path %}` and `{% post_url name %}`: a link to another page of the site. */
export const LINK_TAG_RE = /\{%-?\s*(link|post_url)\s+([^%]+?)\s*-?%\}/g;
const SITE_URL_RE =
	/\{\{-?\s*site\.url\s*-?\}\}\s*\{\{-?\s*site\.baseurl\s*-?\}\}|\{\{-?\s*site\.(url|baseurl)\s*-?\}\}/g;
// `{{ site.baseurl }}{% post_url x %}`, as Jekyll 3 (GitHub Pages' Jekyll) needs it: the tag alone is the whole URL.
const PREFIXED_LINK_RE = new RegExp(`(?:${SITE_URL_RE.source})+(?=\\{%-?\\s*(?:link|post_url)\\s)`, "g");
const URL_FILTER_RE = new RegExp(String.raw`\{\{-?\s*(["'])([^"']*)\1(${JEKYLL_URL_FILTERS})\s*-?\}\}`, "g");
const ANY_TAG_RE = /\{%-?[\s\S]*?-?%\}|\{\{-?[\s\S]*?-?\}\}/g;

/** The page a `{% link %}` or `{% post_url %}` names, without its quotes. */
export function readReference(reference: string): string {
	return reference.trim().replace(/^["']|["']$/g, "");
}

/**
 * Jekyll's Liquid, the parts a post's text relies on, done as Jekyll does before Markdown (so also inside code):
 * `{% highlight lang %}` becomes a fenced code block (`<pre><code class="language-lang">` once rendered), `{% link %}`,
 * `{% post_url %}` (with any `{{ site.baseurl }}` written before it, which Jekyll 3's tags leave out), `{{ site.url }}{{
 * site.baseurl }}` and the `relative_url`/`absolute_url` filters (and `prepend: site.baseurl`) become real URLs,
 * `{% raw %}` content is kept as written, comments go with what they hold, and any other tag is removed. https://jekyllrb.com/docs/liquid/tags/
 */
export function renderLiquid(body: string, siteUrl: string, lookup: PageLookup): RenderedLiquid {
	const unresolved: string[] = [];
	const removed: string[] = [];
	const url = new URL(siteUrl);
	const basePath = sitePathOf(siteUrl);
	const render = (text: string): string =>
		renderLiquidEmbeds(text.replace(COMMENT_RE, ""), basePath)
			.replace(HIGHLIGHT_RE, (_, language: string, code: string) => fenceCode(language, code))
			.replace(PREFIXED_LINK_RE, "")
			.replace(LINK_TAG_RE, (tag, _kind: string, reference: string) => {
				const target = lookup(readReference(reference));
				if (target === undefined) unresolved.push(tag);
				return target ?? "";
			})
			.replace(SITE_URL_RE, (_, single: string | undefined) =>
				single === "url" ? url.origin : single === "baseurl" ? basePath : `${url.origin}${basePath}`,
			)
			.replace(URL_FILTER_RE, (_, _quote: string, path: string, filters: string) =>
				applyJekyllUrlFilters(path, filters, url.origin, basePath),
			)
			.replace(ANY_TAG_RE, (tag) => {
				removed.push(tag);
				return "";
			});
	let out = "";
	let last = 0;
	for (const match of body.matchAll(RAW_RE)) {
		out += render(body.slice(last, match.index)) + (match[1] ?? "");
		last = match.index + match[0].length;
	}
	out += render(body.slice(last));
	return { body: out, unresolved, removed };
}
