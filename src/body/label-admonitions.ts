/// <reference path="./markdown-it-admon.d.ts" />
import type { MarkdownIt } from "markdown-it";
import admonitions from "markdown-it-admon";
import { CLOSE_LABELLED_QUOTE, openLabelledQuote } from "./labelled-quote.js";

// Python-Markdown's admonitions, which MkDocs (Material's blog) and Pelican blogs write: `!!! note "Title"` and the
// block indented under it. markdown-it read the opening as a paragraph and the indented text as code. markdown-it-admon
// finds them; they are written as alerts and containers are (label-alerts, label-containers): a quotation that opens
// with its title in bold (the kind, capitalised, when it has none; nothing when the author wrote `""`).

/** Reads `!!! kind "Title"` blocks as labelled quotations. */
export function labelAdmonitions(md: MarkdownIt): void {
	md.use(admonitions);
	// The plugin also writes the title as a paragraph of its own; the opening below says it once.
	md.core.ruler.before("inline", "admonition_title_once", (state) => {
		state.tokens = state.tokens.filter(
			(token, index, tokens) =>
				token.type !== "admonition_title_open" &&
				token.type !== "admonition_title_close" &&
				tokens[index - 1]?.type !== "admonition_title_open",
		);
	});
	md.renderer.rules.admonition_open = (tokens, index) => {
		// Python-Markdown quotes the title; the plugin keeps the quotes.
		const title = (tokens[index]?.content ?? "").trim().replace(/^"(.*)"$/, "$1");
		return openLabelledQuote(md, title);
	};
	md.renderer.rules.admonition_close = () => CLOSE_LABELLED_QUOTE;
}
