import type { MarkdownIt } from "markdown-it";

// The cleaner's warnings name a line of the body's HTML (clean/rule.ts `warn`), which for an HTML body is the file's.
// Markdown renders a paragraph of three source lines, or a list and its blank lines, to fewer lines of HTML, so a
// warning about a Markdown body named a line above the one the author wrote. Each block's HTML starts on its source
// line instead: markdown-it knows where each block began (`token.map`), the block is marked with it, and the rendered
// HTML gets the newlines it is short before each mark that starts a line. Newlines between blocks are whitespace the
// cleaner collapses, so the item is the same. Never inside a code block: fences carry no mark.
const MARK = "data-source-line";
const MARK_RE = /<([a-z][a-z0-9]*) data-source-line="(\d+)"/g;

/** Adds the rule to a markdown-it instance: every opening block tag names its first source line. */
export function markSourceLines(md: MarkdownIt): void {
	md.core.ruler.push("mark_source_lines", (state) => {
		for (const token of state.tokens) {
			if (!token.block || token.map === null || token.hidden || (token.nesting !== 1 && token.type !== "hr")) continue;
			token.attrs = [[MARK, String(token.map[0] + 1)], ...(token.attrs ?? [])];
		}
	});
}

/** The HTML with each marked block moved down to its source line, and the marks removed. */
export function alignSourceLines(html: string): string {
	if (!html.includes(MARK)) return html;
	let aligned = "";
	let last = 0;
	let line = 1;
	for (const match of html.matchAll(MARK_RE)) {
		const before = html.slice(last, match.index);
		line += countNewlines(before);
		const wanted = Number(match[2]);
		// Only where a block already starts a line: newlines between blocks are collapsed by the cleaner, but one
		// after a tag (a footnote's `<li><p>`) would stay, and change the item's bytes.
		const previous = before === "" ? aligned : before;
		const isLineStart = previous === "" || previous.endsWith("\n");
		const pad = isLineStart && wanted > line ? "\n".repeat(wanted - line) : "";
		aligned += `${before}${pad}<${match[1]}`;
		line += pad.length;
		last = match.index + match[0].length;
	}
	return aligned + html.slice(last);
}

function countNewlines(text: string): number {
	let count = 0;
	for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
	return count;
}
