import type { Element, Root } from "hast";
import { readSafeUrl } from "../url/read-safe-url.js";
import {
	createEmbedLink,
	isEmbedLabel,
	linkToGistScript,
	linkToIframe,
	linkToInstagramEmbed,
	readEmbedKind,
} from "./embed-links.js";
import type { CleanRule, CleanState } from "./rule.js";
import {
	collapseWhitespace,
	createElement,
	isElement,
	readClassNames,
	readProperty,
	readText,
	setElementData,
	visitElements,
	walkElements,
} from "./tree.js";

const URL_ONLY_RE = /^(?:https?:)?\/\/\S+$/i;
// Blocks a bare player URL stands alone in.
const EMBED_HOLDERS: ReadonlySet<string> = new Set(["p", "div", "figure", "li", "dd", "blockquote", "center"]);

/**
 * Replaces each iframe by a link to what it embedded (or removes it), a gist's script by a link to the gist, an
 * Instagram embed's blockquote by a link to the post and AMP's media elements by the picture, the player or a link;
 * runs first, so later rules see the final links.
 */
export function convertIframes(tree: Root, state: CleanState): number {
	// Most bodies have no iframe or script: one cheap walk says so.
	if (!hasEmbedTag(tree)) return 0;
	let hits = 0;
	const inLinks = collectIframesInLinks(tree);
	visitElements(tree, (node, parent, index) => {
		if (node.tagName === "blockquote") {
			const post = linkToInstagramEmbed(node);
			if (post === undefined) return undefined;
			hits++;
			parent.children.splice(index, 1, post);
			return index + 1;
		}
		if (node.tagName === "script") {
			const gist = inLinks.has(node) ? undefined : linkToGistScript(node);
			if (gist === undefined) return undefined;
			hits++;
			parent.children.splice(index, 1, gist);
			return index + 1;
		}
		if (node.tagName.startsWith("amp-")) {
			const media = readAmpMedia(node, (src) => readSafeUrl(src, "web", state.context.baseUrl));
			if (media === undefined) return undefined;
			hits++;
			parent.children.splice(index, 1, media);
			return index + 1;
		}
		if (node.tagName !== "iframe") return undefined;
		hits++;
		// A link inside a link cannot be read back; the embed goes.
		const link = inLinks.has(node)
			? undefined
			: linkToIframe(node, (src) => readSafeUrl(src, "web", state.context.baseUrl));
		if (link === undefined) parent.children.splice(index, 1);
		else parent.children.splice(index, 1, link);
		return index + (link === undefined ? 0 : 1);
	});
	return hits;
}

/**
 * A block that is only a player URL (a YouTube, Vimeo, X or Instagram address alone in a paragraph, linked or not)
 * becomes a titled link, "Video: YouTube": a bare URL reads badly and would start the summary (issue #12).
 */
export function linkBareEmbeds(tree: Root): number {
	let hits = 0;
	walkElements(tree, (node) => {
		if (node.tagName === "pre" || node.tagName === "code") return "skip";
		if (node.tagName === "a") {
			markLabelledEmbed(node);
			return "skip";
		}
		if (!EMBED_HOLDERS.has(node.tagName)) return undefined;
		const url = readLoneUrl(node);
		if (url === undefined || readEmbedKind(url) === undefined) return undefined;
		const [only] = node.children.filter((child) => child.type !== "text" || child.value.trim() !== "");
		const title = isElement(only, "a") ? readProperty(only, "title")?.trim() : undefined;
		node.children = [createEmbedLink(url, title)];
		hits++;
		return "skip";
	});
	return hits;
}

// The link a previous run wrote reads "Video: YouTube": flag it again so the summary skips it the same way.
function markLabelledEmbed(link: Element): void {
	const href = readProperty(link, "href");
	if (href === undefined || !/^https?:/i.test(href)) return;
	if (isEmbedLabel(collapseWhitespace(readText(link)))) setElementData(link, { isEmbed: true });
}

