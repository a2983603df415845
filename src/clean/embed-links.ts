import type { Element } from "hast";
import {
	collapseWhitespace,
	createElement,
	createText,
	readClassNames,
	readProperty,
	readText,
	setElementData,
	walkElements,
} from "./tree.js";

// Shared vocabulary of embeds: what an iframe or a bare player URL becomes in a feed, where neither plays (issue #12:
// "a titled link or a thumbnail link, never a bare URL").

declare module "hast" {
	interface ElementData {
		/** Set on a block that only links to an embedded player: it is not article prose, so summaries skip it. */
		isEmbed?: boolean;
	}
}

/** What a reader is told the link leads to, by host (the host name itself for any other). */
const EMBED_HOSTS: readonly (readonly [host: RegExp, kind: string, name: string])[] = [
	[/(?:^|\.)(?:youtube(?:-nocookie)?\.com|youtu\.be)$/, "Video", "YouTube"],
	[/(?:^|\.)vimeo\.com$/, "Video", "Vimeo"],
	[/(?:^|\.)dailymotion\.com$/, "Video", "Dailymotion"],
	[/(?:^|\.)(?:twitter\.com|x\.com)$/, "Post", "X (Twitter)"],
	[/(?:^|\.)instagram\.com$/, "Post", "Instagram"],
	[/(?:^|\.)facebook\.com$/, "Post", "Facebook"],
	[/(?:^|\.)tiktok\.com$/, "Video", "TikTok"],
	[/(?:^|\.)soundcloud\.com$/, "Audio", "SoundCloud"],
	[/(?:^|\.)spotify\.com$/, "Audio", "Spotify"],
	[/^gist\.github\.com$/, "Code", "GitHub Gist"],
	[/^(?:www\.|maps\.)?google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/, "Map", "Google Maps"],
	[/(?:^|\.)videopress\.com$/, "Video", "VideoPress"],
	[/(?:^|\.)brightcove\.net$/, "Video", "Brightcove"],
	[/^(?:www\.)?gettyimages\.[a-z.]+$/, "Photo", "Getty Images"],
];

const YOUTUBE_EMBED_RE = /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/i;
const VIMEO_PLAYER_RE = /^https?:\/\/player\.vimeo\.com\/video\/(\d+)/i;
// Getty Images' embed player shows one photo; its page is the photo's detail page.
const GETTY_EMBED_RE = /^https?:\/\/embed\.gettyimages\.com\/embed\/(\d+)/i;
// A player page rather than the site's home page or a profile: something a bare URL paragraph plays.
const PLAYER_PATH_RE =
	/^\/(?:watch\b|embed\/|player\/|shorts\/|live\/|v\/|video\/|\d+|[\w-]{11}$|[^/]+\/status(?:es)?\/\d+|p\/|reel\/|tv\/|[^/]+\/videos?\/|[^/]+\/posts\/|maps(?:\/|$)|detail\/|(?:[\w-]+\/)?[0-9a-f]{6,}\/?$)/i;

/** The host label of a URL when it points to a known player or social post ("Video", "YouTube"), else undefined. */
export function readEmbedKind(url: string): { readonly kind: string; readonly name: string } | undefined {
	const parsed = parseHttpUrl(url);
	if (parsed === undefined) return undefined;
	const host = parsed.hostname.toLowerCase();
	const known = EMBED_HOSTS.find(([pattern]) => pattern.test(host));
	if (known === undefined || !PLAYER_PATH_RE.test(parsed.pathname)) return undefined;
	return { kind: known[1], name: known[2] };
}

/** The page a player iframe shows, as a reader can open it (YouTube and Vimeo embeds → their watch pages). */
function readEmbedPage(src: string): string {
	// Protocol-relative embeds (`//www.youtube.com/…`) are served over https today.
	const absolute = src.startsWith("//") ? `https:${src}` : src;
	const youtube = YOUTUBE_EMBED_RE.exec(absolute)?.[1];
	if (youtube !== undefined) return `https://www.youtube.com/watch?v=${youtube}`;
	const vimeo = VIMEO_PLAYER_RE.exec(absolute)?.[1];
	if (vimeo !== undefined) return `https://vimeo.com/${vimeo}`;
	const getty = GETTY_EMBED_RE.exec(absolute)?.[1];
	if (getty !== undefined) return `https://www.gettyimages.com/detail/${getty}`;
	return absolute;
}

/** A link to an embedded page, labelled "Video: <title or host>" (or "Post:", "Audio:", "Photo:", "Embedded:"). */
export function createEmbedLink(href: string, title: string | undefined): Element {
	const known = readEmbedKind(href);
	const host = parseHttpUrl(href)?.hostname.replace(/^www\./, "") ?? href;
	const kind = known?.kind ?? "Embedded";
	const label = `${kind}: ${title === undefined || title === "" ? (known?.name ?? host) : title}`;
	const link = createElement("a", { href }, [createText(label)]);
	setElementData(link, { isEmbed: true });
	return link;
}

