// What the common Jekyll plugins and themes embed with a Liquid tag, as the feed can carry it: jekyll-gist's
// `{% gist user/id %}` (a GitHub Pages default) and jekyll-youtube's `{% youtube id %}` as links (the embeds rule
// names them), and an include that names a picture (Minimal Mistakes' `{% include figure image_path="…" alt="…"
// caption="…" %}`, the common `image.html` with `url` and `description`) or a player (`{% include video id="…"
// provider="youtube" %}`) as a figure or a link. Any other tag is left for the caller to remove.
const EMBED_TAG_RE = /\{%-?\s*(include|gist|youtube)\s+((?:(?!%\}|\{%)[^\n])*?)\s*-?%\}/g;
const ARGUMENT_RE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|(\S+)/g;
const IMAGE_KEYS = ["image_path", "image", "src", "url", "path", "file", "img"];
const IMAGE_URL_RE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
const youtubeWatch = (id: string) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`;
const PLAYERS: Readonly<Record<string, (id: string) => string>> = {
	youtube: youtubeWatch,
	vimeo: (id) => `https://vimeo.com/${encodeURIComponent(id)}`,
};

/**
 * Replaces the embed tags it knows (see above) in Liquid source; other tags stay as written. A picture's root path
 * starts with `basePath` (the site's `baseurl`), as the themes' `relative_url` filter does.
 */
export function renderLiquidEmbeds(source: string, basePath: string): string {
	if (!source.includes("{%")) return source;
	return source.replace(EMBED_TAG_RE, (tag, kind: string, args: string) => renderEmbed(kind, args, basePath) ?? tag);
}

function renderEmbed(kind: string, source: string, basePath: string): string | undefined {
	const named = new Map<string, string>();
	const positional: string[] = [];
	for (const [, key, double, single, bare, word] of source.matchAll(ARGUMENT_RE)) {
		if (key !== undefined) named.set(key.toLowerCase(), double ?? single ?? bare ?? "");
		else if (word !== undefined) positional.push(word);
	}
	const [first] = positional;
	if (kind === "gist")
		return first && /^(?:[\w-]+\/)?[0-9a-f]+$/i.test(first) ? `<https://gist.github.com/${first}>` : undefined;
	if (kind === "youtube") return first ? `<${/^https?:\/\//.test(first) ? first : youtubeWatch(first)}>` : undefined;
	const player = PLAYERS[(named.get("provider") ?? "").toLowerCase()];
	const id = named.get("id");
	if (player !== undefined && id) return `<${player(id)}>`;
	const image = IMAGE_KEYS.map((key) => named.get(key)).find(
		(value) => value !== undefined && IMAGE_URL_RE.test(value),
	);
	if (image === undefined) return undefined;
	const alt = named.get("alt") ?? named.get("description") ?? named.get("title") ?? "";
	const caption = named.get("caption") ?? named.get("description") ?? named.get("title") ?? "";
	const figcaption = caption === "" ? "" : `<figcaption>${escapeHtml(caption)}</figcaption>`;
	const src = image.startsWith("/") && !image.startsWith("//") ? `${basePath}${image}` : image;
	return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">${figcaption}</figure>`;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
