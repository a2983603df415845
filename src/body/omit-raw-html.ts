import type { MarkdownIt } from "markdown-it";

/**
 * Renders no raw HTML, as Hugo's goldmark does unless a site sets `markup.goldmark.renderer.unsafe`: an HTML block goes
 * whole, an inline tag (or comment) goes and the text around it stays. Hugo writes `<!-- raw HTML omitted -->` in
 * their place, which the cleaner would drop as any comment. https://gohugo.io/getting-started/configuration-markup/#goldmark
 */
export function omitRawHtml(md: MarkdownIt): void {
	md.renderer.rules.html_block = () => "";
	md.renderer.rules.html_inline = () => "";
}
