// Eleventy's own template syntax in a Markdown post, which its template engine (Liquid, or Nunjucks where the config
// says so) turns into HTML before Markdown: Nunjucks comments (`{# … #}`) show nothing, and the Image plugin's
// shortcode (`{% image "./pier.jpg", "The pier at dawn" %}`) is the picture. The rest of Liquid is Jekyll's too
// (render-liquid). Bounded, so thousands of unclosed `{#` cost linear time.
const NUNJUCKS_COMMENT_RE = /\{#(?:(?!\{#)[\s\S]){0,4000}?#\}/g;
const IMAGE_SHORTCODE_RE = /\{%-?\s*image\s+(["'])([^"'\n]+)\1\s*,\s*(["'])([^"'\n]*)\3[^%{}]*-?%\}/g;

/** The post with Eleventy's comments gone and its image shortcodes as `<img>`. */
export function renderEleventyShortcodes(body: string): string {
	if (!body.includes("{#") && !body.includes("{%")) return body;
	return body
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
