import { extname } from "node:path";
import { DAY_NAMES, MONTH_NAMES, pad2, zonedDateParts } from "../article/zoned-date-parts.js";
import type { PageFacts } from "./page-facts.js";
import { joinUrlPath, splitPath } from "./page-facts.js";
import { JEKYLL_DATE_PREFIX_RE } from "./read-jekyll-name-date.js";
import type { SiteRules } from "./site-rules.js";

/** Jekyll's built-in permalink styles. https://jekyllrb.com/docs/permalinks/#built-in-formats */
const JEKYLL_PERMALINK_STYLES: Readonly<Record<string, string>> = {
	date: "/:categories/:year/:month/:day/:title:output_ext",
	pretty: "/:categories/:year/:month/:day/:title/",
	ordinal: "/:categories/:year/:y_day/:title:output_ext",
	weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
	none: "/:categories/:title:output_ext",
};

const TOKEN_RE = /:([a-z_]+)/g;

/** A site `permalink` setting as a pattern: a style name is expanded, anything else is already one. */
export function expandJekyllStyle(permalink: string | undefined): string {
	const value = permalink?.trim() || "date";
	return JEKYLL_PERMALINK_STYLES[value] ?? value;
}

/**
 * The URL path (from the site's base URL) Jekyll gives a post: front matter `permalink`, else the site's, with its
 * placeholders filled as Jekyll's `UrlDrop` does and empty segments (no categories) collapsed.
 * https://jekyllrb.com/docs/permalinks/#placeholders
 */
export function buildJekyllPath(rules: SiteRules, page: PageFacts): string {
	const pattern = page.path?.trim() || rules.permalinks["*"] || expandJekyllStyle(undefined);
	const name = jekyllPostName(page);
	const date = zonedDateParts(page.published, rules.timeZone);
	// The folders above a category folder's `_posts` come first, then the front matter's (Jekyll's Document#categories).
	const categories = [
		...new Set([...jekyllPathCategories(rules, page.relPath), ...page.categories].map((name) => name.toLowerCase())),
	];
	const values: Record<string, string> = {
		year: String(date.year),
		month: pad2(date.month),
		i_month: String(date.month),
		day: pad2(date.day),
		i_day: String(date.day),
		y_day: String(date.yearDay).padStart(3, "0"),
		short_year: pad2(date.year % 100),
		hour: pad2(date.hour),
		minute: pad2(date.minute),
		second: pad2(date.second),
		title: slugifyJekyll(name, "pretty", true),
		slug: slugifyJekyll(name, "default", false),
		name: slugifyJekyll(splitPath(page.relPath).stem, "default", false),
		categories: categories.join("/"),
		slugified_categories: categories.map((category) => slugifyJekyll(category, "default", false)).join("/"),
		output_ext: jekyllOutputExt(page.relPath, rules),
		short_month: (MONTH_NAMES[date.month - 1] ?? "").slice(0, 3),
		long_month: MONTH_NAMES[date.month - 1] ?? "",
		short_day: (DAY_NAMES[date.weekday] ?? "").slice(0, 3),
		long_day: DAY_NAMES[date.weekday] ?? "",
		week: pad2(isoWeek(date)),
	};
	// Jekyll::URL: each placeholder is escaped, then repeated slashes collapse and the path starts with one.
	const filled = pattern.replace(TOKEN_RE, (match, token: string) =>
		token in values ? escapeJekyllPath(values[token] ?? "") : match,
	);
	return `/${filled}`.replace(/\/{2,}/g, "/");
}

/**
 * The id jekyll-feed gives a post (`post.id | absolute_url`): the folder of its URL and its slug as written.
 * https://github.com/jekyll/jekyll-feed/blob/master/lib/jekyll-feed/feed.xml
 */
export function buildJekyllIdPath(path: string, page: PageFacts): string {
	const folder = path.endsWith("/") ? path.slice(0, -1) : path;
	const parent = folder.slice(0, folder.lastIndexOf("/"));
	return `${parent}/${escapeJekyllPath(jekyllPostName(page))}`;
}

/** The categories a post's folders give it: those above its `_posts` folder (`news/_posts/x.md` → `news`). */
export function jekyllPathCategories(rules: Pick<SiteRules, "contentPath">, relPath: string): readonly string[] {
	const { dirs } = splitPath(joinUrlPath(rules.contentPath, relPath));
	const posts = dirs.indexOf("_posts");
	return posts === -1 ? [] : dirs.slice(0, posts);
}

/** The post's name: front matter `slug`, else the file name without its date prefix. */
function jekyllPostName(page: PageFacts): string {
	const slug = page.slug?.trim();
	if (slug) return slug;
	const { stem } = splitPath(page.relPath);
	return stem.replace(JEKYLL_DATE_PREFIX_RE, "");
}

/** Jekyll's `Utils.slugify` in its `default` and `pretty` modes. https://jekyllrb.com/docs/liquid/filters/#slugify */
export function slugifyJekyll(text: string, mode: "default" | "pretty", cased: boolean): string {
	const pattern = mode === "pretty" ? /[^\p{L}\p{N}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{N}]+/gu;
	const slug = text.replace(pattern, "-").replace(/^-+|-+$/g, "");
	return cased ? slug : slug.toLowerCase();
}

// Addressable's path normalization as Jekyll::URL.escape_path uses it: unreserved characters and sub-delimiters stay.
function escapeJekyllPath(text: string): string {
	return text.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu, (char) =>
		[...Buffer.from(char, "utf8")].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
	);
}

// ISO 8601 week number of the local date (Ruby's %V).
function isoWeek(parts: { readonly year: number; readonly month: number; readonly day: number }): number {
	const day = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
	const weekday = day.getUTCDay() || 7;
	day.setUTCDate(day.getUTCDate() + 4 - weekday);
	const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
	return Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

// Jekyll's default `markdown_ext`.
const JEKYLL_MARKDOWN = ["markdown", "mkdown", "mkdn", "mkd", "md"];

// A post's `:output_ext`: `.html` for Markdown (and HTML), else its own extension, as Jekyll's identity converter
// leaves it (`2024-01-02-notes.txt` is `/2024/01/02/notes.txt`).
function jekyllOutputExt(relPath: string, rules: SiteRules): string {
	const extension = extname(relPath);
	const name = extension.slice(1).toLowerCase();
	return name === "html" || (rules.markdownExtensions ?? JEKYLL_MARKDOWN).includes(name) ? ".html" : extension;
}
