/// <reference path="./markdown-it-deflist.d.ts" />
/// <reference path="./markdown-it-emoji.d.ts" />

import MarkdownIt from "markdown-it";
import deflist from "markdown-it-deflist";
import { full as emoji } from "markdown-it-emoji";
import footnotes from "markdown-it-footnote";
import { CharPositions } from "../text/char-positions.js";
import { addAutoParagraphs } from "./add-auto-paragraphs.js";
import { appendFootnotesInPlace } from "./append-footnotes-in-place.js";
import { dropAttributeSyntax } from "./drop-attribute-syntax.js";
import { alignSourceLines, markSourceLines } from "./keep-source-lines.js";
import { labelAdmonitions } from "./label-admonitions.js";
import { labelAlerts } from "./label-alerts.js";
import { labelContainers } from "./label-containers.js";
import { markTaskLists } from "./mark-task-lists.js";
import { omitRawHtml } from "./omit-raw-html.js";
import { parseMarkdownInHtml } from "./parse-markdown-in-html.js";
import { precheckLinkify, skipParagraphsWithoutLinkText } from "./precheck-linkify.js";
import { readKramdownMath } from "./read-kramdown-math.js";
import { splitCodeLabels } from "./split-code-labels.js";
import { typesetLikeKramdown } from "./typeset-like-kramdown.js";
import { unlinkTemplateTags } from "./unlink-template-tags.js";

// markdown-it's default: above the cleaner's MAX_HTML_DEPTH (64), so that Markdown this deep is flattened, and warned
// about, by the cleaner.
const MAX_MARKDOWN_NESTING = 100;

/** How an article's body is written: by its file extension, or `wordpress` for a WordPress export's HTML. */
export type BodyFormat = "markdown" | "html" | "text" | "wordpress";

type Markdown = InstanceType<typeof MarkdownIt>;

/** Where a site's Markdown renderer reads a post otherwise than wirefeed's default (its generator's settings). */
export interface MarkdownDialect {
	/** Raw HTML is not rendered (Hugo's goldmark without `unsafe`): blocks go, inline tags go and their text stays. */
	readonly isRawHtmlOmitted?: boolean;
	/** An emoji's name between colons is the emoji (Hugo's `enableEmoji`: `:smile:` is 😄). */
	readonly isEmojiEnabled?: boolean;
	/** Prose is typeset as kramdown (Jekyll) sets it: curly quotes, `--` an en dash, `...` an ellipsis. */
	readonly isTypeset?: boolean;
	/** `$$…$$` is math, as kramdown reads it: `\(…\)`, or `\[…\]` as a block. */
	readonly hasKramdownMath?: boolean;
}

// CommonMark with raw HTML allowed (the cleaner sanitizes afterwards), plus the GFM
// parts markdown-it has built in: tables, strikethrough and autolinked URLs, and `[^name]` footnotes, which Hugo,
// Jekyll (kramdown) and Zola all read by default, definition lists (`Term` then `: definition`), which Hugo and
// Jekyll read by default, and task lists (`- [x] done`), shown with ballot boxes.
function createMarkdown(dialect: MarkdownDialect): Markdown {
	const md = new MarkdownIt({ html: true, linkify: true, typographer: false, maxNesting: MAX_MARKDOWN_NESTING });
	md.use(footnotes);
	appendFootnotesInPlace(md);
	md.use(deflist);
	// A reference is its number, a note has no way back: the sanitizer drops `id`s (a feed's HTML lives inside a
	// reader's page), so `#fn1` could only be made absolute, opening the website at an anchor its own generator spells
	// otherwise. The class (markdown-it-footnote's own) is dropped by the sanitizer too, which notes it so summaries
	// leave it out.
	md.renderer.rules.footnote_ref = (tokens, idx, options, env, self) =>
		`<sup class="footnote-ref">${self.rules.footnote_caption?.(tokens, idx, options, env, self) ?? ""}</sup>`;
	md.renderer.rules.footnote_anchor = () => "";
	skipParagraphsWithoutLinkText(md);
	dropAttributeSyntax(md);
	parseMarkdownInHtml(md);
	labelAlerts(md);
	labelContainers(md);
	labelAdmonitions(md);
	markTaskLists(md);
	splitCodeLabels(md);
	precheckLinkify(md.linkify);
	unlinkTemplateTags(md);
	keepTooDeepBlocks(md);
	if (dialect.isRawHtmlOmitted === true) omitRawHtml(md);
	// Hugo reads names only: a smiley such as `:)` stays as written. Code is left as written too, where Hugo 0.111
	// replaces names in the rendered page whatever they are in.
	if (dialect.isEmojiEnabled === true) md.use(emoji, { shortcuts: {} });
	if (dialect.isTypeset === true) typesetLikeKramdown(md);
	if (dialect.hasKramdownMath === true) readKramdownMath(md);
	markSourceLines(md);
	return md;
}

const markdowns = new Map<string, Markdown>();

/** The renderer of a dialect, made once. */
function markdownFor(dialect: MarkdownDialect): Markdown {
	const key = [dialect.isRawHtmlOmitted, dialect.isEmojiEnabled, dialect.isTypeset, dialect.hasKramdownMath]
		.map((flag) => flag === true)
		.join("/");
	let md = markdowns.get(key);
	if (md === undefined) {
		md = createMarkdown(dialect);
		markdowns.set(key, md);
	}
	return md;
}

