import type { SiteRules } from "./site-rules.js";

/** A site's `[frontmatter]` config: for each date, the handlers Hugo tries in order (lower-cased). */
type HugoDateHandlers = NonNullable<SiteRules["dateHandlers"]>;
/** Hugo's four page dates, under wirefeed's key names. */
type HugoDateKind = keyof HugoDateHandlers;

// Each date's `:default` (https://gohugo.io/getting-started/configuration/#configure-front-matter); `:git` is left
// out of lastmod's: wirefeed does not read the repository.
const DEFAULTS: Readonly<Record<HugoDateKind, readonly string[]>> = {
	date: ["date", "publishdate", "pubdate", "published", "lastmod", "modified"],
	publishDate: ["publishdate", "pubdate", "published", "date"],
	lastmod: ["lastmod", "modified", "date", "publishdate", "pubdate", "published"],
	expiryDate: ["expirydate", "unpublishdate"],
};
const KINDS: readonly HugoDateKind[] = ["date", "publishDate", "lastmod", "expiryDate"];
const CONFIG_KEYS: Readonly<Record<string, HugoDateKind>> = {
	date: "date",
	publishdate: "publishDate",
	lastmod: "lastmod",
	expirydate: "expiryDate",
};

/** The `[frontmatter]` section of a Hugo config (keys lower-cased), or undefined when it sets no date's handlers. */
export function readHugoDateHandlers(section: unknown): HugoDateHandlers | undefined {
	if (typeof section !== "object" || section === null) return undefined;
	const handlers: Partial<Record<HugoDateKind, readonly string[]>> = {};
	for (const [key, value] of Object.entries(section)) {
		const kind = CONFIG_KEYS[key];
		const list = typeof value === "string" ? [value] : Array.isArray(value) ? value : undefined;
		if (kind === undefined || list === undefined) continue;
		handlers[kind] = list.filter((item): item is string => typeof item === "string").map((item) => item.toLowerCase());
	}
	return Object.keys(handlers).length === 0 ? undefined : handlers;
}

/**
 * A page's dates and slug as a site's `[frontmatter]` handlers give them, Hugo's way: for each configured date, the
 * first handler that finds one wins. `:filename` reads a `2024-03-02-` (or `_`) prefix of the file name (a bundle's
 * folder name) and, when it does, the rest of the name is the slug unless the front matter sets one; `:default` is
 * the date's usual keys; any other name is a front matter key. `:fileModTime` and `:git` find nothing here (wirefeed's
 * output must not depend on file times or a repository): the dates the front matter gives stand then.
 * `data` has lower-cased keys; the result is under wirefeed's key names, for the keys to set.
 */
export function applyHugoDateHandlers(
	data: Readonly<Record<string, unknown>>,
	baseName: string,
	handlers: HugoDateHandlers,
): Partial<Record<HugoDateKind | "slug", unknown>> {
	const found: Partial<Record<HugoDateKind | "slug", unknown>> = {};
	const fromName = dateAndSlugOf(baseName);
	for (const kind of KINDS) {
		for (const handler of handlers[kind] ?? []) {
			if (handler === ":filename") {
				if (fromName === undefined) continue;
				found[kind] = fromName.date;
				if (fromName.slug !== "" && !hasValue(data.slug)) found.slug = fromName.slug;
				break;
			}
			const keys = handler === ":default" ? DEFAULTS[kind] : handler.startsWith(":") ? [] : [handler];
			// `published: false` is a flag, no date (see normalize-site-fields.ts).
			const key = keys.find((name) => hasValue(data[name]) && typeof data[name] !== "boolean");
			if (key !== undefined) {
				found[kind] = data[key];
				break;
			}
		}
	}
	return found;
}

// Hugo's dateAndSlugFromBaseFilename: the first ten characters as a date, the rest (trimmed of " -_") as the slug.
function dateAndSlugOf(baseName: string): { readonly date: string; readonly slug: string } | undefined {
	const match = /^(\d{4}-\d{2}-\d{2})(.*)$/.exec(baseName);
	if (match === null) return undefined;
	return { date: match[1] ?? "", slug: (match[2] ?? "").replace(/^[ _-]+|[ _-]+$/g, "") };
}

function hasValue(value: unknown): boolean {
	return value !== undefined && value !== null && value !== "";
}
