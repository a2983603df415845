import { renderInlineMarkdown } from "../body/render-inline-markdown.js";
import { fenceCode } from "./fence-code.js";

// What the common Jekyll plugins and themes embed with a Liquid tag, as the feed can carry it: jekyll-gist's
// `{% gist user/id %}` (a GitHub Pages default), jekyll-youtube's `{% youtube id %}`, a `{% vimeo id %}` and
// Octopress's `{% video url %}` (a player) as links (the embeds rule names them), and an include that names a picture (Minimal Mistakes' `{% include figure image_path="…" alt="…"
// caption="…" %}`, the common `image.html` with `url` and `description`) or a player (`{% include video id="…"
// provider="youtube" %}`) as a figure or a link. Any other tag is left for the caller to remove. The text after the
// tag's name is taken up to `%}` and read by readEmbedArguments: `\s+((?:(?!%\}|\{%)[^\n])*?)\s*-?%\}`, which said the
// same, tried every end of the arguments against the rest of a run of spaces (quadratic: 100 KB of tabs took seconds).
const EMBED_TAG_RE = /\{%-?\s*(include|gist|youtube|vimeo|video)(\s(?:(?!%\}|\{%)[\s\S])*)%\}/g;
const ARGUMENT_RE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|(\S+)/g;
const IMAGE_KEYS = ["image_path", "image", "src", "url", "path", "file", "img"];
const IMAGE_URL_RE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
const youtubeWatch = (id: string) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`;
const PLAYERS: Readonly<Record<string, (id: string) => string>> = {
	youtube: youtubeWatch,
	vimeo: (id) => `https://vimeo.com/${encodeURIComponent(id)}`,
};