/**
 * markdown-it's block parser recurses once per nesting level and, past `maxNesting`, silently drops the rest of the
 * container (a 2,000-deep `>` quote lost its words). What is deeper is kept here as one paragraph of text; the
 * cleaner then flattens the levels above its own bound, and warns.
 */
function keepTooDeepBlocks(md: Markdown): void {
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

/** Renders a body to HTML according to its format (Markdown in the site's dialect); the result is not yet cleaned. */
export function renderBodyHtml(format: BodyFormat, body: string, dialect: MarkdownDialect = {}): string {
	switch (format) {
		case "markdown":
			return alignSourceLines(markdownFor(dialect).render(joinFootnoteLabels(body, spacedFootnoteLabels(body))));
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
export function renderExcerptHtml(
	format: BodyFormat,
	excerpt: string,
	body: string,
	dialect: MarkdownDialect = {},
): string {
	if (format !== "markdown" || !excerpt.includes("[^")) return renderBodyHtml(format, excerpt, dialect);
	const markdown = markdownFor(dialect);
	const spaced = spacedFootnoteLabels(body);
	const whole: FootnoteEnv = {};
	markdown.parse(joinFootnoteLabels(body, spaced), whole);
	const labels = Object.keys(whole.footnotes?.refs ?? {});
	// -1: defined, not yet referenced (markdown-it-footnote's own mark for a definition it has read).
	const env: FootnoteEnv = { footnotes: { refs: Object.fromEntries(labels.map((label) => [label, -1])) } };
	return alignSourceLines(markdown.render(joinFootnoteLabels(excerpt, spaced), env));
}

// Where a footnote definition can start: `[^` at the start of a line.
const FOOTNOTE_START_RE = /^ {0,3}\[\^/gm;

/**
 * Labels with spaces that the body defines. Hugo (goldmark) and kramdown read `[^toy problems]` as a footnote, where
 * markdown-it-footnote stops at the space and leaves the reference and the note as text.
 */
function spacedFootnoteLabels(body: string): string[] {
	if (!body.includes("[^")) return [];
	// `^ {0,3}\[\^([^\]\n]*? [^\]\n]*)\]:` (m), read with the label's end and its first space found by position: the
	// pattern tried every split of the label at a space (cubic: lines that U+2028 ends share one label, 6 KB took 6 s).
	const ends = new CharPositions(body, "]\n");
	const spaces = new CharPositions(body, " ");
	const labels = new Set<string>();
	let last = 0;
	for (const start of body.matchAll(FOOTNOTE_START_RE)) {
		if (start.index < last) continue;
		const from = start.index + start[0].length;
		const end = ends.next(from);
		if (end === -1 || body[end] !== "]" || body[end + 1] !== ":") continue;
		const space = spaces.next(from);
		if (space === -1 || space > end) continue;
		labels.add(body.slice(from, end));
		last = end + 2;
	}
	return [...labels];
}

// Each defined spaced label with no-break spaces, which markdown-it-footnote accepts; notes show numbers, never
// labels. Only defined labels change, so a `[^ \t]` of a regular expression in code is left as written. The new label
// is returned by a function: as a replacement string, a label's `$&` or `` $` `` was read as a pattern (the match, all
// text before it) and wrote text into the body.
function joinFootnoteLabels(text: string, labels: readonly string[]): string {
	let joined = text;
	for (const label of labels) {
		const spaced = `[^${label.replaceAll(" ", "\u00a0")}]`;
		joined = joined.replaceAll(`[^${label}]`, () => spaced);
	}
	return joined;
}

// What markdown-it-footnote keeps in the render environment: each defined label (prefixed with ":") and its number.
type FootnoteEnv = { footnotes?: { refs?: Record<string, number> } };

const PARAGRAPH_BREAK_RE = /\n[ \t]*\n/;

/**
 * Plain text → one `<p>` per blank-line-separated block, lines inside a block joined by `<br>`, and the web addresses
 * written in it (`https://…`) as links, as Markdown's linkify finds them.
 */
function renderTextParagraphs(text: string): string {
	return text
		.split(PARAGRAPH_BREAK_RE)
		.map((block) => block.trim())
		.filter((block) => block !== "")
		.map((block) => `<p>${block.split(/\n/).map(linkAddresses).join("<br>\n")}</p>`)
		.join("\n");
}

// Only what is written as a web address, never a name that merely looks like a host ("Nida.lt") or an e-mail address.
const WRITTEN_ADDRESS_RE = /^https?:\/\//i;

function linkAddresses(line: string): string {
	const matches = /https?:\/\//i.test(line) ? (markdownFor({}).linkify.match(line) ?? []) : [];
	let html = "";
	let last = 0;
	for (const match of matches) {
		if (!WRITTEN_ADDRESS_RE.test(match.raw)) continue;
		html += `${escapeHtml(line.slice(last, match.index))}<a href="${escapeHtml(match.url).replaceAll('"', "&quot;")}">${escapeHtml(match.raw)}</a>`;
		last = match.lastIndex;
	}
	return html + escapeHtml(line.slice(last));
}

function escapeHtml(text: string): string {
	return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
