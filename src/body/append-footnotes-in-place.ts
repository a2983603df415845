import type { MarkdownIt, Token } from "markdown-it";
import { appendAll } from "../append-all.js";

/**
 * A token list whose `concat` appends in place. markdown-it-footnote writes the notes under the text with
 * `state.tokens = state.tokens.concat(note)`, once a note: each copied every token so far, so 32,000 footnotes
 * (256 KB of Markdown) took 87 s, in one rule the time budget cannot interrupt. `filter`, which the rule calls first,
 * builds another list of this kind (`Symbol.species`), so every note costs only its own tokens.
 */
class GrowingTokens extends Array<Token> {
	override concat(...items: (Token | ConcatArray<Token>)[]): Token[] {
		for (const item of items) {
			if (Array.isArray(item)) appendAll(this, item as Token[]);
			else this.push(item as Token);
		}
		return this;
	}
}

/** Makes markdown-it-footnote's footer rule linear in the number of notes; the tokens it writes are the same. */
export function appendFootnotesInPlace(md: MarkdownIt): void {
	md.core.ruler.before("footnote_tail", "footnote_tail_in_place", (state) => {
		state.tokens = GrowingTokens.from(state.tokens);
	});
	md.core.ruler.after("footnote_tail", "footnote_tail_plain", (state) => {
		state.tokens = Array.from(state.tokens);
	});
}
