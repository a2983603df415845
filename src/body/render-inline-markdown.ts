import MarkdownIt, { type MarkdownIt as Parser } from "markdown-it";

let md: Parser | undefined;

/**
 * A line's inline Markdown as HTML (`code`, *emphasis*, [links](…), backslash escapes, entities), as a page shows a
 * heading: for a title read from the body's first `# heading`. Raw HTML passes through (the plain-text reader strips
 * real tags and keeps `List<T>`); no linkify or typographer, which would change the text itself.
 */
export function renderInlineMarkdown(text: string): string {
	md ??= new MarkdownIt({ html: true, linkify: false, typographer: false });
	return md.renderInline(text);
}
