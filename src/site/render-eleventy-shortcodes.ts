import { matchRawBlocks } from "./render-liquid.js";

// Eleventy's own template syntax in a Markdown post, which its template engine (Liquid, or Nunjucks where the config
// says so) turns into HTML before Markdown: Nunjucks comments (`{# … #}`) show nothing, the Image plugin's
// shortcode (`{% image "./pier.jpg", "The pier at dawn" %}`) is the picture, and the url filter
// (`{{ "/about/" | url }}`) a path under the pathPrefix. The rest of Liquid is Jekyll's too
// (render-liquid). Bounded, so thousands of unclosed `{#` cost linear time.
const NUNJUCKS_COMMENT_RE = /\{#(?:(?!\{#)[\s\S]){0,4000}?#\}/g;
const IMAGE_SHORTCODE_RE = /\{%-?\s*image\s+(["'])([^"'\n]+)\1\s*,\s*(["'])([^"'\n]*)\3[^%{}]*-?%\}/g;
// `{{ '/img/frame.jpg' | url }}`: Eleventy's url filter on a quoted path.
const URL_FILTER_RE = /\{\{-?\s*(["'])([^"'\n{}]*)\1\s*\|\s*url\s*-?\}\}/g;

/**
 * The post with Eleventy's comments gone, its image shortcodes as `<img>` and its url filters filled: a path from the
 * site's root under `pathPrefix` (`/`-separated, without slashes around it), any other left as it is (Filters/Url.js).
 */
export function renderEleventyShortcodes(body: string, pathPrefix = ""): string {
	if (!body.includes("{#") && !body.includes("{%") && !body.includes("{{")) return body;
	// What `{% raw %}` wraps is left as written, for render-liquid to show.
	let out = "";
	let last = 0;
	for (const match of matchRawBlocks(body)) {
		out += render(body.slice(last, match.index), pathPrefix) + match[0];
		last = match.index + match[0].length;
	}
	return out + render(body.slice(last), pathPrefix);
}

function render(text: string, pathPrefix: string): string {
	return text
		.replace(URL_FILTER_RE, (_, _quote: string, url: string) =>
			url.startsWith("/") && !url.startsWith("//") && pathPrefix !== "" ? `/${pathPrefix}${url}` : url,
		)
		.replace(NUNJUCKS_COMMENT_RE, "")
		.replace(
			IMAGE_SHORTCODE_RE,
			(_, _quote: string, src: string, _altQuote: string, alt: string) =>
				`<img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}">`,
		);
}

function escapeAttribute(text: string): string {
	return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}
