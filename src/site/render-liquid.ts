import { replaceUpToLast, upToLast } from "../text/up-to-last.js";
import { sitePathOf } from "../url/site-path.js";
import { fenceCode } from "./fence-code.js";
import { applyJekyllUrlFilters, JEKYLL_URL_FILTERS } from "./jekyll-url-filters.js";
import { renderLiquidEmbeds } from "./render-liquid-embeds.js";
import { type LiquidValues, renderLiquidValues } from "./render-liquid-values.js";

/** Finds the URL of another page of the site from a Jekyll reference (`_posts/2024-03-01-x.md`, `2024-03-01-x`). */
export type PageLookup = (reference: string) => string | undefined;

/** A Jekyll body with its Liquid handled, and what could not be. */
export interface RenderedLiquid {
	readonly body: string;
	/** `{% link %}` and `{% post_url %}` references that name no page wirefeed knows. */
	readonly unresolved: readonly string[];
	/** Tags and outputs wirefeed does not evaluate, removed (Jekyll would have filled them with site data). */
	readonly removed: readonly string[];
}

/** `{% raw %}…{% endraw %}`: what Liquid leaves as written. */
const RAW_RE = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;
const END_RAW_RE = /\{%-?\s*endraw\s*-?%\}/g;
/** `{% comment %}…{% endcomment %}` and `{% # note %}`: the author's notes, which Liquid renders as nothing. */
const COMMENT_RE = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{%-?\s*#[^%]*-?%\}/g;
const END_COMMENT_RE = /\{%-?\s*endcomment\s*-?%\}/g;
const NOTE_TAG_RE = /\{%-?\s*#[^%]*-?%\}/g;
// `{% highlight lang %}…{% endhighlight %}` (Eleventy's plugin quotes the language): a code block. The language is
// read whole (`(?=(…))\1`, as an atomic group): a shorter one ends the tag at the same `%}`, so it cannot match where
// the whole one did not, and trying each of a long run of letters was quadratic.
// The spaces before the tag on its line, when nothing else is, are its indentation (see fenceCode).
const HIGHLIGHT_RE =
	/(^[ \t]*)?\{%-?\s*highlight\s+["']?(?=([\w+#.-]+))\2["']?[^%]*?-?%\}\n?([\s\S]*?)\n?\{%-?\s*endhighlight\s*-?%\}/gm;
const END_HIGHLIGHT_RE = /\{%-?\s*endhighlight\s*-?%\}/g;
// `{% link path %}` and `{% post_url name %}`: a link to another page of the site. The text after the tag's name is
// taken up to `%}` (it holds no `%`) and its edges trimmed by readLinkTagText: `\s+([^%]+?)\s*-?%\}`, which said the
// same, tried every split of a run of spaces in three ways (cubic: 2,000 tabs took seconds).
const LINK_TAG_RE = /\{%-?\s*(link|post_url)(\s[^%]+)%\}/g;
const SITE_URL_RE =
	/\{\{-?\s*site\.url\s*-?\}\}\s*\{\{-?\s*site\.baseurl\s*-?\}\}|\{\{-?\s*site\.(url|baseurl)\s*-?\}\}/g;
// `{{ site.baseurl }}{% post_url x %}`, as Jekyll 3 (GitHub Pages' Jekyll) needs it: the tag alone is the whole URL.
const PREFIXED_LINK_RE = new RegExp(`(?:${SITE_URL_RE.source})+(?=\\{%-?\\s*(?:link|post_url)\\s)`, "g");
const URL_FILTER_RE = new RegExp(String.raw`\{\{-?\s*(["'])([^"']*)\1(${JEKYLL_URL_FILTERS})\s*-?\}\}`, "g");

/** The page a `{% link %}` or `{% post_url %}` names, without its quotes. */
export function readReference(reference: string): string {
	return reference.trim().replace(/^["']|["']$/g, "");
}

/** `{% raw %}` blocks, their text as group 1. */
export function matchRawBlocks(text: string) {
	return upToLast(text, END_RAW_RE).matchAll(RAW_RE);
}

/**
 * `render` applied to the text outside `{% raw %}` blocks; what they wrap is left as written, its markers gone, and
 * handed to `onRaw`.
 */
export function renderOutsideRaw(
	text: string,
	render: (text: string) => string,
	onRaw?: (inner: string) => void,
): string {
	let out = "";
	let last = 0;
	for (const match of matchRawBlocks(text)) {
		const inner = match[1] ?? "";
		onRaw?.(inner);
		out += render(text.slice(last, match.index)) + inner;
		last = match.index + match[0].length;
	}
	return out + render(text.slice(last));
}

/** `text` without its Liquid comments, block or `{% # … %}`. */
export function dropLiquidComments(text: string): string {
	// No block closes after the last `{% endcomment %}`: there only the `#` form is left to find.
	const head = upToLast(text, END_COMMENT_RE);
	return head.replace(COMMENT_RE, "") + text.slice(head.length).replace(NOTE_TAG_RE, "");
}

/** `text` with its `{% highlight %}` blocks as fenced code. */
export function renderHighlightBlocks(text: string): string {
	return replaceUpToLast(
		text,
		END_HIGHLIGHT_RE,
		HIGHLIGHT_RE,
		(_, indent = "", language: string, code: string) => indent + fenceCode(language, code, indent),
	);
}

/** `text` with each `{% link %}`/`{% post_url %}` tag replaced by `replace(tag, reference)`, the reference as written. */
export function replaceLinkTags(text: string, replace: (tag: string, reference: string) => string): string {
	return text.replace(LINK_TAG_RE, (tag, _kind: string, after: string) => replace(tag, readLinkTagText(after)));
}

/**
 * What `\s+([^%]+?)\s*-?` reads as its group in the text between a link tag's name and its `%}`: after the leading
 * spaces, the text without the spaces and the whitespace-control dash that end it; one character at least.
 */
function readLinkTagText(after: string): string {
	const lead = after.length - after.trimStart().length;
	const rest = after.slice(Math.min(lead, after.length - 1));
	return rest.length === 1 ? rest : (rest.endsWith("-") ? rest.slice(0, -1) : rest).trimEnd();
}

/**
 * Every Liquid tag (`{% … %}`) and output (`{{ … }}`) of `text`, each up to the first `%}` or `}}` after it, removed
 * and pushed to `removed`. A scan: `\{%[\s\S]*?%\}` searched the rest of the text again from every `{%` never closed.
 */
function removeLiquidTags(text: string, removed: string[]): string {
	let out = "";
	let last = 0;
	// The next `%}` and `}}` at or after a point, found again only once that point has passed them (-1: none left).
	const next = { "%": -2, "{": -2 };
	for (let at = text.indexOf("{"); at !== -1 && at + 1 < text.length; at = text.indexOf("{", at + 1)) {
		const kind = text[at + 1];
		if (kind !== "%" && kind !== "{") continue;
		const closing = kind === "%" ? "%}" : "}}";
		if (next[kind] !== -1 && next[kind] < at + 2) next[kind] = text.indexOf(closing, at + 2);
		if (next[kind] === -1) continue;
		const end = next[kind] + 2;
		removed.push(text.slice(at, end));
		out += text.slice(last, at);
		last = end;
		at = end - 1;
	}
	return out + text.slice(last);
}

/**
 * Jekyll's Liquid, the parts a post's text relies on, done as Jekyll does before Markdown (so also inside code):
 * `{% highlight lang %}` becomes a fenced code block (`<pre><code class="language-lang">` once rendered), `{% link %}`,
 * `{% post_url %}` (with any `{{ site.baseurl }}` written before it, which Jekyll 3's tags leave out), `{{ site.url }}{{
 * site.baseurl }}` and the `relative_url`/`absolute_url` filters (and `prepend: site.baseurl`) become real URLs,
 * `{% raw %}` content is kept as written, comments go with what they hold, and any other tag is removed. https://jekyllrb.com/docs/liquid/tags/
 */
export function renderLiquid(body: string, siteUrl: string, lookup: PageLookup, values?: LiquidValues): RenderedLiquid {
	const unresolved: string[] = [];
	const removed: string[] = [];
	const url = new URL(siteUrl);
	const basePath = sitePathOf(siteUrl);
	const render = (text: string): string => {
		const highlighted = renderHighlightBlocks(renderLiquidEmbeds(dropLiquidComments(text), basePath));
		const linked = replaceLinkTags(highlighted.replace(PREFIXED_LINK_RE, ""), (tag, reference) => {
			const target = lookup(readReference(reference));
			if (target === undefined) unresolved.push(tag);
			return target ?? "";
		})
			.replace(SITE_URL_RE, (_, single: string | undefined) =>
				single === "url" ? url.origin : single === "baseurl" ? basePath : `${url.origin}${basePath}`,
			)
			.replace(URL_FILTER_RE, (_, _quote: string, path: string, filters: string) =>
				applyJekyllUrlFilters(path, filters, url.origin, basePath),
			);
		return removeLiquidTags(values === undefined ? linked : renderLiquidValues(linked, values), removed);
	};
	return { body: renderOutsideRaw(body, render), unresolved, removed };
}
