import type { MarkdownIt, Token } from "markdown-it";

// With the setup markdown-it 15 gives linkify-it 6, a link needs a schema name (http:, https:, ftp:, mailto:, or a
// protocol-relative //) or, for a bare e-mail address, an "@": fuzzy domains such as "example.com" are off. Its full
// test runs large Unicode-aware regexes over every paragraph and was a third of the time spent rendering Markdown,
// while most paragraphs contain none of these markers.
const LINK_MARKER_RE = /https?:|ftp:|mailto:|\/\/|@/i;

/** The part of a linkify-it instance this touches. */
export interface LinkTester {
	test(text: string): boolean;
}

/**
 * Makes `linkify.test` answer "no" at once for text without a link marker; text with one gets the full test, so what is
 * linked does not change. Left alone when fuzzy domains are on, since those need no marker.
 */
export function precheckLinkify(linkify: LinkTester): void {
	if (linkify.test("example.com")) return;
	const fullTest = linkify.test.bind(linkify);
	linkify.test = (text: string): boolean => LINK_MARKER_RE.test(text) && fullTest(text);
}

/**
 * markdown-it's linkify rule tests each paragraph's whole source before the paragraph's text tokens, the only tokens
 * it links. A paragraph whose link markers all sit outside its text (`<a href="https://…">Source</a>`, the last line
 * of many republished bodies, or `[label](https://…)`) links nothing, yet that first test runs linkify-it's full
 * patterns, which V8 compiles at their first use in the process (≈ 20 ms of a cold build). Such a paragraph's source
 * is hidden from the rule while it runs, so the rule passes over it; what is linked does not change. Call it before
 * `precheckLinkify`; it stays out of the way when fuzzy domains are on, since those need no marker.
 */
export function skipParagraphsWithoutLinkText(md: MarkdownIt): void {
	if (md.linkify.test("example.com")) return;
	const hidden = new Map<Token, string>();
	md.core.ruler.before("linkify", "linkify_skip_without_link_text", (state) => {
		for (const token of state.tokens) {
			if (token.type !== "inline" || !LINK_MARKER_RE.test(token.content)) continue;
			if (token.children?.some((child) => child.type === "text" && LINK_MARKER_RE.test(child.content))) continue;
			hidden.set(token, token.content);
			token.content = "";
		}
	});
	md.core.ruler.after("linkify", "linkify_restore_skipped", () => {
		for (const [token, content] of hidden) token.content = content;
		hidden.clear();
	});
}
