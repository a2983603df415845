import picomatch from "picomatch";
import { LIST_PAGE_RE, type SiteRules } from "./site-rules.js";

/** Why a page of a site is not a post of its feed: the rule id and a message. */
export interface Exclusion {
	readonly rule: "select/list-page" | "select/not-listed";
	readonly message: string;
}

// Jekyll's `Document::DATE_FILENAME_MATCHER`, on the file name.
const JEKYLL_POST_NAME_RE = /^\d{2,4}-\d{1,2}-\d{1,2}-[^/]*\.[^./]+$/;

// WordPress statuses that are live, or will be at their date (https://wordpress.org/documentation/article/post-status/).
const LIVE_STATUSES = new Set(["publish", "future"]);

/**
 * Tells whether a page is one its generator leaves out of every list and feed, whatever its date: Hugo's `_index.md`
 * list pages, `headless` bundles and `_build` options; Eleventy's `permalink: false` and
 * `eleventyExcludeFromCollections`, and a page not tagged with the feed's collection; a Jekyll file not named by a date; an Astro file its glob() pattern does not match; WordPress posts whose `post_status` is not live or whose `post_type` is not `post`.
 * These are expected, so they are info, and the rest of the front matter is not validated. Pure.
 */
export function findExclusion(
	fields: Readonly<Record<string, unknown>>,
	relPath: string,
	rules: SiteRules | undefined,
): Exclusion | undefined {
	if (LIST_PAGE_RE.test(relPath))
		return { rule: "select/list-page", message: "a list page (_index), not a post; left out" };
	const notListed = (message: string): Exclusion => ({ rule: "select/not-listed", message: `${message}; left out` });
	if (isTrue(fields.headless)) return notListed("a headless bundle (headless: true) has no page of its own");
	const build = fields._build ?? (rules?.generator === "hugo" ? fields.build : undefined);
	if (typeof build === "object" && build !== null) {
		const { list, render } = build as Record<string, unknown>;
		// Hugo `_build`: `list: never` (or `local`, lists of its own section only) keeps it out of the site's feed.
		if (list === false || list === "never" || list === "local") return notListed(`_build.list is "${String(list)}"`);
		if (render === false || render === "never")
			return notListed(`_build.render is "${String(render)}": no page to link to`);
	}
	if (fields.sitePath === false) return notListed("permalink: false writes no page");
	// Astro's glob() loader reads only the files its pattern matches (AstroPaper's `**∕[^_]*.md` skips `_template.md`).
	const pattern = rules?.generator === "astro" ? rules.entryPattern : undefined;
	if (pattern !== undefined && !matchesGlob(pattern, [rules?.contentPath, relPath].filter(Boolean).join("/")))
		return notListed(`the glob() pattern "${pattern.join('", "')}" of the collection does not match it`);
	// Jekyll reads only `YYYY-MM-DD-title.ext` files of `_posts` as posts.
	if (rules?.generator === "jekyll" && !JEKYLL_POST_NAME_RE.test(relPath.split("/").at(-1) ?? ""))
		return notListed("Jekyll reads only files named YYYY-MM-DD-title as posts");
	const excluded = fields.eleventyExcludeFromCollections;
	if (
		isTrue(excluded) ||
		(Array.isArray(excluded) && excluded.some((name) => (rules?.collectionTags ?? ["posts"]).includes(String(name))))
	)
		return notListed("eleventyExcludeFromCollections");
	if (typeof fields.eleventyNotTagged === "string")
		return notListed(`not tagged "${fields.eleventyNotTagged}", so not in that Eleventy collection`);
	const status = single(fields.post_status);
	if (typeof status === "string" && status.trim() !== "" && !LIVE_STATUSES.has(status.trim().toLowerCase()))
		return notListed(`post_status is "${status.trim()}"`);
	const type = single(fields.post_type);
	if (typeof type === "string" && type.trim() !== "" && type.trim().toLowerCase() !== "post")
		return notListed(`post_type is "${type.trim()}", not a post`);
	return undefined;
}

// Compiled once per pattern list: every article of a build is tested against the same one.
const globMatchers = new Map<string, (path: string) => boolean>();

// As Astro's loader lists them (tinyglobby, picomatch's syntax): names starting with a dot are not matched.
function matchesGlob(patterns: readonly string[], path: string): boolean {
	const key = JSON.stringify(patterns);
	let matcher = globMatchers.get(key);
	if (matcher === undefined) {
		matcher = picomatch([...patterns]);
		globMatchers.set(key, matcher);
	}
	return matcher(path);
}

function isTrue(value: unknown): boolean {
	return value === true || value === "true";
}

function single(value: unknown): unknown {
	return Array.isArray(value) && value.length === 1 ? value[0] : value;
}
