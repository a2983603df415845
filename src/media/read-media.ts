import type { Enclosure, Media } from "../article/article.js";
import { readSafeUrl } from "../url/read-safe-url.js";
import { guessMediaType } from "./guess-media-type.js";

/** A media reference as front matter writes it: a URL, or an object with the URL and what is known about the file. */
export type MediaValue = string | Readonly<Record<string, unknown>>;

/** What front matter said about a media file, or why it cannot be used. */
export type MediaReading =
	| { readonly ok: true; readonly media: Media }
	| { readonly ok: false; readonly reason: string };

// RFC 6838 §4.2: type "/" subtype, restricted names.
const MIME_TYPE_RE = /^[a-z0-9][a-z0-9!#$^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$^_.+-]{0,126}$/i;
const DIGITS_RE = /^\d{1,15}$/;
// An address that names its scheme (`https:`) or host (`//cdn.example`): no path of the site.
const SCHEME_OR_HOST_RE = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/**
 * Reads an image or file reference: a URL string, or `{ url | src | path, type?, length?, width?, height? }` (the shapes
 * of jekyll-seo-tag, Hugo and WordPress exports). The URL is resolved against `base` (the article's link) and must be
 * http(s); with `siteRoot`, a path (`/assets/x.jpg`, `assets/x.jpg`) is under that URL instead, as Jekyll's
 * `absolute_url` puts it under the site's `baseurl`. The type, when not given, comes from the extension; numbers must
 * be non-negative integers.
 */
export function readMedia(value: MediaValue, base: string, siteRoot?: string): MediaReading {
	const fields = typeof value === "string" ? { url: value } : value;
	// An object's address: `url`, `src`, `path`, or a theme's `image` (Hugo PaperMod's `cover`), `overlay_image` or
	// `teaser` (Minimal Mistakes' `header`).
	const raw = [fields.url, fields.src, fields.path, fields.image, fields.overlay_image, fields.teaser].find(
		(v) => typeof v === "string" && v.trim() !== "",
	);
	if (typeof raw !== "string") return { ok: false, reason: "has no url" };
	// The one URL policy, as for any file outside the item: http(s) only, resolved against the article's link.
	const isSitePath = siteRoot !== undefined && !SCHEME_OR_HOST_RE.test(raw.trim());
	const url = isSitePath
		? readSafeUrl(raw.trim().replace(/^\/+/, ""), "web", siteRoot.replace(/\/*$/, "/"))
		: readSafeUrl(raw, "web", base);
	if (url === undefined) return { ok: false, reason: `"${raw.trim()}" is not an http(s) URL` };
	const declaredType = typeof fields.type === "string" ? fields.type.trim() : undefined;
	if (declaredType !== undefined && !MIME_TYPE_RE.test(declaredType))
		return { ok: false, reason: `type "${declaredType}" is not a MIME type such as "audio/mpeg"` };
	const type = declaredType?.toLowerCase() ?? guessMediaType(url);
	const numbers: Record<string, number> = {};
	for (const key of ["length", "width", "height"] as const) {
		const given = fields[key];
		if (given === undefined || given === null || given === "") continue;
		const text = String(given).trim();
		if (!DIGITS_RE.test(text)) return { ok: false, reason: `${key} "${text}" is not a whole number` };
		numbers[key] = Number(text);
	}
	return {
		ok: true,
		media: {
			url,
			...(type !== undefined && { type }),
			...(numbers.length !== undefined && { length: numbers.length }),
			...(numbers.width !== undefined && numbers.width > 0 && { width: numbers.width }),
			...(numbers.height !== undefined && numbers.height > 0 && { height: numbers.height }),
		},
	};
}

/** Reads an enclosure: like `readMedia`, and RSS 2.0 requires its type and its length in bytes. */
export function readEnclosure(
	value: MediaValue,
	base: string,
): { readonly ok: true; readonly enclosure: Enclosure } | { readonly ok: false; readonly reason: string } {
	const read = readMedia(value, base);
	if (!read.ok) return read;
	const { type, length } = read.media;
	if (type === undefined || length === undefined) {
		const missing = [type === undefined && "type", length === undefined && "length (bytes)"].filter(Boolean);
		return {
			ok: false,
			reason: `has no ${missing.join(" and ")}; RSS 2.0 requires the type and length of an enclosure`,
		};
	}
	return { ok: true, enclosure: { ...read.media, type, length } };
}
