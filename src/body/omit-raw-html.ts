import type { MarkdownIt } from "markdown-it";

/**
 * Renders no raw HTML, as Hugo's goldmark does unless a site sets `markup.goldmark.renderer.unsafe`: an HTML block goes
 * whole, an inline tag (or comment) goes and the text around it stays. Hugo writes `<!-- raw HTML omitted -->` in
 * their place, which the cleaner would drop as any comment. A tag between `{{` and `}}` is a shortcode written without
 * spaces (`{{<figure …>}}`), which Hugo runs before Markdown: it stays, for the cleaner's shortcode rule.
 * https://gohugo.io/getting-started/configuration-markup/#goldmark
 */
export function omitRawHtml(md: MarkdownIt): void {
	md.renderer.rules.html_block = () => "";
	md.renderer.rules.html_inline = (tokens, idx) => {
		const token = tokens[idx];
		const isShortcode =
			tokens[idx - 1]?.content.endsWith("{{") === true && tokens[idx + 1]?.content.startsWith("}}") === true;
		return isShortcode && token !== undefined ? token.content : "";
	};
}
