import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { EXIT, visit } from "unist-util-visit";
import type { Media } from "../article/article.js";
import { guessMediaType } from "./guess-media-type.js";

/** Narrower images are icons, avatars, tracking pixels or buttons, not a picture of the story. */
const MIN_FEATURED_WIDTH = 200;

const DIMENSION_RE = /^\d{1,5}$/;

/**
 * The first image of cleaned HTML that is known to be wider than 200 px (its `width` attribute says so), as a stand-in
 * for a featured image the front matter does not name. Images without a width are passed over: nothing is fetched, so
 * their size is unknown. Only absolute http(s) sources count (the cleaner has made them absolute).
 */
export function findContentImage(html: string): Media | undefined {
	// Most bodies have no image at all: no parse for them.
	if (!html.includes("<img")) return undefined;
	let found: Media | undefined;
	visit(fromHtml(html, { fragment: true }), "element", (node: Element) => {
		if (node.tagName !== "img") return;
		const width = readDimension(node.properties.width);
		const src = node.properties.src;
		if (width === undefined || width <= MIN_FEATURED_WIDTH || typeof src !== "string" || !/^https?:\/\//i.test(src))
			return;
		const height = readDimension(node.properties.height);
		const type = guessMediaType(src);
		found = { url: src, ...(type !== undefined && { type }), width, ...(height !== undefined && { height }) };
		return EXIT;
	});
	return found;
}

function readDimension(value: unknown): number | undefined {
	const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
	if (!DIMENSION_RE.test(text)) return undefined;
	const number = Number(text);
	return number > 0 ? number : undefined;
}
