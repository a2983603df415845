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
