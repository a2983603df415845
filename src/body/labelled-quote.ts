import type { MarkdownIt } from "markdown-it";

// How a labelled box (an alert, a container, an admonition) is written in a feed, where no style sheet draws it: a
// quotation that opens with its label in bold, every reader keeps that.

/** The opening of a labelled quotation; no label line when the label is empty. */
export function openLabelledQuote(md: MarkdownIt, label: string): string {
	return `<blockquote>\n${label === "" ? "" : `<p><strong>${md.utils.escapeHtml(label)}</strong></p>\n`}`;
}

/** The closing of a labelled quotation. */
export const CLOSE_LABELLED_QUOTE = "</blockquote>\n";
