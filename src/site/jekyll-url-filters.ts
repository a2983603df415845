/**
 * The URL filters of a Jekyll output on a quoted path, chained: `relative_url`, `absolute_url`, and the older
 * `prepend: site.baseurl` and `prepend: site.url` that posts written for Jekyll 2 and 3 use
 * (`{{ "/assets/x.png" | prepend: site.baseurl }}`). A regular expression's source, to follow the quoted path.
 */
export const JEKYLL_URL_FILTERS = String.raw`(?:\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.(?:baseurl|url)))+`;

const ABSOLUTE_URL_RE = /^[a-z][a-z\d+.-]*:/i;

/**
 * A quoted path through the filters (`JEKYLL_URL_FILTERS`) as Jekyll's do it: `relative_url` puts the site's path
 * (`basePath`, `/blog` or "") before it, `absolute_url` the origin too, both leaving an absolute URL as it is;
 * `prepend` glues the value on. `origin` "" makes the URL root-relative. Pure.
 * https://jekyllrb.com/docs/liquid/filters/
 */
export function applyJekyllUrlFilters(path: string, filters: string, origin: string, basePath: string): string {
	let value = path;
	for (const filter of filters.split("|").map((part) => part.trim())) {
		if (filter === "relative_url" || filter === "absolute_url") {
			if (ABSOLUTE_URL_RE.test(value)) continue;
			const relative = `${basePath}/${value.replace(/^\/+/, "")}`;
			value = filter === "absolute_url" ? `${origin}${relative}` : relative;
		} else if (filter !== "") value = `${filter.endsWith("baseurl") ? basePath : origin}${value}`;
	}
	return value;
}
