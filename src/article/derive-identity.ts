import { stripForbiddenXmlChars } from "../serialize/xml-safe.js";
import type { SiteLink } from "../site/build-site-link.js";
import { readSafeHref } from "../url/read-safe-url.js";
import { normalizeSlug } from "./derive-slug.js";

/** Builds the article's link from the permalink pattern (`{slug}`, `{year}`, `{month}`, `{day}`) against the site URL. */
export function buildPermalink(pattern: string, slug: string, published: Date, siteUrl: string): string {
	const relative = fillPermalink(pattern, slug, published);
	// The common case needs no URL parser: a path of unreserved characters and percent-escapes, without dot segments,
	// under a site URL ending in "/", resolves to their concatenation (the parser changes nothing in it).
	if (siteUrl.endsWith("/") && PLAIN_PATH_RE.test(relative) && !DOT_SEGMENT_RE.test(relative))
		return siteUrl + relative;
	return resolveHttpUrl(relative, siteUrl) ?? siteUrl;
}

const PERMALINK_TOKEN_RE = /\{(slug|year|month|day)\}/g;
const LEADING_SLASHES_RE = /^\/+/;

// One pass over the pattern: a filled token is never read again as part of another (a slug cannot make a token).
function fillPermalink(pattern: string, slug: string, published: Date): string {
	const path = pattern.replace(PERMALINK_TOKEN_RE, (_, token: string) =>
		token === "slug"
			? encodeURIComponent(slug)
			: token === "year"
				? String(published.getUTCFullYear())
				: String(token === "month" ? published.getUTCMonth() + 1 : published.getUTCDate()).padStart(2, "0"),
	);
	return path.replace(LEADING_SLASHES_RE, "");
}

const PLAIN_PATH_RE = /^(?:[A-Za-z0-9_~/-]|\.|%[0-9A-F]{2})*$/;
// "." and ".." segments, also percent-encoded, which the URL parser resolves away.
const DOT_SEGMENT_RE = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/** Resolves a possibly relative URL against a base through the URL policy; undefined unless the result is http(s). */
export function resolveHttpUrl(value: string, base: string): string | undefined {
	return readSafeHref(value, "web", base);
}

const URI_SCHEME_RE = /^[a-z][a-z0-9+.-]*:\S+$/i;
// encodeURIComponent writes its escapes in upper case.
const ENCODED_SLASH_RE = /%2F/g;

/**
 * The article's id: an explicit id when it is already a URI, else a `tag:` URI (RFC 4151) from the site host, the
 * publication day and the slug or explicit id. It stays the same when the title, body, scheme or machine change.
 */
export function buildId(options: {
	readonly explicitId?: string | undefined;
	readonly host: string;
	readonly published: Date;
	readonly slug: string;
}): string {
	const { explicitId, host, published, slug } = options;
	if (explicitId !== undefined && URI_SCHEME_RE.test(explicitId)) return explicitId;
	const day = formatUtcDay(published);
	const specific = explicitId === undefined ? slug : explicitId;
	// Joined, not concatenated: one flat string instead of a tree of five pieces (every article of a 200k-file folder
	// keeps its id for the whole build; the tree costs ~150 bytes more each).
	const encoded = encodeURIComponent(specific);
	return ["tag:", host, ",", day, ":", encoded.includes("%2F") ? encoded.replace(ENCODED_SLASH_RE, "/") : encoded].join(
		"",
	);
}

// `YYYY-MM-DD` as toISOString begins, built from the fields: toISOString costs several times more, once per article.
// Years it writes otherwise (before 1000 zero-padded, after 9999 signed) are left to it.
function formatUtcDay(date: Date): string {
	const year = date.getUTCFullYear();
	if (!(year >= 1000 && year <= 9999)) return date.toISOString().slice(0, 10);
	const month = date.getUTCMonth() + 1;
	const day = date.getUTCDate();
	return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** What an article says about its own identity, as written (strings not yet checked). */
export interface IdentityInput {
	readonly slug?: string | undefined;
	readonly link?: string | undefined;
	readonly id?: string | undefined;
	readonly published: Date;
	/** Slug derived from the file's path, used when `slug` gives none. */
	readonly pathSlug: string;
	/** A page bundle's language from its file name (`hooks/index.uk.md`). */
	readonly bundleLanguage?: string | undefined;
	/** The link and feed id the site's generator gives the page, when a site is read. */
	readonly siteLink?: SiteLink | undefined;
}

/** Slug, link and id of an article: the one place both the full parser and the fast scanner derive them. */
export function deriveIdentity(
	input: IdentityInput,
	config: { readonly permalink: string; readonly url: string; readonly language?: string | undefined },
): { slug: string; link: string; id: string; isLinkInvalid: boolean } {
	const slug = (input.slug !== undefined && normalizeSlug(input.slug)) || readPathSlug(input, config.language);
	const resolved = input.link === undefined ? undefined : resolveHttpUrl(input.link, config.url);
	const link = resolved ?? input.siteLink?.link ?? buildPermalink(config.permalink, slug, input.published, config.url);
	// Ids are kept as written, but characters XML forbids (YAML "\0" escapes, stray control bytes) would make the
	// XML feeds and the JSON feed carry different ids.
	const explicitId = (input.id === undefined ? "" : stripForbiddenXmlChars(input.id)).trim() || undefined;
	// A site's own feed id (its permalink, mostly) is kept, so a reader moving to this feed sees no item twice.
	const id =
		explicitId === undefined && input.siteLink !== undefined && resolved === undefined
			? input.siteLink.id
			: buildId({ explicitId, host: siteHost(config.url), published: input.published, slug });
	return { slug, link, id, isLinkInvalid: input.link !== undefined && resolved === undefined };
}

/**
 * The path's slug. A bundle's translation (`hooks/index.uk.md` beside `hooks/index.md`) adds its language, as a file's
 * own name does (`index.uk.md` alone is `index-uk`), unless it is the feed's language: the original and its
 * translations are different items, and one folder's name would give them all one id and one link.
 */
function readPathSlug(input: IdentityInput, feedLanguage: string | undefined): string {
	const language = input.bundleLanguage;
	if (language === undefined) return input.pathSlug;
	const primary = feedLanguage?.toLowerCase().split("-")[0];
	return primary === language.split("-")[0] ? input.pathSlug : `${input.pathSlug}-${language}`;
}

// The site's host, the authority of generated ids. One site per build and one call per article: the last answer is
// kept, so the URL is parsed once.
let lastSite = { url: "", host: "" };
function siteHost(url: string): string {
	if (lastSite.url !== url) lastSite = { url, host: new URL(url).hostname };
	return lastSite.host;
}
