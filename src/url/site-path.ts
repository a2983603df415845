/**
 * The path a site lives under, from its url: "" for a site at the root of its host, "/harbour" for
 * https://pier.example/harbour/. It is what Jekyll calls `baseurl` (and `{{ site.url }}` the origin without it), for
 * bodies whose template links are read without their site's config: the config's `url` is the site.
 */
export function sitePathOf(siteUrl: string): string {
	try {
		return new URL(siteUrl).pathname.replace(/\/+$/, "");
	} catch {
		return "";
	}
}
