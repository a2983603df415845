import type { Element, Root } from "hast";
import { appendAll } from "../append-all.js";
import { readSrcsetUrls } from "../url/read-safe-srcset.js";
import { isCaptionLabel } from "./boilerplate-phrases.js";
import { HIDDEN_IN_FEED } from "./html-vocabulary.js";
import { type CleanRule, type CleanState, recordRemoval } from "./rule.js";
import {
	BLOCK_TAGS,
	type ChildNode,
	collapseWhitespace,
	createText,
	hasContent,
	INVISIBLE_TAGS,
	isBlankText,
	isElement,
	type ParentNode,
	readClassNames,
	readProperty,
	readText,
	removeWhere,
	setChildren,
	walkElements,
} from "./tree.js";

// Hosts whose images are counters, not pictures (FeedBurner, WordPress stats, comScore, Nielsen…).
const TRACKER_HOST_RE =
	/(?:^|\.)(?:feeds\.feedburner\.com|feedproxy\.google\.com|pixel\.wp\.com|stats\.wordpress\.com|google-analytics\.com|doubleclick\.net|scorecardresearch\.com|quantserve\.com|imrworldwide\.com|feedsportal\.com|pixel\.quantserve\.com|sb\.scorecardresearch\.com)$/i;
// FeedBurner "flare" share buttons (`/~ff/`) and tracking redirects in image links (`/~r/…/~4/`, on one line).
const FEED_FLARE_RE = /\/~(?:ff|a)\//;
const LINE_BREAK_RE = /[\n\r\u2028\u2029]/;
// Containers that WordPress plugins append to every post, never the article's words: FeedBurner flare, Jetpack's
// share, like and related-posts blocks (sharedaddy, jp-post-flair, jp-relatedposts), AddToAny, Shareaholic, Simple
// Share Buttons, YARPP, Contextual Related Posts, WordPress Related Posts and Related Posts for WordPress; ad slots,
// tables of contents, reading times and author boxes.
const PLUGIN_BLOCK_CLASSES: ReadonlySet<string> = new Set([
	"feedflare",
	"sharedaddy",
	"jp-post-flair",
	"jp-relatedposts",
	"addtoany_share_save_container",
	"a2a_kit",
	"shareaholic-canvas",
	"ssba",
	"ssba-wrap",
	"yarpp-related",
	"crp_related",
	"wp_rp_wrap",
	"rp4wp-related-posts",
	// Newsletter platforms' signup forms inside a post: Substack's subscription widget, Ghost's signup card.
	"subscription-widget-wrap",
	"kg-signup-card",
	// The Newspaper theme's (tagDiv) ad slots and tag box, and the Simple Author Box plugin's bio: on every post of the
	// WordPress news sites that use them.
	"td-a-rec",
	"td-post-source-tags",
	"saboxplugin-wrap",
	// Video.js's player, whose control labels ("Play", "Current Time 0:00") are its only text without its script.
	"video-js",
	// Tables of contents that plugins put above a post (Easy Table of Contents, LuckyWP, Rank Math's and Yoast's
	// blocks): links into the page, which the feed does not have; the headings they list stay. A reading-time line
	// (Reading Time WP), WordPress.com's ad slot with its "Advertisements" label, the Starbox author box.
	"ez-toc-v2_0",
	"lwptoc",
	"wp-block-rank-math-toc-block",
	"wp-block-yoast-seo-table-of-contents",
	"rt-reading-time",
	"wpcnt",
	"abh_box",
]);
// The same by id, where the plugin's classes carry its version or none of its own: Easy Table of Contents' and
// Table of Contents Plus' boxes.
const PLUGIN_BLOCK_IDS: ReadonlySet<string> = new Set(["ez-toc-container", "toc_container"]);
// Ad Inserter's blocks: "code-block code-block-3". Both classes, so a theme's own "code-block" (code) stays.
const AD_INSERTER_CLASS_RE = /^code-block-\d+$/;
const LAZY_SOURCE_ATTRIBUTES = ["dataSrc", "dataLazySrc", "dataOriginal", "dataLazy", "dataUrl"];
const LAZY_SRCSET_ATTRIBUTES = ["dataSrcset", "dataLazySrcset"];
// "Go Back to Top. Skip To: Start of Article." (Wired), "Skip to main content", "Back to top".
const SKIP_LINK_RE =
	/^(?:(?:go )?back to top\.?\s*)?(?:skip(?: to)?:? (?:the )?(?:start of )?(?:article|main content|content|main|navigation|footer|search)|jump to (?:main )?content|(?:go )?back to top|return to top)\.?$/i;
