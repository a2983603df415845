import MarkdownIt from "markdown-it";
import { precheckLinkify } from "./precheck-linkify.js";

/** How an article's body is written, decided by its file extension. */
export type BodyFormat = "markdown" | "html" | "text";

// CommonMark with raw HTML allowed (the cleaner sanitizes afterwards), plus the GFM
// parts markdown-it has built in: tables, strikethrough and autolinked URLs.
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });
precheckLinkify(markdown.linkify);

/** Renders a body to HTML according to its format; the result is not yet cleaned. */
export function renderBodyHtml(format: BodyFormat, body: string): string {
	switch (format) {
		case "markdown":
			return markdown.render(body);
		case "html":
			return body;
		case "text":
			return renderTextParagraphs(body);
	}
}

const PARAGRAPH_BREAK_RE = /\n[ \t]*\n/;

/** Plain text → one `<p>` per blank-line-separated block, lines inside a block joined by `<br>`. */
function renderTextParagraphs(text: string): string {
	return text
		.split(PARAGRAPH_BREAK_RE)
		.map((block) => block.trim())
		.filter((block) => block !== "")
		.map((block) => `<p>${block.split(/\n/).map(escapeHtml).join("<br>\n")}</p>`)
		.join("\n");
}

function escapeHtml(text: string): string {
	return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
