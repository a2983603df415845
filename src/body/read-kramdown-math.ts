import type { MarkdownIt } from "markdown-it";

// kramdown (Jekyll's Markdown) reads `$$…$$` as math, with MathJax, its default engine: the TeX as written, between
// `\(…\)` in a line and `\[…\]` when it is a block of its own. Read as prose, `$$x*y*z$$` lost its stars to emphasis
// and `\{` its backslash to an escape. The TeX is set apart from the text (`text_special`, made text again by
// markdown-it's text_join) so that the typography of a site that typesets leaves it alone. A lone `$` is text.
// https://kramdown.gettalong.org/syntax.html#math-blocks
const DOLLAR = 0x24;

/** Adds kramdown's math to a markdown-it instance. */
export function readKramdownMath(md: MarkdownIt): void {
	md.inline.ruler.before("escape", "kramdown_math", (state, silent) => {
		const { src, pos } = state;
		if (src.charCodeAt(pos) !== DOLLAR || src.charCodeAt(pos + 1) !== DOLLAR) return false;
		const end = src.indexOf("$$", pos + 2);
		if (end === -1 || end === pos + 2) return false;
		if (!silent) {
			const tex = src.slice(pos + 2, end);
			const isBlock = pos === 0 && end + 2 === src.length;
			state.push("text_special", "", 0).content = isBlock ? `\\[${tex.trim()}\\]` : `\\(${tex}\\)`;
		}
		state.pos = end + 2;
		return true;
	});
}