// In-page pagers of scraped multi-page articles ("Continued...", "Next page »"), and WordPress's "(more…)" link
// after a teaser.
const PAGER_LINK_RE =
	/^(?:continued|continue reading|next page|previous page|page \d+(?: of \d+)?)\s*(?:\.{2,}|…|»|›|>)?$|^\(more(?:…|\.{3})\)$/i;

/**
 * Removes markup that is never content: comments, tracking pixels, source-less lazy images, skip and pager links,
 * and the share and related-posts blocks of WordPress plugins.
 */
export function stripJunk(tree: Root, state: CleanState): number {
	let hits = removeWhere(tree, (node) => {
		if (node.type === "comment") return true;
		if (!isElement(node)) return false;
		if (
			node.tagName !== "a" &&
			isShortLabel(node) &&
			isCaptionLabel(collapseWhitespace(readText(node, HIDDEN_IN_FEED)))
		) {
			recordRemoval(state, "junk", collapseWhitespace(readText(node)), "a picture label (curated wording)");
			return true;
		}
		if (isDialog(node)) {
			recordRemoval(
				state,
				"junk",
				collapseWhitespace(readText(node, HIDDEN_IN_FEED)),
				"a dialog the page keeps hidden",
			);
			return true;
		}
		if (isPluginBlock(node)) {
			recordRemoval(
				state,
				"junk",
				collapseWhitespace(readText(node, HIDDEN_IN_FEED)),
				"a share or related-posts block (FeedBurner, WordPress plugins)",
			);
			return true;
		}
		return isJunkElement(node);
	});
	walkElements(tree, (element) => {
		if (element.tagName === "img" && promoteLazySource(element)) hits++;
	});
	hits += removeWhere(tree, (node, parent) => isElement(node, "noscript") && isCopyOfShownImages(node, parent));
	hits += removeWhere(tree, (node, parent) => isElement(node, "img") && isSourceless(node, parent));
	hits += flattenPictures(tree);
	return hits;
}

/**
 * A lazy loader's <noscript> fallback holds the same picture as the image beside it; sanitize unwraps <noscript> (a
 * reader runs no script), so once the lazy image has its source the copy would show the picture twice.
 */
function isCopyOfShownImages(noscript: Element, parent: ParentNode): boolean {
	const copies = collectImageSources(noscript.children);
	if (copies.length === 0) return false;
	const shown = new Set(collectImageSources(parent.children.filter((child) => child !== noscript)));
	return copies.every((src) => shown.has(src));
}

function collectImageSources(nodes: readonly ChildNode[]): string[] {
	const sources: string[] = [];
	for (const node of nodes) {
		if (!isElement(node) || node.tagName === "noscript") continue;
		const src = node.tagName === "img" ? readProperty(node, "src")?.trim() : undefined;
		if (src) sources.push(src);
		else appendAll(sources, collectImageSources(node.children));
	}
	return sources;
}

// Labels are one short text: checking that first keeps the text of every other element from being read.
function isShortLabel(element: Element): boolean {
	const [only] = element.children;
	return element.children.length === 1 && only?.type === "text" && only.value.length <= 40;
}

// A modal (comment guidelines, a newsletter sign-up) is hidden until a script opens it; a feed reader has no script,
// so it would always show (WAI-ARIA 1.2 §5.3.3: role="dialog" is separate from the page's content).
function isDialog(element: Element): boolean {
	const role = readProperty(element, "role");
	return role === "dialog" || role === "alertdialog" || readProperty(element, "ariaModal") === "true";
}

function isJunkElement(element: Element): boolean {
	if (element.tagName === "img") return isTrackingPixel(element);
	if (element.tagName === "a") {
		// Text sanitize will drop (a form inside the link) must not hide a pager link until the next run.
		const text = collapseWhitespace(readText(element, HIDDEN_IN_FEED));
		if (SKIP_LINK_RE.test(text) || PAGER_LINK_RE.test(text)) return true;
		if (readClassNames(element).some((name) => /^skip-(?:link|to)/.test(name))) return true;
		const href = readProperty(element, "href") ?? "";
		return text === "" && isFeedFlare(href);
	}
	return false;
}