/**
 * An iframe as a link to what it embedded, or undefined when `readSafe` (the URL policy, resolving against the
 * article) refuses its source: an embedded page, never a script.
 */
export function linkToIframe(iframe: Element, readSafe: (url: string) => string | undefined): Element | undefined {
	const src = readProperty(iframe, "src")?.trim();
	const safe = src === undefined || src === "" ? undefined : readSafe(src);
	return safe === undefined ? undefined : createEmbedLink(readEmbedPage(safe), readProperty(iframe, "title")?.trim());
}

// A gist is embedded by a script (`<script src="https://gist.github.com/user/id.js?file=x">`) that writes its code
// into the page: a reader runs no script, so without a link the code is simply gone.
const GIST_SCRIPT_RE = /^(?:https?:)?\/\/gist\.github\.com\/((?:[\w-]+\/)?[0-9a-f]+)\.js(?:\?file=([^&#]+))?/i;

/** A gist's script as a link to the gist, "Code: GitHub Gist (file)"; undefined for any other script. */
export function linkToGistScript(script: Element): Element | undefined {
	const match = GIST_SCRIPT_RE.exec(readProperty(script, "src")?.trim() ?? "");
	if (match === null) return undefined;
	const file = match[2] === undefined ? "" : ` (${decodeURIComponent(match[2])})`;
	const link = createElement("a", { href: `https://gist.github.com/${match[1]}` }, [
		createText(`Code: GitHub Gist${file}`),
	]);
	setElementData(link, { isEmbed: true });
	return link;
}

// Instagram's embed code is a blockquote that its script turns into a player: without the script a reader sees
// "View this post on Instagram" and "A post shared by Name (@handle)" (and, in older captioned embeds, the caption).
const INSTAGRAM_POST_RE = /^https?:\/\/(?:www\.)?instagram\.com\/(?:[\w.]+\/)?(?:p|reel|tv)\/[\w-]+\/?/i;
// Embeds of 2016 and before: "A photo posted by Name (@handle) on May 18, 2016 at 10:00am PDT".
const SHARED_BY_RE = /^an? (?:post|photo|video|reel) (?:shared|posted) by (.+?)(?: on \w{3}\.? \d.*)?$/i;
const VIEW_PROMPT_RE = /^view (?:this|more) (?:post|photo|video|reel)s? on instagram$/i;

/**
 * An Instagram embed's blockquote as a link to the post, "Post: Instagram, shared by Name (@handle)", inside a
 * blockquote of its caption when it has one; undefined for any other blockquote.
 */
export function linkToInstagramEmbed(quote: Element): Element | undefined {
	if (!readClassNames(quote).includes("instagram-media")) return undefined;
	let href = readInstagramPost(readProperty(quote, "dataInstgrmPermalink"));
	let sharedBy: string | undefined;
	const caption: string[] = [];
	walkElements(quote, (element) => {
		if (element.tagName === "a") href ??= readInstagramPost(readProperty(element, "href"));
	});
	walkElements(quote, (element) => {
		if (element.tagName !== "p") return undefined;
		const text = collapseWhitespace(readText(element));
		const shared = SHARED_BY_RE.exec(text);
		if (shared !== null) sharedBy = shared[1];
		else if (text !== "" && !VIEW_PROMPT_RE.test(text)) caption.push(text);
		return "skip";
	});
	if (href === undefined) return undefined;
	const link = createEmbedLink(href, sharedBy === undefined ? undefined : `Instagram, shared by ${sharedBy}`);
	const linked = createElement("p", {}, [link]);
	if (caption.length === 0) return linked;
	return createElement("blockquote", {}, [
		...caption.map((text) => createElement("p", {}, [createText(text)])),
		linked,
	]);
}

// The post's address without the embed's tracking query.
function readInstagramPost(url: string | undefined): string | undefined {
	return INSTAGRAM_POST_RE.exec(url?.trim() ?? "")?.[0].replace(/^http:/i, "https:");
}

/** True when the text is an embed link's label (what createEmbedLink writes), so a second run recognises it. */
export function isEmbedLabel(text: string): boolean {
	return /^(?:Video|Post|Audio|Photo|Code|Map|Embedded): \S/.test(text);
}

function parseHttpUrl(url: string): URL | undefined {
	const absolute = url.startsWith("//") ? `https:${url}` : url;
	if (!/^https?:\/\//i.test(absolute)) return undefined;
	try {
		return new URL(absolute);
	} catch {
		return undefined;
	}
}