// Octopress's plugins (the Jekyll blog framework of 2011–2015, whose posts live on in many blogs): `{% img [classes]
// src [width [height]] [title [alt]] %}` a picture, `{% blockquote [author[, source]] [url] [title] %}` a quotation
// with its attribution, `{% codeblock [title] [lang:x] [url [link text]] %}` code under its title (the language from
// the title's extension when none is given), `{% pullquote %}` a paragraph with its `{" pulled words "}` marked.
// http://octopress.org/docs/plugins/. Each block's text is tempered at the next opening of the same tag, so text of
// many unclosed ones costs linear time.
const OCTOPRESS_IMG_RE = /\{%-?\s*img\s((?:(?!%\}|\{%)[^\n])*)%\}/g;
const OCTOPRESS_BLOCK_RE =
	/\{%-?\s*(blockquote|codeblock|pullquote)\b((?:(?!%\}|\{%)[^\n])*)%\}\n?((?:(?!\{%-?\s*(?:blockquote|codeblock|pullquote)\b)[\s\S])*?)\n?\{%-?\s*end\1\s*-?%\}/g;
const PULLED_MARK_RE = /\{"\s*|\s*"\}/g;
const QUOTED_PAIR_RE = /^["']([^"']*)["']\s+["']([^"']*)["']$/;
const URL_TOKEN_RE = /^https?:\/\//;

/**
 * Replaces the embed tags it knows (see above) in Liquid source; other tags stay as written. A picture's root path
 * starts with `basePath` (the site's `baseurl`), as the themes' `relative_url` filter does.
 */
export function renderLiquidEmbeds(source: string, basePath: string): string {
	if (!source.includes("{%")) return source;
	return source
		.replace(OCTOPRESS_BLOCK_RE, (_tag, kind: string, args: string, inner: string) =>
			renderOctopressBlock(kind, readTagArguments(args), inner),
		)
		.replace(OCTOPRESS_IMG_RE, (tag, args: string) => renderOctopressImage(readTagArguments(args), basePath) ?? tag)
		.replace(EMBED_TAG_RE, (tag, kind: string, after: string) => {
			const args = readEmbedArguments(after);
			return (args === undefined ? undefined : renderEmbed(kind, args, basePath)) ?? tag;
		});
}

/**
 * An embed tag's arguments, from the text between its name and `%}`: after the spaces that start it, without the spaces
 * and the whitespace-control dash that end it; undefined when they span lines (no tag, as Liquid reads it).
 */
function readEmbedArguments(after: string): string | undefined {
	const rest = after.trimStart();
	const args = (rest.endsWith("-") ? rest.slice(0, -1) : rest).trimEnd();
	return args.includes("\n") ? undefined : args;
}

/** A tag's arguments without the whitespace-control dash before `%}`. */
function readTagArguments(args: string): string {
	const trimmed = args.trim();
	return trimmed.endsWith("-") ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

function renderOctopressImage(args: string, basePath: string): string | undefined {
	const words = splitWords(args);
	const at = words.findIndex((word) => URL_TOKEN_RE.test(word) || word.includes("/"));
	const src = words[at];
	if (src === undefined) return undefined;
	const rest = words.slice(at + 1);
	const size = [rest[0], rest[1]].filter((word) => word !== undefined && /^\d+$/.test(word));
	const text = rest.slice(size.length).join(" ");
	const pair = QUOTED_PAIR_RE.exec(text);
	const alt = pair?.[2] ?? text.replace(/^["']|["']$/g, "");
	const [width, height] = size;
	const url = src.startsWith("/") && !src.startsWith("//") ? `${basePath}${src}` : src;
	return `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"${width === undefined ? "" : ` width="${width}"`}${height === undefined ? "" : ` height="${height}"`}>`;
}

function renderOctopressBlock(kind: string, args: string, inner: string): string {
	if (kind === "pullquote") return inner.replace(PULLED_MARK_RE, "");
	if (kind === "codeblock") return renderCodeBlock(args, inner);
	return renderQuotation(args, inner);
}

/** Octopress code: its title (and the link to its source) above it, the language from `lang:` or the title's extension. */
function renderCodeBlock(args: string, inner: string): string {
	const words = splitWords(args);
	const language = words.find((word) => word.startsWith("lang:"))?.slice("lang:".length);
	const rest = words.filter((word) => !word.startsWith("lang:"));
	const at = rest.findIndex((word) => URL_TOKEN_RE.test(word));
	const title = (at === -1 ? rest : rest.slice(0, at)).join(" ");
	const url = rest[at];
	const link =
		url === undefined ? "" : ` <a href="${escapeHtml(url)}">${escapeHtml(rest.slice(at + 1).join(" ") || "link")}</a>`;
	const caption = title === "" && link === "" ? "" : `<p>${escapeHtml(title)}${link}</p>\n\n`;
	return `${caption}${fenceCode(language ?? /\.([\w+-]+)$/.exec(title)?.[1] ?? "", inner)}`;
}

/** An Octopress quotation: the quoted Markdown, then "— author, title" (the title linked to the source). */
function renderQuotation(args: string, inner: string): string {
	const words = splitWords(args);
	const at = words.findIndex((word) => URL_TOKEN_RE.test(word));
	const source = words[at];
	const [author = "", title = ""] =
		source === undefined
			? args.split(/,(.*)/s)
			: [words.slice(0, at).join(" "), words.slice(at + 1).join(" ") || source];
	const cite = title.trim() === "" ? "" : `, ${escapeHtml(title.trim())}`;
	const linked = source === undefined ? cite : `, <a href="${escapeHtml(source)}">${escapeHtml(title.trim())}</a>`;
	const attribution = author.trim() === "" ? "" : `>\n> — ${escapeHtml(author.trim())}${linked || cite}\n`;
	const quoted = inner
		.split("\n")
		.map((line) => (line === "" ? ">" : `> ${line}`))
		.join("\n");
	return `${quoted}\n${attribution}`;
}

function splitWords(text: string): string[] {
	return text.split(/\s+/).filter((word) => word !== "");
}

function renderEmbed(kind: string, source: string, basePath: string): string | undefined {
	const named = new Map<string, string>();
	const positional: string[] = [];
	for (const [, key, double, single, bare, word] of source.matchAll(ARGUMENT_RE)) {
		if (key !== undefined) named.set(key.toLowerCase(), double ?? single ?? bare ?? "");
		// Eleventy's shortcodes take JavaScript strings: `{% youtube "Ab3_x-9QzKc" %}`.
		else if (word !== undefined) positional.push(word.replace(/^(["'])(.+)\1$/, "$2"));
	}
	const [first] = positional;
	if (kind === "gist")
		return first && /^(?:[\w-]+\/)?[0-9a-f]+$/i.test(first) ? `<https://gist.github.com/${first}>` : undefined;
	if (kind === "youtube") return first ? `<${/^https?:\/\//.test(first) ? first : youtubeWatch(first)}>` : undefined;
	if (kind === "vimeo") return first && /^\d+$/.test(first) ? `<${PLAYERS.vimeo?.(first)}>` : undefined;
	// Octopress's `{% video url [width height] [poster] %}`: the player, with a link to the file for readers that show
	// none (as WordPress's `[video]`).
	if (kind === "video") return first && URL_TOKEN_RE.test(first) ? renderVideo(first, positional.slice(1)) : undefined;
	// The include's file can name the player itself: `{% include youtube.html id="…" %}`.
	const provider =
		named.get("provider") ?? (kind === "include" ? /^(youtube|vimeo)(?:\.html)?$/i.exec(first ?? "")?.[1] : undefined);
	const player = PLAYERS[(provider ?? "").toLowerCase()];
	const id = named.get("id");
	if (player !== undefined && id) return `<${player(id)}>`;
	const image = IMAGE_KEYS.map((key) => named.get(key)).find(
		(value) => value !== undefined && IMAGE_URL_RE.test(value),
	);
	if (image === undefined) return undefined;
	const alt = named.get("alt") ?? named.get("description") ?? named.get("title") ?? "";
	const caption = named.get("caption") ?? named.get("description") ?? named.get("title") ?? "";
	// Minimal Mistakes' `figure` reads its caption as Markdown (`markdownify`): links and emphasis stay, `<` is text.
	const isMarkdown = kind === "include" && /^figure(?:\.html)?$/i.test(first ?? "") && named.has("caption");
	const shown = isMarkdown ? renderInlineMarkdown(escapeHtml(caption)) : escapeHtml(caption);
	const figcaption = caption === "" ? "" : `<figcaption>${shown}</figcaption>`;
	const src = image.startsWith("/") && !image.startsWith("//") ? `${basePath}${image}` : image;
	return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">${figcaption}</figure>`;
}

function renderVideo(src: string, rest: readonly string[]): string {
	const poster = rest.find((word) => URL_TOKEN_RE.test(word));
	const file = escapeHtml(src);
	return `<video src="${file}" controls${poster === undefined ? "" : ` poster="${escapeHtml(poster)}"`}><a href="${file}">${file}</a></video>`;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
