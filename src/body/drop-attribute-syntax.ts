import type { MarkdownIt, Token } from "markdown-it";

// Syntax other Markdown engines read and markdown-it shows as text (a site shows none of it):
// - kramdown's (Jekyll) attribute lists: `{: .notice}` on a line of its own (the block above or below), right after a
//   span (`[x](y){:target="_blank"}`, `*x*{: .loud}`), attribute definitions (`{:ref: .class}`) and extensions
//   written as one tag (`{::options parse_block_html="true" /}`). `{:` starts nothing else in prose. Under a table,
//   GFM reads the attribute line as one more row: that row goes. An image's `width` and `height` stay: kramdown sets
//   them on its <img> (`![x](a.png){: width="300"}`), and a reader lays the picture out with them.
// - a heading's attributes at its end, as goldmark (Hugo), kramdown, Pandoc and PHP Markdown Extra read them:
//   `## Setup {#setup .no_toc}`. Only ids, classes and key=value pairs, so "## Why {braces} matter" stays.
// - table of contents markers: kramdown's `* TOC` + `{:toc}` (the list stands for the contents), and a paragraph that
//   is only `[[toc]]` (markdown-it-table-of-contents, Eleventy), `[TOC]` (Python-Markdown), `[[_TOC_]]` (GitLab)
//   or `${toc}`. A feed's contents would be links to anchors the sanitizer removes.
// - a fence's line highlights glued to its language (Gatsby's and Prism's "```jsx{1,3}") and an R Markdown chunk's
//   "```{r, echo=FALSE}": the language is what comes before the braces, or the first word inside them.
// Code (inline or blocks) is never touched: it is not text tokens.
const SPAN_ATTRIBUTES_RE = /\{:(?!:)[^{}\n]*\}|\{::\w+\b[^{}\n]*\/\}/g;
// kramdown's size attributes, whose values it reads only quoted (`width=300` is nothing); in Jekyll's dialect the
// quotes are already curly (typesetLikeKramdown's smart quotes run before this rule).
const SIZE_ATTRIBUTE_RE =
	/(?:^|\s)(width|height)=(?:["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]|['\u2018\u2019]([^'\u2018\u2019]*)['\u2018\u2019])/g;
const TOC_ATTRIBUTE_RE = /\{:toc\}/;
const TOC_MARKER_RE = /^(?:\[\[_?toc_?\]\]|\[toc\]|\$\{toc\})$/i;
const ATTRIBUTE = String.raw`(?:[#.][\w:-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+))`;
const GLUED_HIGHLIGHTS_RE = /^([\w+#.-]+)\{[^{}\s]*\}/;
const BRACED_LANGUAGE_RE = /^\{([\w+#.-]+)[^{}]*\}/;
const HEADING_ATTRIBUTES_RE = new RegExp(String.raw`\s+\{:?\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}$`);

/** Adds the rule to a markdown-it instance: after inline parsing, so code spans and blocks are already apart. */
export function dropAttributeSyntax(md: MarkdownIt): void {
	md.core.ruler.push("drop_attribute_syntax", (state) => {
		if (!state.src.includes("{") && !/\[toc\]|\[\[_?toc/i.test(state.src)) return;
		state.tokens = dropBlocks(state.tokens);
	});
}

function dropBlocks(tokens: Token[]): Token[] {
	const kept: Token[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index] as Token;
		if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
			const end = findClose(tokens, index);
			if (tokens.slice(index, end).some((inner) => inner.type === "inline" && TOC_ATTRIBUTE_RE.test(inner.content))) {
				index = end;
				continue;
			}
		}
		// A GFM table goes on up to a blank line: kramdown's `{: .class}` under it is read as a row of its own.
		if (token.type === "tr_open") {
			const end = findClose(tokens, index);
			if (isSyntaxRow(tokens.slice(index, end))) {
				index = end;
				continue;
			}
		}
		if (token.type === "paragraph_open") {
			const inline = tokens[index + 1];
			if (inline?.type === "inline" && isOnlySyntax(inline)) {
				index += 2; // the inline and the paragraph's close
				continue;
			}
		}
		if (token.type === "fence") token.info = readFenceInfo(token.info);
		if (token.type === "inline") {
			const heading = tokens[index - 1]?.type === "heading_open";
			if (heading) dropHeadingAttributes(token);
			dropSpanAttributes(token);
		}
		kept.push(token);
	}
	return kept;
}

/** The info string with its language first, on its own: "jsx{1,3}" → "jsx {1,3}", "{r, echo=FALSE}" → "r". */
function readFenceInfo(info: string): string {
	const trimmed = info.trim();
	const glued = GLUED_HIGHLIGHTS_RE.exec(trimmed)?.[1];
	if (glued !== undefined) return `${glued} ${trimmed.slice(glued.length)}`;
	return BRACED_LANGUAGE_RE.exec(trimmed)?.[1] ?? info;
}

function findClose(tokens: readonly Token[], open: number): number {
	let depth = 0;
	for (let index = open; index < tokens.length; index++) {
		depth += (tokens[index] as Token).nesting;
		if (depth === 0) return index;
	}
	return tokens.length - 1;
}

// A row whose cells hold attribute syntax and nothing else (the cells the table adds to it are empty).
function isSyntaxRow(row: readonly Token[]): boolean {
	const cells = row.filter((token) => token.type === "inline");
	return cells.some(isOnlySyntax) && cells.every((cell) => cell.content.trim() === "" || isOnlySyntax(cell));
}

function isOnlySyntax(inline: Token): boolean {
	const text = inline.content.trim();
	return TOC_MARKER_RE.test(text) || (text.startsWith("{:") && text.replace(SPAN_ATTRIBUTES_RE, "").trim() === "");
}

function dropHeadingAttributes(inline: Token): void {
	const last = inline.children?.at(-1);
	if (last?.type !== "text" || !HEADING_ATTRIBUTES_RE.test(last.content)) return;
	last.content = last.content.replace(HEADING_ATTRIBUTES_RE, "");
}

/** Removes `{: …}` from the text; a line that held only that goes with the line break beside it. */
function dropSpanAttributes(inline: Token): void {
	const children = inline.children;
	if (children === null || !inline.content.includes("{:")) return;
	const kept: Token[] = [];
	let skipBreak = false;
	for (const [index, child] of children.entries()) {
		if (skipBreak && isLineBreak(child)) {
			skipBreak = false;
			continue;
		}
		skipBreak = false;
		if (child.type !== "text" || !child.content.includes("{:")) {
			kept.push(child);
			continue;
		}
		const image = kept.at(-1);
		if (image?.type === "image") setImageSize(image, child.content);
		const text = child.content.replace(SPAN_ATTRIBUTES_RE, "");
		const wasLine = text.trim() === "" && isLineBreak(children[index - 1] ?? children[index + 1]);
		if (!wasLine) {
			child.content = text;
			kept.push(child);
		} else if (isLineBreak(kept.at(-1))) kept.pop();
		else skipBreak = true; // a first line: the break after it goes
	}
	inline.children = kept;
}

// The size an attribute list right after an image gives it (the sanitizer keeps only numbers and percentages).
function setImageSize(image: Token, text: string): void {
	const list = /^\{:(?!:)([^{}\n]*)\}/.exec(text)?.[1];
	if (list === undefined) return;
	for (const [, name = "", double, single] of list.matchAll(SIZE_ATTRIBUTE_RE))
		image.attrSet(name, double ?? single ?? "");
}

function isLineBreak(token: Token | undefined): boolean {
	return token?.type === "softbreak" || token?.type === "hardbreak";
}
