import type { MarkdownIt, StateCore, Token } from "markdown-it";

// A template tag's argument may be a URL (`{% img http://… %}`, `{% include video url=https://… %}`, Zola's
// `{{ gist(url="https://…") }}`): markdown-it's linkify made it a link, which split the tag over a link and the text
// around it, so neither the tag's handler nor the stray-tag rule saw it whole and it stayed in the item as text. Inside
// a tag, a URL is the tag's text. So is Markdown's emphasis or code (Hugo's `{{< figure caption="**Fig. 1**: …" >}}`,
// whose caption Hugo reads as Markdown itself): its markers are text again, written as they were.
const MARKED = new Set(["em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"]);
const OPENER_RE = /\{[{%]/g;
const CLOSER_RE = /[}%]\}/g;

/** Adds the rule to a markdown-it instance: links, emphasis and code inside `{% … %}` and `{{ … }}` are text again. */
export function unlinkTemplateTags(md: MarkdownIt): void {
	md.core.ruler.after("linkify", "unlink_template_tags", (state) => {
		for (const token of state.tokens) {
			if (token.type === "inline" && token.children !== null && token.content.includes("{"))
				token.children = unlinkInsideTags(token.children, state.Token);
		}
	});
}

function unlinkInsideTags(children: Token[], TokenOf: StateCore["Token"]): Token[] {
	let isInside = false;
	let dropped = 0;
	const kept: Token[] = [];
	for (const child of children) {
		if (child.type === "text") isInside = readIsInside(isInside, child.content);
		if (child.type === "link_open" && child.markup === "linkify" && isInside) {
			dropped++;
			continue;
		}
		if (child.type === "link_close" && dropped > 0) {
			dropped--;
			continue;
		}
		if (isInside && (MARKED.has(child.type) || child.type === "code_inline")) {
			const text = new TokenOf("text", "", 0);
			text.content = child.type === "code_inline" ? `${child.markup}${child.content}${child.markup}` : child.markup;
			kept.push(text);
			continue;
		}
		kept.push(child);
	}
	return kept;
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
