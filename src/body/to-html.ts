/// <reference path="./markdown-it-deflist.d.ts" />
import MarkdownIt from "markdown-it";
import deflist from "markdown-it-deflist";
import footnotes from "markdown-it-footnote";
import { addAutoParagraphs } from "./add-auto-paragraphs.js";
import { dropAttributeSyntax } from "./drop-attribute-syntax.js";
import { labelAlerts } from "./label-alerts.js";
import { precheckLinkify, skipParagraphsWithoutLinkText } from "./precheck-linkify.js";
import { splitCodeLabels } from "./split-code-labels.js";

// markdown-it's default: above the cleaner's MAX_HTML_DEPTH (64), so that Markdown this deep is flattened, and warned
// about, by the cleaner.
const MAX_MARKDOWN_NESTING = 100;

/** How an article's body is written: by its file extension, or `wordpress` for a WordPress export's HTML. */
export type BodyFormat = "markdown" | "html" | "text" | "wordpress";

// CommonMark with raw HTML allowed (the cleaner sanitizes afterwards), plus the GFM
// parts markdown-it has built in: tables, strikethrough and autolinked URLs, and `[^name]` footnotes, which Hugo,
// Jekyll (kramdown) and Zola all read by default, and definition lists (`Term` then `: definition`), which Hugo and
// Jekyll read by default.
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false, maxNesting: MAX_MARKDOWN_NESTING });
markdown.use(footnotes);
markdown.use(deflist);
// A reference is its number, a note has no way back: the sanitizer drops `id`s (a feed's HTML lives inside a reader's
// page), so `#fn1` could only be made absolute, opening the website at an anchor its own generator spells otherwise.
// The class (markdown-it-footnote's own) is dropped by the sanitizer too, which notes it so summaries leave it out.
markdown.renderer.rules.footnote_ref = (tokens, idx, options, env, self) =>
	`<sup class="footnote-ref">${self.rules.footnote_caption?.(tokens, idx, options, env, self) ?? ""}</sup>`;
markdown.renderer.rules.footnote_anchor = () => "";
skipParagraphsWithoutLinkText(markdown);
dropAttributeSyntax(markdown);
labelAlerts(markdown);
splitCodeLabels(markdown);
precheckLinkify(markdown.linkify);
keepTooDeepBlocks(markdown);

/**
 * markdown-it's block parser recurses once per nesting level and, past `maxNesting`, silently drops the rest of the
 * container (a 2,000-deep `>` quote lost its words). What is deeper is kept here as one paragraph of text; the
 * cleaner then flattens the levels above its own bound, and warns.
 */
function keepTooDeepBlocks(md: typeof markdown): void {
	const tokenize = md.block.tokenize.bind(md.block);
	md.block.tokenize = (state, startLine, endLine) => {
		if (state.level < MAX_MARKDOWN_NESTING) {
			tokenize(state, startLine, endLine);
			return;
		}
		const text = state.getLines(startLine, endLine, state.blkIndent, false).trim();
		state.line = endLine;
		if (text === "") return;
		state.push("paragraph_open", "p", 1).map = [startLine, endLine];
		const inline = state.push("inline", "", 0);
		inline.content = text;
		inline.map = [startLine, endLine];
		inline.children = [];
		state.push("paragraph_close", "p", -1);
	};
}

/** Renders a body to HTML according to its format; the result is not yet cleaned. */
export function renderBodyHtml(format: BodyFormat, body: string): string {
	switch (format) {
		case "markdown":
			return markdown.render(joinFootnoteLabels(body, spacedFootnoteLabels(body)));
		case "html":
			return body;
		case "wordpress":
			return addAutoParagraphs(body);
		case "text":
			return renderTextParagraphs(body);
	}
}

/**
 * Renders the part of a body before its summary separator (`<!--more-->`), for the summary's text. A Markdown footnote
 * reference there has its note after the separator: the whole body's footnote labels are known to the excerpt, so
 * `[^name]` is read as a reference (which plain text leaves out) and not as text.
 */
export function renderExcerptHtml(format: BodyFormat, excerpt: string, body: string): string {
	if (format !== "markdown" || !excerpt.includes("[^")) return renderBodyHtml(format, excerpt);
	const spaced = spacedFootnoteLabels(body);
	const whole: FootnoteEnv = {};
	markdown.parse(joinFootnoteLabels(body, spaced), whole);
	const labels = Object.keys(whole.footnotes?.refs ?? {});
	// -1: defined, not yet referenced (markdown-it-footnote's own mark for a definition it has read).
	const env: FootnoteEnv = { footnotes: { refs: Object.fromEntries(labels.map((label) => [label, -1])) } };
	return markdown.render(joinFootnoteLabels(excerpt, spaced), env);
}

// A footnote definition whose label has a space: `[^toy problems]: …` at the start of a line.
const SPACED_DEFINITION_RE = /^ {0,3}\[\^([^\]\n]*? [^\]\n]*)\]:/gm;

/**
 * Labels with spaces that the body defines. Hugo (goldmark) and kramdown read `[^toy problems]` as a footnote, where
 * markdown-it-footnote stops at the space and leaves the reference and the note as text.
 */
function spacedFootnoteLabels(body: string): string[] {
	if (!body.includes("[^")) return [];
	return [...new Set(Array.from(body.matchAll(SPACED_DEFINITION_RE), (match) => match[1] ?? ""))];
}

// Each defined spaced label with no-break spaces, which markdown-it-footnote accepts; notes show numbers, never
// labels. Only defined labels change, so a `[^ \t]` of a regular expression in code is left as written.
function joinFootnoteLabels(text: string, labels: readonly string[]): string {
	let joined = text;
	for (const label of labels) joined = joined.replaceAll(`[^${label}]`, `[^${label.replaceAll(" ", "\u00a0")}]`);
	return joined;
}

// What markdown-it-footnote keeps in the render environment: each defined label (prefixed with ":") and its number.
type FootnoteEnv = { footnotes?: { refs?: Record<string, number> } };

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
