import type { MarkdownIt, StateBlock } from "markdown-it";

// kramdown (Jekyll's Markdown) and PHP Markdown Extra read the Markdown inside an HTML block whose opening tag says
// `markdown="1"` (or kramdown's `markdown="block"`): Minimal Mistakes' notices are written so,
// `<div class="notice--info" markdown="1">` on a line, then Markdown, then `</div>` on a line of its own. CommonMark
// keeps such a block as raw HTML, its `**bold**` and `* items` shown as written.
// https://kramdown.gettalong.org/syntax.html#html-blocks
const OPENING_TAG_RE = /^<([A-Za-z][\w-]*)((?:\s[^<>]*)?)>\s*$/;
const MARKDOWN_ATTRIBUTE_RE = /\s+markdown\s*=\s*(?:"(?:1|block)"|'(?:1|block)'|(?:1|block)(?=[\s/]|$))/i;

/** Adds the rule to a markdown-it instance: such a block is its tags around the Markdown it holds, rendered. */
export function parseMarkdownInHtml(md: MarkdownIt): void {
	md.block.ruler.before("html_block", "markdown_in_html", markdownInHtml, {
		alt: ["paragraph", "reference", "blockquote"],
	});
}

function markdownInHtml(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
	if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
	const opening = OPENING_TAG_RE.exec(lineText(state, startLine));
	const [, tag = "", attributes = ""] = opening ?? [];
	if (opening === null || !MARKDOWN_ATTRIBUTE_RE.test(attributes)) return false;
	const closeLine = findClosingLine(state, tag, startLine, endLine);
	if (closeLine === undefined) return false;
	if (silent) return true;
	const open = state.push("html_block", "", 0);
	open.content = `<${tag}${attributes.replace(MARKDOWN_ATTRIBUTE_RE, "")}>\n`;
	open.map = [startLine, startLine + 1];
	const lineMax = state.lineMax;
	state.lineMax = closeLine;
	// One level deeper, as a container's content is: markdown-it's bound on nesting holds for such blocks in blocks.
	state.level++;
	state.md.block.tokenize(state, startLine + 1, closeLine);
	state.level--;
	state.lineMax = lineMax;
	const close = state.push("html_block", "", 0);
	close.content = `</${tag}>\n`;
	close.map = [closeLine, closeLine + 1];
	state.line = closeLine + 1;
	return true;
}

// The line that closes the block: `</tag>` alone, where the tags of that name opened inside it are closed. Undefined
// when the block ends otherwise (its closing tag after text on a line): it stays raw HTML then.
function findClosingLine(state: StateBlock, tag: string, openLine: number, endLine: number): number | undefined {
	const line = closingLines(state, tag).get(openLine);
	if (line === undefined || line >= endLine) return undefined;
	return lineText(state, line)
		.replace(new RegExp(`</${tag}\\s*>`, "gi"), "")
		.trim() === ""
		? line
		: undefined;
}

// Which line closes the tag each line opens, found in one pass over the document per tag name (a scan from each
// opening line would take quadratic time on a page of unclosed ones), kept for the rest of the document's parse.
const closingLinesByDocument = new WeakMap<object, { src: string; byTag: Map<string, Map<number, number>> }>();

function closingLines(state: StateBlock, tag: string): Map<number, number> {
	const env: unknown = state.env;
	const key = typeof env === "object" && env !== null ? env : undefined;
	let known = key === undefined ? undefined : closingLinesByDocument.get(key);
	if (known === undefined || known.src !== state.src) {
		known = { src: state.src, byTag: new Map() };
		if (key !== undefined) closingLinesByDocument.set(key, known);
	}
	const name = tag.toLowerCase();
	let lines = known.byTag.get(name);
	if (lines === undefined) {
		lines = pairTags(state.src, name);
		known.byTag.set(name, lines);
	}
	return lines;
}

// The line of each opening tag of that name, paired with the line of its closing tag, nested tags balanced.
function pairTags(src: string, tag: string): Map<number, number> {
	const pairs = new Map<number, number>();
	const open: number[] = [];
	const tagRe = new RegExp(`<(/?)${tag}(?=[\\s>/])`, "gi");
	for (const [line, text] of src.split("\n").entries()) {
		for (const [, slash] of text.matchAll(tagRe)) {
			if (slash === "") open.push(line);
			else {
				const from = open.pop();
				if (from !== undefined) pairs.set(from, line);
			}
		}
	}
	return pairs;
}

function lineText(state: StateBlock, line: number): string {
	return state.src.slice((state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0), state.eMarks[line]);
}
