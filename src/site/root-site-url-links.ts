import { applyJekyllUrlFilters, JEKYLL_URL_FILTERS } from "./jekyll-url-filters.js";
import { rewriteOutsideCode } from "./split-code.js";

// Where a Markdown link's destination starts: after `](` (an inline link, CommonMark §6.3) or after the label of a
// link reference definition at the start of a line (§4.7); `<` opens a destination written in angle brackets. Looked
// for behind a `{{` only: tried at every position, the look behind read back over the whole run of spaces before it
// (quadratic: 30 KB of spaces and tabs took seconds).
const DESTINATION_START = String.raw`(?=\{\{)(?<=\]\([ \t]*<?|(?:^|\n) {0,3}\[[^\]\n]+\]:[ \t]*<?)`;
// `{{ site.url }}`, `{{ site.baseurl }}` or both, at the start of a destination.
const SITE_URL_RE = new RegExp(`${DESTINATION_START}(?:\\{\\{-?\\s*site\\.(?:url|baseurl)\\s*-?\\}\\})+`, "g");
// A `{% post_url %}` or `{% link %}` tag: the whole URL of a post, which `{{ site.baseurl }}` before it adds nothing to.
const LINK_TAG_START_RE = /^\{%-?\s*(?:link|post_url)\s/;
// `{{ "/about/" | relative_url }}` (or `absolute_url`, `prepend: site.baseurl`) as a whole destination.
const URL_FILTER_RE = new RegExp(
	`${DESTINATION_START}\\{\\{-?\\s*(["'])([^"'\\n]*)\\1(${JEKYLL_URL_FILTERS})\\s*-?\\}\\}`,
	"g",
);

/**
 * Outside a detected Jekyll site nothing fills in `{{ site.url }}`, and a Markdown link whose destination starts with
 * it is no link (the spaces end the destination: `[1]: {{ site.url }}/x` was published as that text) or a link to
 * `%7B%7Bsite.url%7D%7D/x`. Such a destination becomes the root-relative path it names, which the cleaner resolves
 * against the feed's `url`, as it does `{{ site.url }}` in an HTML `href`: `{{ site.baseurl }}`, `relative_url`,
 * `absolute_url` and `prepend: site.baseurl` start it with `sitePath` (see sitePathOf), `{{ site.url }}` alone at the root; before a `{% post_url %}`
 * or `{% link %}` tag (Jekyll 3's, without the baseurl) they go, the tag naming the whole URL. Code is left as
 * written. Before Markdown.
 */
export function rootSiteUrlLinks(body: string, sitePath: string): string {
	if (!body.includes("{{")) return body;
	return rewriteOutsideCode(body, (prose) =>
		prose
			.replace(SITE_URL_RE, (template, offset: number) => {
				if (LINK_TAG_START_RE.test(prose.slice(offset + template.length))) return "";
				const base = template.includes("baseurl") ? sitePath : "";
				return prose[offset + template.length] === "/" ? base : `${base}/`;
			})
			.replace(URL_FILTER_RE, (_, _quote: string, path: string, filters: string) =>
				applyJekyllUrlFilters(path, filters, "", sitePath),
			),
	);
}
