import { capitalize } from "../body/capitalize.js";
import { fenceCode } from "./fence-code.js";
import type { PageLookup } from "./render-liquid.js";
import { rewriteOutsideCode } from "./split-code.js";

// What Zola does to a page's Markdown that a feed needs done too, outside the author's code:
// - internal links, `[text](@/blog/post.md#anchor)` and `[id]: @/blog/post.md`, name a page by its path under
//   content/ (https://www.getzola.org/documentation/content/linking/): the page's link, or the text alone when no page
//   has that path;
// - shortcodes, which a site defines in its own Tera templates: a body shortcode `{% name(args) %}…{% end %}` keeps
//   its text, under its label in bold inside a quotation when it is a callout (a `note`, `warning`… or any with a
//   `header` or `title`), a `quote` with "— author" under it, a `mermaid` diagram a code block; an inline `{{ figure(src=…, caption=…) }}` or
//   `{{ image(src=…) }}` is the picture. Other shortcodes are left for the stray-tag rule, which reports them.
// - the escape for showing a shortcode as text, `{{/* name(…) */}}` and `{%/* name(…) */%}` … `{%/* end */%}`: the
//   shortcode as written, `{{ name(…) }}`, in code too (Zola reads shortcodes before Markdown, code blocks included).
// Each body's text is tempered at the next opening, so text of many unclosed shortcodes costs linear time.
const INTERNAL_LINK_RE = /(\]\(\s*<?|^ {0,3}\[[^\]\n]+\]:\s*<?)@\/([^\s)>#]+(?:#[^\s)>]*)?)>?/gm;
const BODY_SHORTCODE_RE =
	/\{%-?\s*([A-Za-z_]\w*)\(([^()%]*)\)\s*-?%\}\n?((?:(?!\{%-?\s*(?:end\b|[A-Za-z_]\w*\())[\s\S])*?)\n?\{%-?\s*end\s*-?%\}/g;
const INLINE_SHORTCODE_RE = /\{\{\s*([A-Za-z_]\w*)\(([^(){}]*)\)\s*\}\}/g;
// A call's arguments, its strings read whole (a `)` in one does not end it). A Go template's comment, `{{/* note */}}`,
// is no call, and stays.
const CALL = String.raw`\s*[A-Za-z_]\w*\s*\((?:[^()"'\`]|"[^"]*"|'[^']*'|\`[^\`]*\`)*\)\s*`;
const ESCAPED_INLINE_RE = new RegExp(String.raw`\{\{/\*(${CALL})\*/\}\}`, "g");
const ESCAPED_BODY_RE = new RegExp(String.raw`\{%/\*(${CALL}|\s*end\s*)\*/%\}`, "g");
const ARGUMENT_RE = /([A-Za-z_]\w*)\s*=\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`|([^,\s)]+))/g;
const CALLOUT_NAMES = new Set([
	"note",
	"tip",
	"info",
	"hint",
	"warning",
	"caution",
	"important",
	"danger",
	"alert",
	"admonition",
	"callout",
	"notice",
	"success",
	"error",
]);
const QUOTE_NAMES = new Set(["quote", "blockquote"]);
const PICTURE_KEYS = ["src", "path", "image", "url", "file"];
const IMAGE_URL_RE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** A Zola page's body with its internal links and the shortcodes above handled, and the links no page answers. */
export function renderZolaBody(
	body: string,
	basePath: string,
	lookup: PageLookup,
): { readonly body: string; readonly unresolved: readonly string[] } {
	const unresolved: string[] = [];
	if (!body.includes("@/") && !body.includes("{%") && !body.includes("{{")) return { body, unresolved };
	const rendered = rewriteOutsideCode(body, (prose) =>
		prose
			.replace(INTERNAL_LINK_RE, (_link, before: string, reference: string) => {
				const target = lookup(reference);
				if (target === undefined) unresolved.push(`@/${reference}`);
				return `${before}${target ?? ""}`;
			})
			.replace(BODY_SHORTCODE_RE, (_, name: string, args: string, inner: string) =>
				renderBodyShortcode(name, readArguments(args), inner),
			)
			.replace(
				INLINE_SHORTCODE_RE,
				(shortcode, _name: string, args: string) => renderPicture(readArguments(args), basePath) ?? shortcode,
			),
	);
	const shown = rendered.includes("/*")
		? rendered.replace(ESCAPED_INLINE_RE, "{{$1}}").replace(ESCAPED_BODY_RE, "{%$1%}")
		: rendered;
	return { body: shown, unresolved };
}

function readArguments(source: string): ReadonlyMap<string, string> {
	const named = new Map<string, string>();
	for (const [, key = "", double, single, backtick, bare] of source.matchAll(ARGUMENT_RE))
		named.set(key.toLowerCase(), double ?? single ?? backtick ?? bare ?? "");
	return named;
}

function renderBodyShortcode(name: string, args: ReadonlyMap<string, string>, inner: string): string {
	const kind = name.toLowerCase();
	// A diagram's source, whose lines a paragraph would run together: code, as Hugo's `mermaid` shortcode gives it.
	if (kind === "mermaid") return fenceCode("", inner);
	const title = (args.get("header") ?? args.get("title") ?? args.get("summary") ?? "").trim();
	if (QUOTE_NAMES.has(kind)) {
		const author = (args.get("author") ?? args.get("cite") ?? args.get("source") ?? "").trim();
		const attribution = author === "" ? "" : `<p>— ${escapeHtml(author)}</p>\n\n`;
		return `<blockquote>\n\n${inner}\n\n${attribution}</blockquote>`;
	}
	const isCallout = CALLOUT_NAMES.has(kind) || args.has("header");
	const label = title !== "" ? title : isCallout ? capitalize(args.get("type") ?? args.get("kind") ?? kind) : "";
	const heading = label === "" ? "" : `<p><strong>${escapeHtml(label)}</strong></p>\n\n`;
	return isCallout ? `<blockquote>\n${heading}${inner}\n\n</blockquote>` : `${heading}${inner}`;
}

/** `{{ figure(src=…, caption=…) }}` and the like: the picture, or undefined when no argument names an image. */
function renderPicture(args: ReadonlyMap<string, string>, basePath: string): string | undefined {
	const src = PICTURE_KEYS.map((key) => args.get(key)).find((value) => value !== undefined && IMAGE_URL_RE.test(value));
	if (src === undefined) return undefined;
	const url = src.startsWith("/") && !src.startsWith("//") ? `${basePath}${src}` : src;
	const img = `<img src="${escapeHtml(url)}" alt="${escapeHtml(args.get("alt") ?? "")}">`;
	const caption = (args.get("caption") ?? "").trim();
	return caption === "" ? img : `<figure>${img}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
