import { escapeUTF8 } from "entities";

/**
 * The content of an item that may not carry its full text (`content: "summary"`, or `"by-rights"` and rights that do
 * not allow it): its summary, a link to where the whole article can be read (the original, for republished items),
 * and its rights notice, which says why.
 */
export function renderShortenedContent(parts: {
	readonly summary: string;
	/** The rendered rights notice (`renderNoticeHtml`), or "". */
	readonly noticeHtml: string;
	/** Absolute http(s) URL of the full article. */
	readonly readMoreUrl: string;
}): string {
	const host = new URL(parts.readMoreUrl).host;
	return [
		parts.summary === "" ? "" : `<p>${escapeUTF8(parts.summary)}</p>`,
		`<p><a href="${escapeUTF8(parts.readMoreUrl)}">Read the full article at ${escapeUTF8(host)}</a></p>`,
		parts.noticeHtml,
	]
		.filter((part) => part !== "")
		.join("\n");
}
