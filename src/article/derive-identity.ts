/** Builds the article's link from the permalink pattern (`{slug}`, `{year}`, `{month}`, `{day}`) against the site URL. */
export function buildPermalink(pattern: string, slug: string, published: Date, siteUrl: string): string {
	const path = pattern
		.replaceAll("{slug}", encodeURIComponent(slug))
		.replaceAll("{year}", String(published.getUTCFullYear()))
		.replaceAll("{month}", String(published.getUTCMonth() + 1).padStart(2, "0"))
		.replaceAll("{day}", String(published.getUTCDate()).padStart(2, "0"));
	return resolveHttpUrl(path.replace(/^\/+/, ""), siteUrl) ?? siteUrl;
}

/** Resolves a possibly relative URL against a base; undefined unless the result is http(s). */
export function resolveHttpUrl(value: string, base: string): string | undefined {
	try {
		const url = new URL(value, base);
		return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
	} catch {
		return undefined;
	}
}

const URI_SCHEME_RE = /^[a-z][a-z0-9+.-]*:\S+$/i;

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
	const day = published.toISOString().slice(0, 10);
	const specific = explicitId === undefined ? slug : explicitId;
	return `tag:${host},${day}:${encodeURIComponent(specific).replace(/%2F/gi, "/")}`;
}
