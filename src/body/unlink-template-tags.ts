import type { MarkdownIt, StateCore, Token } from "markdown-it";

// A template tag's argument may be a URL (`{% img http://… %}`, `{% include video url=https://… %}`, Zola's
// `{{ gist(url="https://…") }}`): markdown-it's linkify made it a link, which split the tag over a link and the text
// around it, so neither the tag's handler nor the stray-tag rule saw it whole and it stayed in the item as text. Inside
// a tag, a URL is the tag's text. So is Markdown's emphasis, code or link (Hugo's `{{< figure caption="**Fig. 1**: see
// [the chart](…)" >}}`, whose caption Hugo reads as Markdown itself): its markers are text again, written as they were.
const MARKED = new Set(["em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"]);
const OPENER_RE = /\{[{%]/g;
const CLOSER_RE = /[}%]\}/g;

/** Adds the rule to a markdown-it instance: links, emphasis and code inside `{% … %}` and `{{ … }}` are text again. */
export function unlinkTemplateTags(md: MarkdownIt): void {
	md.core.ruler.after("linkify", "unlink_template_tags", (state) => {
		// By the tokens' text: a paragraph whose links are all Markdown's has its source hidden while linkify runs
		// (skipParagraphsWithoutLinkText), and this rule runs in that time.
		for (const token of state.tokens) {
			if (
				token.type === "inline" &&
				token.children?.some((child) => child.type === "text" && child.content.includes("{"))
			)
				token.children = unlinkInsideTags(token.children ?? [], state.Token);
		}
	});
}

function unlinkInsideTags(children: Token[], TokenOf: StateCore["Token"]): Token[] {
	// An opening that nothing after it closes is prose ("type {{ to open a tag"): where the text still closes a tag.
	const closesLater = readClosesLater(children);
	let isOpen = false;
	// For each link open in the text, what its closing becomes: nothing (a link outside tags is left alone, and
	// a linkified URL is its text), or the rest of its Markdown.
	const closings: (string | undefined)[] = [];
	const kept: Token[] = [];
	const pushText = (content: string) => {
		const text = new TokenOf("text", "", 0);
		text.content = content;
		kept.push(text);
	};
	children.forEach((child, index) => {
		if (child.type === "text") isOpen = readIsInside(isOpen, child.content);
		const isInside = isOpen && closesLater[index] === true;
		if (child.type === "link_open") {
			closings.push(isInside ? openLink(child, pushText) : undefined);
			if (!isInside) kept.push(child);
			return;
		}
		if (child.type === "link_close") {
			const closing = closings.pop();
			if (closing === undefined) kept.push(child);
			else if (closing !== "") pushText(closing);
			return;
		}
		if (isInside && (MARKED.has(child.type) || child.type === "code_inline")) {
			pushText(child.type === "code_inline" ? `${child.markup}${child.content}${child.markup}` : child.markup);
			return;
		}
		kept.push(child);
	});
	return kept;
}

/** For each child, whether a text child after it holds a tag's closing (`}}`, `%}`). */
function readClosesLater(children: readonly Token[]): boolean[] {
	const closes: boolean[] = new Array(children.length).fill(false);
	let seen = false;
	for (let index = children.length - 1; index >= 0; index--) {
		closes[index] = seen;
		const child = children[index];
		if (child?.type === "text" && lastIndex(CLOSER_RE, child.content) !== -1) seen = true;
	}
	return closes;
}

/** A link inside a tag as its Markdown: writes its opening, returns its closing ("" for a linkified URL). */
function openLink(link: Token, pushText: (content: string) => void): string {
	if (link.markup === "linkify") return "";
	if (link.markup === "autolink") {
		pushText("<");
		return ">";
	}
	pushText("[");
	const title = link.attrGet("title");
	return `](${link.attrGet("href") ?? ""}${title === null ? "" : ` "${title}"`})`;
}

/** Whether the text after `content` is inside a tag, given whether the text before it was. */
function readIsInside(wasInside: boolean, content: string): boolean {
	const opener = lastIndex(OPENER_RE, content);
	const closer = lastIndex(CLOSER_RE, content);
	if (opener === -1 && closer === -1) return wasInside;
	return opener > closer;
}

function lastIndex(pattern: RegExp, text: string): number {
	let last = -1;
	for (const match of text.matchAll(pattern)) last = match.index;
	return last;
}
