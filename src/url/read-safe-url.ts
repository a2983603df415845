import { trimEdges } from "../text/trim-edges.js";
import { readPlainHttpUrl } from "./read-plain-http-url.js";

/**
 * What a URL is for, which decides the schemes it may have:
 * - `link`: followed on a click (`<a href>`, `cite`): http, https, mailto;
 * - `image`: loaded as a picture (`<img src>`, `srcset`, `poster`): http, https, raster `data:image/…`;
 * - `media`: loaded as video or audio (`<video src>`, `<audio src>`, `<source>`): http, https;
 * - `web`: a page or file outside the item (source link, Atom `via`, JSON `external_url`, permalinks, enclosures,
 *   author and licence URLs, feed images): http, https.
 */
export type UrlUse = "link" | "image" | "media" | "web";

const ALLOWED_SCHEMES: Readonly<Record<UrlUse, ReadonlySet<string>>> = {
	link: new Set(["http", "https", "mailto"]),
	image: new Set(["http", "https", "data"]),
	media: new Set(["http", "https"]),
	web: new Set(["http", "https"]),
};

// WHATWG URL §4.4 "basic URL parser", first steps: leading and trailing C0 controls and spaces are stripped, and
// every ASCII tab or newline is removed (so "java\tscript:" is "javascript:").
const isC0OrSpace = (code: number) => code <= 0x20;
const TAB_OR_NEWLINE_RE = /[\t\n\r]/g;
// Lenient readers and sanitizers (DOMPurify's ATTR_WHITESPACE), and any code that calls String.prototype.trim, also
// skip Unicode spaces and invisible format characters before a scheme; the WHATWG parser does not, so
// "&nbsp;javascript:" is a relative URL to a browser but a script to them. A URL must be safe read either way.
const LENIENT_IGNORED_RE =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: C0 and C1 controls are among the skipped characters.
	/[\u0000-\u0020\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/g;
// RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), ended by ":".
const SCHEME_RE = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// Pictures a reader can show without running anything: SVG can carry script, so only raster types.
const RASTER_DATA_RE = /^image\/(?:png|gif|jpeg|webp)[;,]/i;

/**
 * The one URL policy: the URL to write for `value` used as `use`, or undefined when it must not be written (a scheme
 * not allowed for that use, a non-raster `data:` URL, unparseable, or relative without a `base`). Relative URLs are
 * resolved against `base`, and `//host` becomes https. An absolute URL comes back as a browser will parse it (edges
 * stripped, tabs and newlines removed) but otherwise as written, so cleaning it again changes nothing.
 */
export function readSafeUrl(value: string, use: UrlUse, base?: string): string | undefined {
	return readSafe(value, use, base)?.written;
}

/** `readSafeUrl`, serialized the way the URL parser writes it (`https://Example.org` → `https://example.org/`). */
export function readSafeHref(value: string, use: UrlUse, base?: string): string | undefined {
	// Every use allows http(s); a plain absolute URL needs no parser (issue #16: each WordPress permalink comes here).
	const plain = readPlainHttpUrl(value);
	if (plain !== undefined) return plain;
	const safe = readSafe(value, use, base);
	if (safe === undefined) return undefined;
	// An absolute URL was parsed as written, without a base: its serialization is at hand, not parsed again (once per
	// article with a permalink, issue #16). A resolved one is written as its href, and that is parsed again, as before.
	return safe.isAbsolute ? safe.url.href : parseUrl(safe.written)?.href;
}

/** The URL to write and the parsed URL it came from, or undefined (see `readSafeUrl`). */
function readSafe(
	value: string,
	use: UrlUse,
	base: string | undefined,
): { readonly written: string; readonly url: URL; readonly isAbsolute: boolean } | undefined {
	if (!hasAllowedLenientScheme(value, use)) return undefined;
	const normalized = trimEdges(value, isC0OrSpace).replace(TAB_OR_NEWLINE_RE, "");
	// Protocol-relative embeds and images are all served over https today.
	const candidate = normalized.startsWith("//") ? `https:${normalized}` : normalized;
	const isAbsolute = SCHEME_RE.test(candidate);
	if (!isAbsolute && base === undefined) return undefined;
	const url = parseUrl(candidate, isAbsolute ? undefined : base);
	if (url === undefined || !isAllowed(url, use)) return undefined;
	return { written: isAbsolute ? candidate : url.href, url, isAbsolute };
}

/**
 * True when `value` may be written as a URL for `use` wherever it ends up: a relative URL is safe (it resolves against
 * an http(s) page), an absolute one when `readSafeUrl` would write it.
 */
export function isSafeUrl(value: string, use: UrlUse): boolean {
	if (!hasAllowedLenientScheme(value, use)) return false;
	const normalized = trimEdges(value, isC0OrSpace).replace(TAB_OR_NEWLINE_RE, "");
	if (!SCHEME_RE.test(normalized)) return true;
	const url = parseUrl(normalized);
	return url !== undefined && isAllowed(url, use);
}

/** What a URL attribute of an element is used for (hast property names: `srcSet`). */
export function urlUseOf(tagName: string, attribute: string): UrlUse {
	if (attribute === "href" || attribute === "cite") return "link";
	if (attribute === "poster" || attribute === "srcSet") return "image";
	return tagName === "img" ? "image" : "media";
}

function hasAllowedLenientScheme(value: string, use: UrlUse): boolean {
	const lenient = value.replace(LENIENT_IGNORED_RE, "");
	const scheme = SCHEME_RE.exec(lenient)?.[1]?.toLowerCase();
	if (scheme === undefined) return true;
	if (!ALLOWED_SCHEMES[use].has(scheme)) return false;
	return scheme !== "data" || RASTER_DATA_RE.test(lenient.slice("data:".length));
}

function isAllowed(url: URL, use: UrlUse): boolean {
	const scheme = url.protocol.slice(0, -1);
	if (!ALLOWED_SCHEMES[use].has(scheme)) return false;
	return scheme !== "data" || RASTER_DATA_RE.test(url.pathname);
}

function parseUrl(value: string, base?: string): URL | undefined {
	try {
		return base === undefined ? new URL(value) : new URL(value, base);
	} catch {
		return undefined;
	}
}
