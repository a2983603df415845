import type { MarkdownIt, StateCore, Token } from "markdown-it";

// kramdown (Jekyll's Markdown) sets prose as a typesetter would, always, and so does goldmark's typographer (Hugo's): "quotes" and 'quotes' curly, apostrophes
// too, `---` an em dash, `--` an en dash, `...` an ellipsis, `<<` and `>>` guillemets. Code is left as written.
// markdown-it's own replacements also make `(c)` a © and `+-` a ±, which kramdown does not ("options (a) to (c)"), so
// only its smart quotes are used, and these symbols replaced here.
// https://kramdown.gettalong.org/syntax.html#typographic-symbols
const SYMBOLS: readonly (readonly [RegExp, string])[] = [
	[/---/g, "\u2014"],
	[/--/g, "\u2013"],
	[/\.\.\./g, "\u2026"],
	[/<</g, "\u00ab"],
	[/>>/g, "\u00bb"],
];
const SYMBOL_RE = /--|\.\.\.|<<|>>/;

/** Adds kramdown's typography to a markdown-it instance: its smart quotes, and the symbols above in text. */
export function typesetLikeKramdown(md: MarkdownIt): void {
	md.set({ typographer: true, quotes: "\u201c\u201d\u2018\u2019" });
	md.disable("replacements");
	// `<<` is a guillemet before it could open a tag: `<<guillemets>>` is no HTML `<guillemets>` (whose word would go).
	md.inline.ruler.before("autolink", "kramdown_guillemet", (state, silent) => {
		if (state.src.charCodeAt(state.pos) !== 0x3c || state.src.charCodeAt(state.pos + 1) !== 0x3c) return false;
		if (!silent) state.pending += "<<";
		state.pos += 2;
		return true;
	});
	// Before the quotes, and after unlink_template_tags has made a template tag's links and emphasis text again.
	md.core.ruler.before("smartquotes", "kramdown_symbols", (state) => {
		for (const token of state.tokens) {
			if (token.type !== "inline" || token.children === null) continue;
			if (token.content.includes("{")) token.children = setTagsApart(token.children, state.Token);
			replaceSymbols(token.children);
		}
	});
}

// A template tag left for later (Hugo's `{{< figure caption="…" >}}`) is no prose: curly quotes would end its
// arguments. Its text is set apart as `text_special`, which the symbols and smart quotes pass over and markdown-it's
// text_join makes text again, as it does for an escaped quote. A tag may go on over a line break.
const TAG_OPEN_RE = /\{\{|\{%/;
const TAG_CLOSE_RE = /[}%]\}/;

function setTagsApart(children: readonly Token[], TokenOf: StateCore["Token"]): Token[] {
	const kept: Token[] = [];
	const push = (type: string, content: string) => {
		if (content === "") return;
		const token = new TokenOf(type, "", 0);
		token.content = content;
		kept.push(token);
	};
	let isInside = false;
	for (const child of children) {
		if (child.type !== "text") {
			kept.push(child);
			continue;
		}
		let rest = child.content;
		while (rest !== "") {
			const match = (isInside ? TAG_CLOSE_RE : TAG_OPEN_RE).exec(rest);
			const cut = match === null ? rest.length : isInside ? match.index + match[0].length : match.index;
			push(isInside ? "text_special" : "text", rest.slice(0, cut));
			rest = rest.slice(cut);
			if (match !== null) isInside = !isInside;
		}
	}
	return kept;
}

// In text, not in an autolink's (`<https://x.example/a--b>`, whose text is its address) nor a linked address's (after
// markdown-it's linkify, which finds `keeper--office@example.org` in text).
function replaceSymbols(children: readonly Token[]): void {
	let autolinks = 0;
	for (const child of children) {
		if (child.type === "link_open" && child.info === "auto") autolinks++;
		else if (child.type === "link_close" && child.info === "auto") autolinks--;
		else if (child.type === "text" && autolinks === 0 && SYMBOL_RE.test(child.content))
			child.content = SYMBOLS.reduce((text, [pattern, symbol]) => text.replace(pattern, symbol), child.content);
	}
}