/**
 * `/\/~(?:ff|a)\/|\/~r\/.*\/~4\//.test(href)`: on each line the first `/~r/` is the one to look after, where the
 * pattern looked after every one (100 KB of them took 2 s).
 */
function isFeedFlare(href: string): boolean {
	if (FEED_FLARE_RE.test(href)) return true;
	return href.split(LINE_BREAK_RE).some((line) => {
		const redirect = line.indexOf("/~r/");
		return redirect !== -1 && line.includes("/~4/", redirect + 4);
	});
}

function isPluginBlock(element: Element): boolean {
	const names = readClassNames(element);
	if (names.some((name) => PLUGIN_BLOCK_CLASSES.has(name))) return true;
	const id = readProperty(element, "id");
	if (id !== undefined && PLUGIN_BLOCK_IDS.has(id)) return true;
	return names.includes("code-block") && names.some((name) => AD_INSERTER_CLASS_RE.test(name));
}

function isTrackingPixel(img: Element): boolean {
	const width = readProperty(img, "width");
	const height = readProperty(img, "height");
	const isTiny = (value: string | undefined) => value !== undefined && /^[01](?:px)?$/.test(value.trim());
	if (isTiny(width) && isTiny(height)) return true;
	const src = readProperty(img, "src") ?? "";
	try {
		return TRACKER_HOST_RE.test(new URL(src, "https://invalid.example/").hostname);
	} catch {
		return false;
	}
}

// Lazy loaders put a 1×1 GIF or nothing in `src` and the real image in a data attribute.
function hasRealSource(img: Element): boolean {
	const src = readProperty(img, "src")?.trim() ?? "";
	return src !== "" && !/^data:image\/gif/i.test(src) && !/(?:^|\/)(?:blank|spacer|pixel|placeholder)\.gif$/i.test(src);
}

