import type { Element, ElementContent, Root, Text } from "hast";
import { appendAll } from "../append-all.js";
import { capitalize } from "../body/capitalize.js";
import { renderHugoFigure } from "./hugo-figure.js";
import { type CleanRule, type CleanState, warn } from "./rule.js";
import { createTextStarts, readTextStart, type TextStarts } from "./text-start.js";
import {
	BLOCK_TAGS,
	type ChildNode,
	CODE_TAGS,
	collapseWhitespace,
	createElement,
	createText,
	INVISIBLE_TAGS,
	isBlankText,
	isElement,
	type ParentNode,
	readLine,
	readText,
	setChildren,
	walkElements,
} from "./tree.js";

// Issue #11: every pattern that starts at an opening delimiter scans at most to the next opening delimiter (its
// arguments are "tempered"), so text of thousands of unclosed `{{<`, `{%` or `[` costs linear time, not quadratic;
// and none has a `\s*` after a lazy part, which would rescan a run of spaces at every step.
// Hugo shortcodes: `{{< name args >}}`, `{{% name args %}}` and `{{< /name >}}` (parse.ts escaped the `<` so they are
// text); the arguments keep their edge spaces and a self-closing `/`, which readHugoArguments drops.
// The name takes its whole run of name characters and spaces have one place each side of a `/`: the arguments (which
// may hold either) were otherwise retried from every split of `{{<` and 100 KB of `-` or spaces took seconds.
const HUGO_TAG_RE = /\{\{([<%])\s*(?:(\/)\s*)?([\w-]+)(?![\w-])((?:(?![>%]\}\}|\{\{[<%])[\s\S])*)[>%]\}\}/g;
const HUGO_OPEN_BLOCK_RE = /^\{\{[<%]\s*(mermaid|highlight|code)\b((?:(?![>%]\}\})[\s\S])*?)\s*[>%]\}\}$/;
// A block that ends with the closing tag of one of those.
const HUGO_CLOSE_BLOCK_RE = /\{\{[<%]\s*\/\s*(mermaid|highlight|code)\s*[>%]\}\}\s*$/;
// What HUGO_OPEN_BLOCK_RE's start needs, of a text's first characters once its leading whitespace is trimmed.
const OPENS_WITH_SHORTCODE_RE = /^\{\{[<%]/;
// WordPress shortcodes that carry content; other `[word …]` brackets are left alone (DO's `[label …]`).
const WP_CAPTION_OPEN_RE = /\[(?:wp_)?caption\b([^[\]]*)\]/;
const WP_CAPTION_CLOSE_RE = /\[\/(?:wp_)?caption\]/;
const WP_EMBED_RE = /\[embed\b[^[\]]*\]\s*([^\s[]+)\s*\[\/embed\]/g;
// Left over when a pair could not be matched (its halves in different elements): the brackets go, the text stays.
// Forms of contact and newsletter plugins go too: a feed reader cannot post them; and a TablePress table (`[table
// id=3 /]`), whose rows live in the site's database.
const WP_STRAY_RE =
	/\[\/?(?:embed|gallery|playlist|(?:wp_)?caption|contact-form(?:-7)?|wpforms|gravityforms?|ninja_forms?|mc4wp_form|polldaddy|crowdsignal|table(?=\s+id=))\b[^[\]]*\]/g;
// The tags of page builders (WPBakery `vc_`, Divi `et_pb_`, Avada `fusion_`, Enfold `av_`) lay the text out in rows
// and columns: the tags go, the text they wrap stays. One that points at an image or a video by URL
// (`[et_pb_image src="…"]`, `[vc_video link="…"]`) becomes the image or a link to it.
// A Zola site's embed shortcodes, called like functions (`{{ youtube(id="…") }}`): built into Zola before 0.17 and
// kept by themes since. The same links as Hugo's; `gist(url=…)` links to the gist it names.
const ZOLA_EMBED_RE = /\{\{\s*(youtube|vimeo|streamable|gist)\(([^(){}]*)\)\s*\}\}/g;
const GIST_URL_RE = /^https:\/\/gist\.github\.com\/[\w-]+\/[0-9a-f]+\/?$/i;
// Layout shortcodes of the same kind: Shortcodes Ultimate's boxes and buttons (`su_`), a pull quote, a drop cap, a
// theme's columns (`[one_half]`, `[two_thirds_last]`).
// After `vc_` and the like a word boundary always follows somewhere in the run of name characters, so the name is
// not read apart from the arguments (`[\w-]*\b[^[\]]*` split a run of `-p` every way before failing).
const WP_BUILDER_RE =
	/\[\/?(?:(?:vc|et_pb|fusion|av|su|tie)_|(?:pullquote|dropcap|(?:one|two|three|four|five)_(?:half|thirds?|fourths?|fifths?|sixths?)(?:_last)?)\b)[^[\]]*\]/g;
const DROP_CAP_RE = /^\[\/?(?:su_)?dropcap\b/;
// Tabs, toggles and accordions (a theme's `[tab title="Summer"]…[/tab]`, `[toggle title="…"]`, `[accordion_item
// title="…"]`, Shortcodes Ultimate's `[su_spoiler title="…"]`): each pane's title in bold over its text, as a reader
// sees it opened; the tags around the panes go. Opening and closing tags apart, so a pane may hold paragraphs.
const PANE_NAMES = "tabs?|toggles?|accordions?|accordion_item|spoiler|su_tabs?|su_spoiler|su_accordion";
const WP_PANE_RE = new RegExp(String.raw`\[\/?(?:${PANE_NAMES})(?=[\s\]])[^[\]]*\]`, "g");
const WP_PANE_OPENING_RE = new RegExp(String.raw`^\[(?:${PANE_NAMES})(?=[\s\]])`);
// Shortcodes Ultimate's button: a link with its label.
const WP_BUTTON_RE = /\[su_button\b([^[\]]*)\]([^[\]]*)\[\/su_button\]/g;
// WordPress's own players, given a file (`[video mp4="…"][/video]`, `[audio mp3="…"]`): the player, with a link to the
// file for readers that show no player.
// The closing `]` is looked for first: without it every source named in the tag was read to the end again.
const WP_MEDIA_RE =
	/\[(video|audio)\b(?=[^[\]]*\])([^[\]]*\b(?:src|mp4|m4v|webm|ogv|wmv|flv|mp3|m4a|ogg|wav|wma)\s*=[^[\]]*)\](?:\s*\[\/\1\])?/g;
const MEDIA_SOURCES = ["src", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mp3", "m4a", "ogg", "wav", "wma"];
// Jetpack's embeds, given a URL or an id (`[youtube https://…]`, the older `[youtube=https://…]`, `[vimeo 123]`,
// `[tweet https://…]`, `[googlemaps https://…]`, `[wpvideo guid]`): a link to what they show.
const WP_JETPACK_RE =
	/\[(youtube|vimeo|tweet|twitter|googlemaps|dailymotion|soundcloud|wpvideo|videopress|ted|instagram|facebook)(?:\s+|\s*=\s*)([^\s[\]][^[\]]*)\]/g;
const JETPACK_ID_URLS: Readonly<Record<string, string>> = {
	youtube: "https://www.youtube.com/watch?v=",
	vimeo: "https://vimeo.com/",
	tweet: "https://twitter.com/i/status/",
	twitter: "https://twitter.com/i/status/",
	dailymotion: "https://www.dailymotion.com/video/",
	wpvideo: "https://videopress.com/v/",
	videopress: "https://videopress.com/v/",
	ted: "https://www.ted.com/talks/",
};
const HTTP_URL_RE = /https?:\/\/[^\s"'\]]+/;
const ID_RE = /^[\w-]+$/;
const BUILDER_MEDIA_RE = /\b(?:src|link|url|image_url|video_url)\s*=\s*["']?(https?:\/\/[^\s"'\]]+)/i;
const IMAGE_URL_RE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
// Liquid (Jekyll) and Go/Jinja-style tags outside code; `[label]({% post_url … %})` keeps its label.
// A link whose target starts with a template; whether the target holds a closing `}}` or `%}` is checked on the match.
const LIQUID_LINK_RE = /\[([^[\]]+)\]\((\s*\{[{%][^)[]*)\)/g;
const LIQUID_CLOSE_RE = /[}%]\}/;
const LIQUID_TAG_RE = /\{%(?:(?!\{%)[\s\S])*?%\}|\{\{-?(?![<%])(?:(?!\{\{)[\s\S])*?\}\}/g;
// `{{ site.url }}` and `{{ site.baseurl }}` prefix a site path: the origin (dropped, leaving a root-relative URL) and
// the path the site lives under.
const SITE_URL_RE = /\{\{\s*site\.(?:url|baseurl)\s*\}\}/g;
const URL_FILTER_RE = /\{\{\s*["']([^"']*)["']\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.baseurl)\s*\}\}/g;
const TEMPLATE_RE = /\{[{%]|[}%]\}/;
const SHORTCODE_START_RE = /[{[]/;
const ARGUMENT_RE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|(\S+)/g;
const URL_PROPERTIES = ["href", "src", "srcSet", "poster", "cite"];
// Other attributes are dropped by sanitize anyway, so only these are worth repairing or reporting.
const KEPT_PROPERTIES = [...URL_PROPERTIES, "alt", "title"];

interface Arguments {
	readonly named: ReadonlyMap<string, string>;
	readonly positional: readonly string[];
}

/** Converts WordPress/Hugo shortcodes to HTML and removes stray Liquid tags, never inside code. */
export function replaceShortcodes(tree: Root, state: CleanState): number {
	const counter = { hits: 0 };
	rewriteAttributes(tree, state, counter);
	rewriteChildren(tree, state, counter, false, createTextStarts());
	hoistBlocksFromParagraphs(tree);
	return counter.hits;
}

function rewriteAttributes(tree: Root, state: CleanState, counter: { hits: number }): void {
	walkElements(tree, (element) => {
		if (CODE_TAGS.has(element.tagName)) return "skip";
		for (const [name, raw] of Object.entries(element.properties)) {
			if (typeof raw !== "string" || !KEPT_PROPERTIES.includes(name) || !TEMPLATE_RE.test(raw)) continue;
			counter.hits++;
			if (URL_PROPERTIES.includes(name)) {
				const value = rootSiteUrls(raw, state.context.sitePath ?? "");
				if (!TEMPLATE_RE.test(value) && value.trim() !== "") {
					element.properties[name] = value;
					continue;
				}
			}
			delete element.properties[name];
			warn(
				state,
				"clean/template-tag-removed",
				`removed ${name}="${raw}" on <${element.tagName}>: template tag`,
				readLine(element),
			);
		}
		return undefined;
	});
}

// `starts` keeps each element's start for the whole pass: each level looks at the blocks below it.
function rewriteChildren(
	parent: ParentNode,
	state: CleanState,
	counter: { hits: number },
	inPhrasing: boolean,
	starts: TextStarts,
): void {
	const children = replaceCaptions(
		replacePairedBlocks(parent.children, state, counter, starts),
		state,
		counter,
		inPhrasing,
	);
	const result: ChildNode[] = [];
	for (const child of children) {
		if (child.type === "text") {
			appendAll(result, rewriteText(child, state, counter, inPhrasing));
		} else if (isElement(child) && !CODE_TAGS.has(child.tagName) && !INVISIBLE_TAGS.has(child.tagName)) {
			const phrasing = child.tagName !== "p" && !isBlockContainer(child.tagName);
			rewriteChildren(child, state, counter, inPhrasing || phrasing, starts);
			result.push(child);
		} else result.push(child);
	}
	setChildren(parent, result);
}

function isBlockContainer(tagName: string): boolean {
	return BLOCK_TAGS.has(tagName) && !/^h[1-6]$/.test(tagName) && tagName !== "pre";
}

/**
 * A paired `{{< mermaid >}}` whose body Markdown split over several blocks becomes one code block. Linear: the
 * closing blocks are found in one pass, and each opening block looks up the next closing block of its name.
 */
function replacePairedBlocks(
	children: readonly ChildNode[],
	state: CleanState,
	counter: { hits: number },
	starts: TextStarts,
): ChildNode[] {
	const openings: { readonly index: number; readonly name: string }[] = [];
	children.forEach((child, index) => {
		if (!isElement(child) || !BLOCK_TAGS.has(child.tagName)) return;
		// Reading every block's whole text is costly (at every level of a deep tree), and only text that starts with
		// `{{<` or `{{%` can match.
		if (!OPENS_WITH_SHORTCODE_RE.test(readTextStart(child, starts))) return;
		const name = HUGO_OPEN_BLOCK_RE.exec(collapseWhitespace(readText(child)))?.[1];
		if (name !== undefined) openings.push({ index, name });
	});
	if (openings.length === 0) return [...children];
	const texts = children.map((child) => (isElement(child) ? readText(child) : undefined));
	const closings = new Map<string, { readonly at: number[]; next: number }>();
	texts.forEach((text, index) => {
		const name = text === undefined ? undefined : HUGO_CLOSE_BLOCK_RE.exec(text)?.[1];
		if (name === undefined) return;
		const known = closings.get(name);
		if (known === undefined) closings.set(name, { at: [index], next: 0 });
		else known.at.push(index);
	});
	const result: ChildNode[] = [];
	let consumed = 0;
	for (const { index: start, name } of openings) {
		if (start < consumed) continue;
		const closing = closings.get(name);
		while (closing !== undefined && (closing.at[closing.next] ?? Number.POSITIVE_INFINITY) <= start) closing.next++;
		const end = closing?.at[closing.next];
		const opening = children[start];
		if (end === undefined || opening === undefined) continue;
		const lines = children.slice(start + 1, end + 1).map((child, offset) => {
			if (isElement(child, "hr")) return "---";
			const text = texts[start + 1 + offset] ?? readText(child);
			return trimTrailingNewlines(offset === end - start - 1 ? text.replace(HUGO_CLOSE_BLOCK_RE, "") : text);
		});
		const code = lines.filter((line) => line.trim() !== "").join("\n");
		counter.hits++;
		warn(
			state,
			"clean/shortcode-converted",
			`{{< ${name} >}} spread over several blocks was kept as a code block`,
			readLine(opening),
		);
		appendAll(result, children.slice(consumed, start));
		result.push(codeBlock(code));
		consumed = end + 1;
	}
	appendAll(result, children.slice(consumed));
	return result;
}

// `\n+$` would rescan a run of newlines from each of its characters.
function trimTrailingNewlines(text: string): string {
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
	return text.slice(0, end);
}

/**
 * WordPress `[caption …]<img> text[/caption]` → `<figure><img><figcaption>text</figcaption></figure>`. Linear: an
 * opening tag after the last closing tag is never searched for its close, and each search starts where it stands.
 */
function replaceCaptions(
	children: readonly ChildNode[],
	state: CleanState,
	counter: { hits: number },
	inPhrasing: boolean,
): ChildNode[] {
	const work: ChildNode[] = [...children];
	let lastClose = work.length - 1;
	while (lastClose >= 0 && !isClosingText(work[lastClose])) lastClose--;
	const result: ChildNode[] = [];
	for (let start = 0; start < work.length; start++) {
		const first = work[start];
		if (first === undefined) continue;
		const open = first.type === "text" && start <= lastClose ? WP_CAPTION_OPEN_RE.exec(first.value) : null;
		let end = -1;
		for (let index = start; open !== null && index <= lastClose; index++) {
			const child = work[index];
			const from = index === start ? open.index + open[0].length : 0;
			if (child?.type === "text" && WP_CAPTION_CLOSE_RE.test(child.value.slice(from))) {
				end = index;
				break;
			}
		}
		if (open === null || end === -1 || first.type !== "text") {
			result.push(first);
			continue;
		}
		const last = work[end] as Text;
		const before = first.value.slice(0, open.index);
		const searchFrom = start === end ? open.index + open[0].length : 0;
		const closeAt = searchFrom + last.value.slice(searchFrom).search(WP_CAPTION_CLOSE_RE);
		const afterClose = last.value.slice(closeAt).replace(WP_CAPTION_CLOSE_RE, "");
		const inner: ChildNode[] =
			start === end
				? [createText(first.value.slice(open.index + open[0].length, closeAt))]
				: [
						createText(first.value.slice(open.index + open[0].length)),
						...work.slice(start + 1, end),
						createText(last.value.slice(0, closeAt)),
					];
		const media = inner.filter((node): node is Element => isElement(node) && hasImage(node));
		const captionText = collapseWhitespace(
			inner
				.filter((node) => !media.includes(node as Element))
				.map((node) => (node.type === "text" || isElement(node) ? readText(node) : ""))
				.join(""),
		);
		const caption = captionText || (readArguments(open[1] ?? "").named.get("caption") ?? "");
		counter.hits++;
		const replacement: ChildNode[] = inPhrasing
			? [...media, ...(caption ? [createText(` ${caption}`)] : [])]
			: [
					createElement("figure", {}, [
						...media,
						...(caption ? [createElement("figcaption", {}, [createText(caption)])] : []),
					]),
				];
		if (media.length === 0 && caption === "")
			warn(state, "clean/shortcode-removed", "removed an empty [caption] shortcode", readLine(first));
		appendAll(result, nonEmpty(before));
		appendAll(result, replacement);
		// What follows the closing tag may open the next caption: it is looked at again, in place of the closing text.
		if (afterClose === "") start = end;
		else {
			work[end] = createText(afterClose);
			start = end - 1;
		}
	}
	return result;
}

function isClosingText(node: ChildNode | undefined): boolean {
	return node?.type === "text" && WP_CAPTION_CLOSE_RE.test(node.value);
}

function nonEmpty(text: string): Text[] {
	return text === "" ? [] : [createText(text)];
}

function hasImage(element: Element): boolean {
	return element.tagName === "img" || element.children.some((child) => isElement(child) && hasImage(child));
}

/** Rewrites one text node; returns the nodes that replace it. */
function rewriteText(node: Text, state: CleanState, counter: { hits: number }, inPhrasing: boolean): ChildNode[] {
	// Every pattern below starts with `{` or `[`; most text has neither, and would come out as one copy of itself.
	if (!SHORTCODE_START_RE.test(node.value)) return node.value === "" ? [] : [createText(node.value)];
	const line = readLine(node);
	const out: ChildNode[] = [];
	let pending = "";
	// A layout tag removed between two words ("billion.[/su_box][su_button]Read") leaves a space between them.
	let isSpaceOwed = false;
	const append = (text: string) => {
		if (isSpaceOwed && /^\S/.test(text)) pending += " ";
		if (text !== "") isSpaceOwed = false;
		pending += text;
	};
	const flush = () => {
		if (pending !== "") out.push(createText(pending));
		pending = "";
	};
	const emit = (nodes: readonly ElementContent[]) => {
		append("");
		if (isSpaceOwed) pending += " ";
		isSpaceOwed = false;
		flush();
		appendAll(out, nodes);
	};
	// Hugo first (its delimiters contain `{{`), then WordPress, then what is left of Liquid.
	for (const piece of splitHugoShortcodes(node.value)) {
		if (typeof piece !== "string") {
			counter.hits++;
			const { name, args, inner } = piece;
			// A closing tag apart from its opening one (the text between has markup, or paragraphs) holds nothing; the
			// opening one is reported, or labelled, on its own.
			if (piece.isClosing === true) continue;
			emit(renderHugo(name.toLowerCase(), readArguments(args), inner, state, line, inPhrasing));
			continue;
		}
		for (const wp of splitByAll(piece, [
			WP_EMBED_RE,
			WP_MEDIA_RE,
			WP_JETPACK_RE,
			WP_BUTTON_RE,
			WP_PANE_RE,
			WP_BUILDER_RE,
		])) {
			if (typeof wp !== "string") {
				counter.hits++;
				const pane = WP_PANE_OPENING_RE.test(wp[0]) ? renderPaneTitle(wp[0]) : undefined;
				const replacement = pane === undefined ? renderWordPressTag(wp) : undefined;
				if (pane !== undefined) emit(pane);
				else if (replacement !== undefined) emit([replacement]);
				// A drop cap is the first letter of its word: "[dropcap]T[/dropcap]he" is "The".
				else if (pending !== "" && !/\s$/.test(pending) && !DROP_CAP_RE.test(wp[0])) isSpaceOwed = true;
				continue;
			}
			const keepsText = state.context.keepsTemplateText === true;
			const zola = !keepsText && wp.includes("(") ? splitByMatches(wp, ZOLA_EMBED_RE) : [wp];
			for (const part of zola) {
				const embed = typeof part === "string" ? undefined : renderZolaEmbed(part);
				if (embed !== undefined) {
					counter.hits++;
					emit([embed]);
					continue;
				}
				const text = typeof part === "string" ? part : part[0];
				// On a site whose Liquid was rendered before Markdown, what looks like a tag is text (`{% raw %}`).
				append(keepsText ? text : removeLiquid(text, state, counter, line));
			}
		}
	}
	flush();
	return out;
}

/** A Zola embed shortcode → a link to what it embeds, or undefined without the argument it needs. */
function renderZolaEmbed(match: RegExpExecArray): Element | undefined {
	const { named } = readArguments(match[2] ?? "");
	const id = named.get("id");
	switch (match[1]) {
		case "youtube":
			return id ? link(`https://www.youtube.com/watch?v=${id}`) : undefined;
		case "vimeo":
			return id ? link(`https://vimeo.com/${id}`) : undefined;
		case "gist": {
			const url = named.get("url");
			return url !== undefined && GIST_URL_RE.test(url) ? link(url) : undefined;
		}
		default:
			return id ? link(`https://streamable.com/${id}`) : undefined;
	}
}

/**
 * `[embed]url[/embed]` → a link; `[video]`/`[audio]` → the player; a Jetpack embed → a link (its text when it names
 * nothing wirefeed can link); a page builder's tag → the image or the link to the video it gives by URL, or nothing
 * (a layout tag: its text stays where it is).
 */
function renderWordPressTag(match: RegExpExecArray): ElementContent | undefined {
	const [tag] = match;
	if (tag.startsWith("[embed")) return link(match[1] ?? "");
	if (match[0].startsWith("[video") || match[0].startsWith("[audio")) return renderMediaTag(match);
	if (JETPACK_NAMES.has(match[1] ?? "")) return renderJetpackTag(match);
	if (tag.startsWith("[su_button")) return renderButton(match);
	const url = BUILDER_MEDIA_RE.exec(tag)?.[1];
	if (url === undefined) return undefined;
	if (!IMAGE_URL_RE.test(url)) return link(url);
	return createElement("img", { src: url, alt: readArguments(tag.slice(1, -1)).named.get("alt") ?? "" }, []);
}

const JETPACK_NAMES: ReadonlySet<string> = new Set([
	...Object.keys(JETPACK_ID_URLS),
	"googlemaps",
	"soundcloud",
	"instagram",
	"facebook",
]);

function renderMediaTag(match: RegExpExecArray): ElementContent | undefined {
	const kind = match[1] === "audio" ? "audio" : "video";
	const { named } = readArguments(match[2] ?? "");
	const src = MEDIA_SOURCES.map((key) => named.get(key)).find((value) => value !== undefined && value !== "");
	if (src === undefined) return undefined;
	const poster = kind === "video" ? named.get("poster") : undefined;
	return createElement(kind, { src, controls: true, ...(poster && { poster }) }, [link(src)]);
}

// A pane's opening tag with a title: the title in bold on a line of its own. Tags without one give nothing.
function renderPaneTitle(tag: string): readonly ElementContent[] | undefined {
	const title = readArguments(tag.slice(1, -1)).named.get("title")?.trim();
	if (title === undefined || title === "") return undefined;
	return [createElement("br", {}, []), createElement("strong", {}, [createText(title)]), createElement("br", {}, [])];
}

function renderButton(match: RegExpExecArray): ElementContent {
	const { named } = readArguments(match[1] ?? "");
	const href = named.get("url") ?? named.get("link");
	const label = createText(match[2] ?? "");
	return href === undefined || href === "" ? label : createElement("a", { href }, [label]);
}

function renderJetpackTag(match: RegExpExecArray): ElementContent {
	const [tag, name = "", args = ""] = match;
	const url = HTTP_URL_RE.exec(args)?.[0];
	if (url !== undefined) return link(url);
	const { named, positional } = readArguments(args);
	const id = named.get("id") ?? named.get("guid") ?? positional[0];
	const base = JETPACK_ID_URLS[name];
	return base !== undefined && id !== undefined && ID_RE.test(id) ? link(base + id) : createText(tag);
}

/** A Hugo shortcode found in text: `inner` is what a paired one wraps. */
interface HugoShortcode {
	readonly name: string;
	readonly args: string;
	readonly inner?: string;
	/** A closing tag whose opening one is elsewhere (`{{< /note >}}` after a paragraph of the note's). */
	readonly isClosing?: boolean;
}

/**
 * Splits text around Hugo shortcodes: an opening tag closed by the first later closing tag of its name
 * (`{{< note >}}…{{< /note >}}`) is one paired shortcode, anything else one single shortcode. Linear: the tags are
 * found in one pass, and an opening tag looks up the next closing tag of its name instead of searching the rest of
 * the text for it (a regular expression did, for each of thousands of unclosed tags).
 */
function splitHugoShortcodes(text: string): (string | HugoShortcode)[] {
	const tags = [...text.matchAll(HUGO_TAG_RE)];
	// For each name, where its closing tags are (indexes into `tags`, in order) and the next one not yet passed.
	const closings = new Map<string, { readonly at: number[]; next: number }>();
	tags.forEach((tag, index) => {
		if (tag[2] !== "/") return;
		const name = tag[3] ?? "";
		const known = closings.get(name);
		if (known === undefined) closings.set(name, { at: [index], next: 0 });
		else known.at.push(index);
	});
	const pieces: (string | HugoShortcode)[] = [];
	let consumed = 0;
	for (let index = 0; index < tags.length; index++) {
		const tag = tags[index];
		if (tag === undefined) continue;
		const name = tag[3] ?? "";
		const raw = (tag[4] ?? "").trim();
		// `{{< name />}}` closes itself.
		const args = raw.endsWith("/") ? raw.slice(0, -1).trimEnd() : raw;
		const closing = tag[2] === "/" || raw.endsWith("/") ? undefined : closings.get(name);
		while (closing !== undefined && (closing.at[closing.next] ?? Number.POSITIVE_INFINITY) <= index) closing.next++;
		const pair = closing === undefined ? undefined : tags[closing.at[closing.next] ?? -1];
		if (tag.index > consumed) pieces.push(text.slice(consumed, tag.index));
		if (pair === undefined || closing === undefined) {
			pieces.push({ name, args, ...(tag[2] === "/" && { isClosing: true }) });
			consumed = tag.index + tag[0].length;
			continue;
		}
		pieces.push({ name, args, inner: text.slice(tag.index + tag[0].length, pair.index) });
		consumed = pair.index + pair[0].length;
		index = closing.at[closing.next] ?? index;
	}
	if (consumed < text.length) pieces.push(text.slice(consumed));
	return pieces;
}

function removeLiquid(text: string, state: CleanState, counter: { hits: number }, line: number | undefined): string {
	const literal = literalTagsOf(state);
	const report = (tag: string) => {
		counter.hits++;
		warn(state, "clean/template-tag-removed", `removed template tag "${collapseWhitespace(tag)}" outside code`, line);
	};
	return text
		.replace(WP_STRAY_RE, (tag) => {
			report(tag);
			return "";
		})
		.replace(LIQUID_LINK_RE, (link, label: string, target: string) => {
			if (!LIQUID_CLOSE_RE.test(target)) return link;
			// The target is a template the feed cannot resolve; the label is still the author's text.
			report(link.slice(label.length + 2));
			return label;
		})
		.replace(LIQUID_TAG_RE, (tag) => {
			if (literal.has(collapseWhitespace(tag))) return tag;
			report(tag);
			return "";
		});
}

const literalTags = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The tags `{% raw %}` wrapped in the article (outside a site): the author's text, which stays. */
function literalTagsOf(state: CleanState): ReadonlySet<string> {
	const texts = state.context.literalTemplateText;
	if (texts === undefined) return new Set();
	let tags = literalTags.get(texts);
	if (tags === undefined) {
		tags = new Set(
			texts.flatMap((text) => [...text.matchAll(LIQUID_TAG_RE)].map((match) => collapseWhitespace(match[0]))),
		);
		literalTags.set(texts, tags);
	}
	return tags;
}

/** Splits text around the matches of each pattern in turn: strings in between, match arrays for matches. */
function splitByAll(text: string, patterns: readonly RegExp[]): (string | RegExpExecArray)[] {
	let pieces: (string | RegExpExecArray)[] = [text];
	for (const pattern of patterns)
		pieces = pieces.flatMap((piece) => (typeof piece === "string" ? splitByMatches(piece, pattern) : [piece]));
	return pieces;
}

/** Splits text around the matches of a global regex: strings in between, match arrays for matches. */
function splitByMatches(text: string, pattern: RegExp): (string | RegExpExecArray)[] {
	const pieces: (string | RegExpExecArray)[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		pieces.push(text.slice(last, match.index));
		pieces.push(match as RegExpExecArray);
		last = match.index + match[0].length;
	}
	pieces.push(text.slice(last));
	return pieces.filter((piece) => piece !== "");
}

function readArguments(source: string): Arguments {
	const named = new Map<string, string>();
	const positional: string[] = [];
	for (const match of source.matchAll(ARGUMENT_RE)) {
		const [, key, double, single, bare, quoted, word] = match;
		if (key !== undefined) named.set(key.toLowerCase(), double ?? single ?? bare ?? "");
		else positional.push(quoted ?? word ?? "");
	}
	return { named, positional };
}

/** Hugo shortcode → HTML; figure and code blocks need block context, links are inline. */
function renderHugo(
	name: string,
	args: Arguments,
	inner: string | undefined,
	state: CleanState,
	line: number | undefined,
	inPhrasing: boolean,
): ElementContent[] {
	const first = args.positional[0] ?? args.named.get("id");
	switch (name) {
		case "figure": {
			const figure = renderHugoFigure(args.named, inPhrasing);
			if (figure === undefined) break;
			return [figure];
		}
		case "youtube": {
			const id = first ?? inner?.trim();
			if (!id) break;
			const [video = "", query = ""] = id.split("?");
			const start = new URLSearchParams(query).get("start");
			return [link(`https://www.youtube.com/watch?v=${video}${start ? `&t=${start}` : ""}`)];
		}
		// The "_simple" variants are Hugo's privacy-minded ones: the same target.
		case "vimeo":
		case "vimeo_simple":
			if (first) return [link(`https://vimeo.com/${first}`)];
			break;
		case "gist":
			if (args.positional.length >= 2)
				return [link(`https://gist.github.com/${args.positional[0]}/${args.positional[1]}`)];
			break;
		case "instagram":
		case "instagram_simple":
			if (first) return [link(`https://www.instagram.com/p/${first}/`)];
			break;
		case "tweet":
		case "twitter":
		case "twitter_simple":
		case "x":
			if (first) return [link(`https://twitter.com/i/status/${first}`)];
			break;
		// A theme's table of contents: links into the page, which a feed does not have. Nothing of the article is lost.
		case "toc":
		case "table-of-contents":
		case "tableofcontents":
			return [];
		case "mermaid":
		case "highlight":
		case "code":
			// Diagrams and highlighted code stay readable as plain code.
			if (inner !== undefined)
				return [inPhrasing ? createElement("code", {}, [createText(inner.trim())]) : codeBlock(inner.trim())];
			break;
		default: {
			// Other paired shortcodes wrap prose: keep it; a callout box keeps its label too, also where its text is
			// apart from its tags (`inner` undefined: the text has markup, or paragraphs).
			const label = readCalloutLabel(name, args);
			if (inner === undefined && label !== undefined) return calloutLabel(label);
			if (inner === undefined || inner.trim() === "") break;
			if (label !== undefined) return [...calloutLabel(label), createText(inner.trimStart())];
			warn(state, "clean/shortcode-removed", `removed the {{< ${name} >}} shortcode, kept its content`, line);
			return [createText(inner)];
		}
	}
	warn(state, "clean/shortcode-removed", `removed the {{< ${name} >}} shortcode`, line);
	return [];
}

// Hugo themes' callout boxes: those named by a kind in their first argument (`{{% notice warning %}}`, `{{<
// admonition tip "Title" >}}`), those titled by it (`{{% expand "More" %}}`), and those named for their kind.
const KIND_CALLOUTS: ReadonlySet<string> = new Set(["notice", "alert", "callout", "admonition", "hint"]);
const TITLED_CALLOUTS: ReadonlySet<string> = new Set(["details", "expand", "spoiler", "collapse", "accordion"]);
const NAMED_CALLOUTS: ReadonlySet<string> = new Set([
	"note",
	"tip",
	"warning",
	"info",
	"caution",
	"important",
	"danger",
]);
const KIND_RE = /^[a-z]{2,20}$/i;

/** The label a callout box (or a tab) shows: its title, else its kind; undefined for any other paired shortcode. */
function readCalloutLabel(name: string, args: Arguments): string | undefined {
	const title = args.named.get("title") ?? args.named.get("summary") ?? args.named.get("header");
	if (title !== undefined && title.trim() !== "") return title.trim();
	const [first, second] = args.positional;
	// A tab's pane (hugo-book's `{{< tab "macOS" >}}`, Docsy's `header=`): its name, as the tab shows it.
	if (name === "tab") return (args.named.get("name") ?? first)?.trim() || undefined;
	if (KIND_CALLOUTS.has(name)) {
		if (second !== undefined && second.trim() !== "") return second.trim();
		const kind = args.named.get("type") ?? first;
		return capitalize(kind !== undefined && KIND_RE.test(kind) ? kind : name);
	}
	if (TITLED_CALLOUTS.has(name)) return first !== undefined && first.trim() !== "" ? first.trim() : capitalize(name);
	return NAMED_CALLOUTS.has(name) ? capitalize(name) : undefined;
}

/** A callout's label, in bold on a line of its own. */
function calloutLabel(label: string): ElementContent[] {
	return [createElement("strong", {}, [createText(label)]), createElement("br", {}, [])];
}

function link(href: string): Element {
	return createElement("a", { href }, [createText(href)]);
}

function codeBlock(code: string): Element {
	return createElement("pre", {}, [createElement("code", {}, [createText(code)])]);
}

/** A figure or code block made from a shortcode inside `<p>` splits the paragraph (HTML forbids blocks in `<p>`). */
function hoistBlocksFromParagraphs(parent: ParentNode): void {
	const result: ChildNode[] = [];
	for (const child of parent.children) {
		if (!isElement(child)) {
			result.push(child);
			continue;
		}
		hoistBlocksFromParagraphs(child);
		if (child.tagName !== "p" || !child.children.some((node) => isElement(node) && BLOCK_TAGS.has(node.tagName))) {
			result.push(child);
			continue;
		}
		let run: ElementContent[] = [];
		const closeRun = () => {
			if (run.some((node) => !isBlankText(node))) result.push(createElement("p", {}, run));
			run = [];
		};
		for (const node of child.children) {
			if (isElement(node) && BLOCK_TAGS.has(node.tagName)) {
				closeRun();
				result.push(node);
			} else run.push(node);
		}
		closeRun();
	}
	setChildren(parent, result);
}

/** Rule `shortcodes`. */
export const shortcodes: CleanRule = {
	id: "shortcodes",
	description:
		"Converts WordPress [caption]/[embed] and Hugo figure/youtube/mermaid shortcodes to HTML; removes other shortcodes and stray Liquid tags outside code (warning).",
	defaultEnabled: true,
	run: replaceShortcodes,
};

// A URL attribute's Jekyll templates as the root-relative URL they make: `{{ site.url }}` is the site's origin, and
// `{{ site.baseurl }}`, `relative_url` and `absolute_url` the path it lives under (see sitePathOf).
function rootSiteUrls(raw: string, sitePath: string): string {
	return raw
		.replace(URL_FILTER_RE, (_, path: string) => (path.startsWith("/") ? `${sitePath}${path}` : `${sitePath}/${path}`))
		.replace(SITE_URL_RE, (template) => (template.includes("baseurl") ? sitePath : ""));
}
