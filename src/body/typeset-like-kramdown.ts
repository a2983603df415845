import type { MarkdownIt, Token } from "markdown-it";

// kramdown (Jekyll's Markdown) sets prose as a typesetter would, always: "quotes" and 'quotes' curly, apostrophes
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
	md.core.ruler.after("linkify", "kramdown_symbols", (state) => {
		for (const token of state.tokens) if (token.type === "inline") replaceSymbols(token.children ?? []);
	});
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