// What lazy loaders put in `src` until a script swaps in the real image: an inline data image, a spacer, a grey
// box, a spinner. Only ever replaced when a lazy attribute holds the real one.
const PLACEHOLDER_WORD = "(?:blank|spacer|pixel|placeholder|transparent|loading|loader|lazy|grey|gray|empty|dummy|1x1)";
const NAME_RUN_RE = /[\w-]+/g;
const IMAGE_EXTENSION_Y = /\.(?:gif|png|jpe?g|svg|webp)(?:[?#]|$)/iy;
const PLACEHOLDER_FIRST_RE = new RegExp(`^${PLACEHOLDER_WORD}`, "i");
const PLACEHOLDER_INSIDE_RE = new RegExp(`[_-]${PLACEHOLDER_WORD}`, "i");

/**
 * `/^data:image\/|(?:^|[/_-])(?:blank|…|1x1)[\w-]*\.(?:gif|png|jpe?g|svg|webp)(?:[?#]|$)/i.test(src)`: a data image, or
 * a run of name characters followed by an image extension with a placeholder word at its start (the start of the
 * source or after `/`) or after `_` or `-` inside it.
 */
// The pattern searched the rest of a run of name characters from every word in it (a name of 100 KB of "-1x1c" took
// 4 s); each run is read once here.
function isPlaceholderSource(src: string): boolean {
	if (/^data:image\//i.test(src)) return true;
	for (const run of src.matchAll(NAME_RUN_RE)) {
		IMAGE_EXTENSION_Y.lastIndex = run.index + run[0].length;
		if (!IMAGE_EXTENSION_Y.test(src)) continue;
		if (PLACEHOLDER_INSIDE_RE.test(run[0])) return true;
		if ((run.index === 0 || src[run.index - 1] === "/") && PLACEHOLDER_FIRST_RE.test(run[0])) return true;
	}
	return false;
}

/** Moves `data-src`, `data-original` (and friends) into `src` when `src` is missing or a placeholder. */
function promoteLazySource(img: Element): boolean {
	const src = readProperty(img, "src")?.trim() ?? "";
	if (src !== "" && !isPlaceholderSource(src)) return false;
	for (const name of LAZY_SOURCE_ATTRIBUTES) {
		const value = readProperty(img, name)?.trim();
		if (value && value !== src && !isPlaceholderSource(value)) {
			img.properties.src = value;
			return true;
		}
	}
	for (const name of LAZY_SRCSET_ATTRIBUTES) {
		const value = readProperty(img, name)?.trim();
		const first = value === undefined ? undefined : readSrcsetUrls(value)[0];
		if (first !== undefined && first !== src) {
			img.properties.src = first;
			return true;
		}
	}
	return false;
}

function isSourceless(img: Element, parent: ParentNode): boolean {
	if (hasRealSource(img)) return false;
	// Inside <picture> the <source> candidates can still supply the image (see flattenPictures).
	return !(isElement(parent, "picture") && readPictureSource(parent) !== undefined);
}

function readPictureSource(picture: Element): string | undefined {
	for (const child of picture.children) {
		if (!isElement(child, "source")) continue;
		const srcset = readProperty(child, "srcSet") ?? readProperty(child, "dataSrcset");
		const first = srcset === undefined ? undefined : readSrcsetUrls(srcset)[0];
		if (first !== undefined) return first;
	}
	return undefined;
}

/**
 * Replaces each <picture> by its <img> (readers handle <img> everywhere; <source> art direction rarely). Anything else
 * it holds, a photo credit in a <span>, stays beside the image (issue #12). Each parent's children are rebuilt once:
 * rebuilding them once a picture was quadratic in a gallery of thousands side by side.
 */
function flattenPictures(tree: ParentNode): number {
	let hits = 0;
	const flatten = (nodes: readonly ChildNode[]): ChildNode[] => {
		const flat: ChildNode[] = [];
		for (const node of nodes) {
			if (!isElement(node, "picture")) {
				flat.push(node);
				continue;
			}
			hits++;
			const img = node.children.find((child): child is Element => isElement(child, "img"));
			const fallback = readPictureSource(node);
			if (img !== undefined && !hasRealSource(img) && fallback !== undefined) img.properties.src = fallback;
			const kept = node.children.filter((child) =>
				child === img
					? hasRealSource(img)
					: !isElement(child, "source") && !isElement(child, "img") && hasContent(child),
			);
			// What it kept may be another <picture>.
			appendAll(flat, flatten(kept));
		}
		return flat;
	};
	const flattenIn = (parent: ParentNode) => {
		if (parent.children.some((child) => isElement(child, "picture"))) setChildren(parent, flatten(parent.children));
	};
	flattenIn(tree);
	// A parent's children are flattened before they are walked: what a picture kept is walked where it now stands.
	walkElements(tree, (element) => flattenIn(element));
	return hits;
}

const BREAK_CONTAINERS: ReadonlySet<string> = new Set([
	"p",
	"div",
	"li",
	"td",
	"th",
	"dd",
	"blockquote",
	"figcaption",
	"h1",
	"h2",
	"h3",
	"h4",
	"h5",
	"h6",
]);
// Elements kept even when blank: table cells hold the grid, void elements are content by themselves.
const NEVER_PRUNED: ReadonlySet<string> = new Set([
	"td",
	"th",
	"tr",
	"br",
	"hr",
	"img",
	"video",
	"audio",
	"col",
	"wbr",
]);

/** Removes elements left empty by the other rules, runs of more than two `<br>`, and `<br>` at block edges. */
export function pruneEmptyElements(tree: Root): number {
	let total = 0;
	// Removing an empty element can create a run of breaks and vice versa; a few passes reach a fixed point.
	for (let pass = 0; pass < 5; pass++) {
		const hits = pruneEmpty(tree) + pruneBreaks(tree) + unwrapDeadLinks(tree) + mergeBlankText(tree);
		total += hits;
		if (hits === 0) break;
	}
	return total;
}

/**
 * Merges the whitespace left on both sides of a removed element ("\n" + "\n" → "\n"): a second run
 * would parse them as one text node, so leaving them apart would break idempotence.
 */
function mergeBlankText(parent: ParentNode): number {
	let hits = 0;
	const kept: ChildNode[] = [];
	// What follows the last kept text once it holds a word, joined once when its run ends: adding each text in turn
	// made the checks below copy the whole run every time, and 100,000 adjacent texts (a word processor's spans,
	// unwrapped) took 40 s.
	let tail: string[] = [];
	const joinTail = () => {
		const last = kept.at(-1);
		if (tail.length > 0 && last?.type === "text") last.value += tail.join("");
		tail = [];
	};
	for (const child of parent.children) {
		if (isElement(child) && child.tagName !== "pre" && child.tagName !== "code") hits += mergeBlankText(child);
		const previous = kept.at(-1);
		if (child.type === "text" && previous?.type === "text") {
			if (tail.length > 0 || previous.value.trim() !== "") {
				tail.push(child.value);
				continue;
			}
			const merged = previous.value + child.value;
			previous.value = child.value.trim() === "" ? (merged.includes("\n") ? "\n" : " ") : merged;
			// Joining text changes nothing a reader sees; only collapsing whitespace counts.
			if (previous.value !== merged) hits++;
			continue;
		}
		joinTail();
		kept.push(child);
	}
	joinTail();
	if (kept.length !== parent.children.length) setChildren(parent, kept);
	return hits;
}

/**
 * Removes empty elements. What separated words must keep separating them: an empty block, or one holding a `<br>`,
 * leaves a line break, and a blank inline element (`the<strong> </strong>ferry`) leaves its space (issue #12).
 */
function pruneEmpty(tree: ParentNode): number {
	let hits = 0;
	// An element is judged before anything below it changes, so what hasContent found of it above still holds.
	const known = new Map<Element, boolean>();
	// Each parent's children are filtered once, then its kept elements' own: removing empty elements one by one
	// (splice) moved the rest of the list each time, quadratic in the 130,000 empty shells that flattening 130,000
	// nested <b>s leaves side by side.
	const parents: ParentNode[] = [tree];
	for (let parent = parents.pop(); parent !== undefined; parent = parents.pop()) {
		const kept: ChildNode[] = [];
		let pruned = 0;
		for (const child of parent.children) {
			if (!isElement(child)) kept.push(child);
			else if (isPrunable(child, known)) {
				pruned++;
				const text = readText(child);
				const separator = BLOCK_TAGS.has(child.tagName) || text.includes("\n") ? "\n" : text === "" ? "" : " ";
				if (separator !== "") kept.push(createText(separator));
			} else {
				kept.push(child);
				parents.push(child);
			}
		}
		if (pruned > 0) setChildren(parent, kept);
		hits += pruned;
	}
	return hits;
}

// An element with nothing to show, or an image whose src sanitize or absolute-urls dropped as unsafe or broken.
function isPrunable(node: Element, known: Map<Element, boolean>): boolean {
	return (
		(!NEVER_PRUNED.has(node.tagName) && !hasContent(node, INVISIBLE_TAGS, known)) ||
		(node.tagName === "img" && !hasRealSource(node))
	);
}

/** A link whose href was unsafe or unparseable (dropped by sanitize or absolute-urls) is just its text. */
function unwrapDeadLinks(parent: ParentNode): number {
	let hits = 0;
	const kept: ChildNode[] = [];
	for (const child of parent.children) {
		if (isElement(child)) hits += unwrapDeadLinks(child);
		if (isElement(child, "a") && readProperty(child, "href") === undefined) {
			hits++;
			appendAll(kept, child.children);
		} else kept.push(child);
	}
	if (hits > 0) setChildren(parent, kept);
	return hits;
}

function pruneBreaks(parent: ParentNode): number {
	let hits = 0;
	for (const child of parent.children) {
		if (isElement(child) && child.tagName !== "pre") hits += pruneBreaks(child);
	}
	// Only <br>s are ever dropped here, and most elements hold none.
	if (!parent.children.some((child) => isElement(child, "br"))) return hits;
	const isContainer = parent.type === "root" || BREAK_CONTAINERS.has(parent.tagName);
	const children = [...parent.children];
	const dropped = new Set<number>();
	let run: number[] = [];
	const closeRun = () => {
		// Three or more breaks read as a gap; two are one paragraph break.
		for (const index of run.slice(2)) dropped.add(index);
		run = [];
	};
	children.forEach((child, index) => {
		if (isElement(child, "br")) run.push(index);
		else if (!isBlankText(child)) closeRun();
	});
	closeRun();
	if (isContainer) {
		for (const order of [children.keys(), [...children.keys()].reverse()]) {
			for (const index of order) {
				const child = children[index];
				if (isElement(child, "br")) dropped.add(index);
				else if (!isBlankText(child)) break;
			}
		}
	}
	if (dropped.size === 0) return hits;
	setChildren(
		parent,
		children.filter((_, index) => !dropped.has(index)),
	);
	return hits + dropped.size;
}

/** Rule `junk`. */
export const junk: CleanRule = {
	id: "junk",
	description:
		"Removes comments, tracking pixels, hidden dialogs, source-less lazy images (promoting data-src), skip/pager links, WordPress plugins' share and related-posts blocks, then empty elements and stray <br> runs.",
	defaultEnabled: true,
	run: stripJunk,
};
