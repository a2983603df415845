/// <reference path="./markdown-it-container.d.ts" />
import type { MarkdownIt } from "markdown-it";
import container from "markdown-it-container";
import { capitalize } from "./capitalize.js";
import { CLOSE_LABELLED_QUOTE, openLabelledQuote } from "./labelled-quote.js";

// Container blocks, `:::kind` … `:::` (more colons for the outer of two nested ones): remark-directive's asides in
// Astro themes (`:::note[Title]`), VitePress and Docusaurus admonitions (`::: tip Title`), and markdown-it-container in
// Eleventy sites. Sites draw them as boxes; a feed showed the fences as text. markdown-it-container finds them; they
// are written as alerts are (label-alerts): a quotation that opens with its label in bold, the title the author gave
// or the kind. Only a fence that names a kind opens one, so ":::" alone and colons in prose stay as written.
const OPENING_RE = /^\s*([a-z][\w-]*)\s*(?:\[([^\]]*)\]|(.*))$/i;

/** Reads container blocks as labelled quotations. */
export function labelContainers(md: MarkdownIt): void {
	md.use(container, "aside", {
		validate: (params: string) => OPENING_RE.test(params),
		render: (tokens, index) => {
			const token = tokens[index];
			if (token?.nesting !== 1) return CLOSE_LABELLED_QUOTE;
			const [, kind = "", bracketed, rest] = OPENING_RE.exec(token.info) ?? [];
			const title = (bracketed ?? rest ?? "").trim();
			return openLabelledQuote(md, title === "" ? capitalize(kind) : title);
		},
	});
}