/** The URL a block consists of: its whole text, as plain text or as one link whose text is its own href. */
function readLoneUrl(block: Element): string | undefined {
	const content = block.children.filter((child) => child.type !== "text" || child.value.trim() !== "");
	const [only] = content;
	if (content.length !== 1 || only === undefined) return undefined;
	if (only.type === "text") {
		const text = only.value.trim();
		return URL_ONLY_RE.test(text) ? text : undefined;
	}
	if (!isElement(only, "a") || only.children.some((child) => child.type !== "text")) return undefined;
	const href = readProperty(only, "href")?.trim();
	const text = collapseWhitespace(readText(only));
	if (href === undefined || !URL_ONLY_RE.test(text)) return undefined;
	// Linkified text may drop the scheme or a trailing slash; it must still name the same address.
	return sameAddress(href, text) ? href : undefined;
}

function sameAddress(href: string, text: string): boolean {
	const bare = (url: string) => url.replace(/^(?:https?:)?\/\//i, "").replace(/\/$/, "");
	return bare(href) === bare(text);
}

// AMP pages write their media as amp- elements, which no reader knows: the picture or player itself, or a link to
// the video or post (by its id: `data-videoid`, `data-tweetid`, `data-shortcode`).
const AMP_LINKS: Readonly<Record<string, readonly [attribute: string, url: (id: string) => string]>> = {
	"amp-youtube": ["dataVideoid", (id) => `https://www.youtube.com/watch?v=${id}`],
	"amp-vimeo": ["dataVideoid", (id) => `https://vimeo.com/${id}`],
	"amp-twitter": ["dataTweetid", (id) => `https://twitter.com/i/status/${id}`],
	"amp-instagram": ["dataShortcode", (id) => `https://www.instagram.com/p/${id}/`],
};
const AMP_MEDIA: Readonly<Record<string, "img" | "video" | "audio">> = {
	"amp-img": "img",
	"amp-anim": "img",
	"amp-video": "video",
	"amp-audio": "audio",
};
const AMP_ID_RE = /^[\w-]{1,64}$/;
const MEDIA_PROPERTIES = ["src", "srcSet", "alt", "width", "height", "poster"];

/** An AMP media element as HTML a reader shows, or undefined (any other amp- element is sanitize's to judge). */
function readAmpMedia(node: Element, readSafe: (url: string) => string | undefined): Element | undefined {
	const tag = node.tagName;
	const media = AMP_MEDIA[tag];
	if (media !== undefined) {
		const properties = Object.fromEntries(
			MEDIA_PROPERTIES.map((name) => [name, readProperty(node, name)]).filter(([, value]) => value !== undefined),
		);
		const element = createElement(media, { ...properties, ...(media !== "img" && { controls: true }) }, []);
		if (media !== "img") element.children = node.children.filter((child) => isElement(child, "source"));
		return element;
	}
	if (tag === "amp-iframe") return linkToIframe(node, readSafe);
	const [attribute, toUrl] = AMP_LINKS[tag] ?? [];
	const id = attribute === undefined ? undefined : readProperty(node, attribute)?.trim();
	return id !== undefined && toUrl !== undefined && AMP_ID_RE.test(id)
		? createEmbedLink(toUrl(id), undefined)
		: undefined;
}

function hasEmbedTag(tree: Root): boolean {
	let found = false;
	walkElements(tree, (element) => {
		if (element.tagName === "iframe" || element.tagName === "script" || element.tagName.startsWith("amp-"))
			found = true;
		else if (element.tagName === "blockquote" && readClassNames(element).includes("instagram-media")) found = true;
		return found ? "skip" : undefined;
	});
	return found;
}

function collectIframesInLinks(tree: Root): Set<Element> {
	const found = new Set<Element>();
	walkElements(tree, (node) => {
		if (node.tagName !== "a") return undefined;
		walkElements(node, (child) => {
			if (child.tagName === "iframe" || child.tagName === "script") found.add(child);
		});
		return "skip";
	});
	return found;
}

/** Rule `embeds`. */
export const embeds: CleanRule = {
	id: "embeds",
	description:
		'An <iframe>, a GitHub gist\'s <script>, or a YouTube/Vimeo/X/Instagram URL alone in a paragraph, becomes a titled link ("Video: YouTube", "Code: GitHub Gist"); summaries skip it.',
	defaultEnabled: true,
	run: convertIframes,
};
