import { hugoFolders, readHugoCascade } from "./hugo-cascade.js";
import { applyHugoDateHandlers } from "./hugo-date-handlers.js";
import { withoutContentLanguage } from "./hugo-link.js";
import { applyJekyllDefaults } from "./jekyll-defaults.js";
import { mergeData } from "./merge-data.js";
import { joinUrlPath } from "./page-facts.js";
import { JEKYLL_DATE_PREFIX_RE } from "./read-jekyll-name-date.js";
import type { SiteRules } from "./site-rules.js";

/** Front matter in wirefeed's own key names, with what the generator's dialect adds. */
export type SiteFields = Readonly<Record<string, unknown>>;

// Hugo reads front matter keys case-insensitively; these are the ones wirefeed maps, in its own spelling.
// `published` is a date alias in Hugo (https://gohugo.io/getting-started/configuration/#configure-front-matter), but
// true or false is Jekyll's flag, the opposite of `draft` (Hugo's page_meta reads it so, undocumented).
const HUGO_KEYS: Readonly<Record<string, string>> = {
	title: "title",
	date: "date",
	publishdate: "publishDate",
	pubdate: "publishDate",
	published: "publishDate",
	expirydate: "expiryDate",
	unpublishdate: "expiryDate",
	lastmod: "lastmod",
	modified: "lastmod",
	draft: "draft",
	headless: "headless",
	_build: "build",
	build: "build",
	slug: "slug",
	url: "sitePath",
	summary: "summary",
	description: "description",
	tags: "tags",
	categories: "categories",
	keywords: "keywords",
	author: "author",
	authors: "authors",
	images: "images",
};

const HUGO_DATE_KEYS: ReadonlySet<string> = new Set(["date", "publishDate", "lastmod", "expiryDate"]);

// The keys whose value becomes the link path in each generator (Hugo's is mapped above).
const PATH_KEYS: Readonly<Partial<Record<SiteRules["generator"], string>>> = {
	jekyll: "permalink",
	eleventy: "permalink",
	zola: "path",
};

/**
 * Maps a page's front matter from its generator's dialect to wirefeed's keys, before validation: Hugo's
 * case-insensitive keys and its `published` date (or flag); Jekyll's `defaults:` and space-separated `categories`/`tags`; Astro's
 * `updatedDate`/`heroImage`; Zola's `[taxonomies]`; Eleventy's directory data under the front matter, its
 * `eleventyComputed` permalink over both, and its collection tags left out; the generator's link key moved to `sitePath`. WordPress exports are recognised by their
 * keys whatever the site: `post_date_gmt` (UTC) wins over `post_date`, and `post_name` is the slug. Pure.
 */
export function normalizeSiteFields(data: SiteFields, relPath: string, rules: SiteRules | undefined): SiteFields {
	const normalized = normalizeWordPress(data);
	if (rules === undefined) return { ...normalized };
	// A key left empty (`tags:`, `slug:`), as CMS front matter and archetypes leave them, is not set: the generators
	// read nothing from it.
	const fields = Object.fromEntries(Object.entries(normalized).filter(([, value]) => value !== null));
	switch (rules.generator) {
		case "hugo":
			return normalizeHugo(fields, relPath, rules);
		case "jekyll":
			return moveKey(normalizeJekyll(fields, relPath, rules), PATH_KEYS.jekyll);
		case "astro":
			return normalizeAstro(fields, rules);
		case "zola":
			return moveKey(normalizeZola(fields), PATH_KEYS.zola);
		case "eleventy":
			return moveKey(normalizeEleventy(fields, relPath, rules), PATH_KEYS.eleventy);
		case "wordpress":
			return fields;
	}
}

function normalizeHugo(data: Record<string, unknown>, relPath: string, rules: SiteRules): Record<string, unknown> {
	const fields: Record<string, unknown> = {};
	const lowered: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(data)) {
		const isFlag = key.toLowerCase() === "published" && typeof value === "boolean";
		const canonical = isFlag ? "published" : (HUGO_KEYS[key.toLowerCase()] ?? key);
		// An empty date key (`expiryDate: ""`) is passed over for the next, as Hugo's date handlers do.
		if (HUGO_DATE_KEYS.has(canonical) && value === "") continue;
		// The first spelling wins, as the first alias does in Hugo's own date lists.
		if (!(canonical in fields)) fields[canonical] = value;
		if (!(key.toLowerCase() in lowered)) lowered[key.toLowerCase()] = value;
	}
	// The sections' `cascade` lies under the page's own front matter; below a draft section nothing is built.
	for (const [key, value] of Object.entries(readHugoCascade(relPath, rules))) {
		const canonical = HUGO_KEYS[key] ?? key;
		if (canonical in fields) continue;
		fields[canonical] = value;
		if (!(key in lowered)) lowered[key] = value;
	}
	if (hugoFolders(relPath, rules).some((folder) => rules.draftSections?.includes(folder) === true)) fields.draft = true;
	// The site's `[frontmatter]` handlers decide the dates they are set for (and `:filename` the slug).
	if (rules.dateHandlers !== undefined)
		Object.assign(fields, applyHugoDateHandlers(lowered, hugoBaseName(relPath, rules), rules.dateHandlers));
	// Hugo's `.Date` falls back to the publish date, then to `lastmod` (its default `[frontmatter]` date handlers).
	if (fields.date === undefined) fields.date = fields.publishDate ?? fields.lastmod;
	if (fields.date === undefined) delete fields.date;
	return fields;
}

// Hugo's ContentBaseName: the file name without its extension and language, a bundle's folder name for its index file.
function hugoBaseName(relPath: string, rules: SiteRules): string {
	const parts = relPath.split("/");
	const stem = (parts.at(-1) ?? "").replace(/\.[^.]+$/, "");
	if (/^_?index(?:\.[a-z]{2,3}(?:-[a-z0-9]+)?)?$/i.test(stem) && parts.length > 1) return parts.at(-2) ?? stem;
	return withoutContentLanguage(stem, rules);
}

function normalizeJekyll(data: Record<string, unknown>, relPath: string, rules: SiteRules): Record<string, unknown> {
	// `defaults:` in _config.yml lie under the front matter, by the post's path from the collections folder.
	const fields =
		rules.frontMatterDefaults === undefined
			? { ...data }
			: applyJekyllDefaults(data, joinUrlPath(rules.contentPath, relPath).slice(1), rules.frontMatterDefaults);
	// Jekyll: a plural key written as a string is a space-separated list; the singular `category` is one name.
	// https://jekyllrb.com/docs/posts/#categories-and-tags
	// A post without a title is titled by its file name's slug (`Utils.titleize_slug`), as on its page and in jekyll-feed.
	if (fields.title === undefined || fields.title === null) fields.title = titleizeJekyllSlug(relPath);
	// Jekyll computes a page's `url` from its permalink: a front matter `url` (as posts moved from Hugo keep it) is no
	// link of the page, nor of jekyll-feed's entry.
	delete fields.url;
	for (const key of ["categories", "tags"]) {
		const value = fields[key];
		if (typeof value === "string") fields[key] = value.split(/\s+/).filter((part) => part !== "");
	}
	// `author: bob` names an entry of `_data/authors.yml`, as jekyll-feed's `site.data.authors[post.author]` reads it.
	if (rules.authorData !== undefined) {
		for (const key of ["author", "authors"])
			if (fields[key] !== undefined) fields[key] = lookUpAuthors(fields[key], rules.authorData);
	}
	if (fields.category !== undefined && fields.categories !== undefined) {
		const categories = Array.isArray(fields.categories) ? fields.categories : [fields.categories];
		fields.categories = [...categories, ...(Array.isArray(fields.category) ? fields.category : [fields.category])];
		delete fields.category;
	}
	return fields;
}

// An author, or a list of them, with each key of `_data/authors.yml` made the person it names: its `name` (else the
// key), `email` and `uri` (or `url`).
function lookUpAuthors(value: unknown, data: NonNullable<SiteRules["authorData"]>): unknown {
	if (Array.isArray(value)) return value.map((entry) => lookUpAuthors(entry, data));
	const entry = typeof value === "string" && Object.hasOwn(data, value) ? data[value] : undefined;
	if (entry === undefined) return value;
	const field = (key: string) => (typeof entry[key] === "string" && entry[key] !== "" ? entry[key] : undefined);
	const url = field("uri") ?? field("url");
	const email = field("email");
	return { name: field("name") ?? value, ...(email !== undefined && { email }), ...(url !== undefined && { url }) };
}

// Jekyll's `titleize_slug` of the file name without its date: each hyphen-separated word capitalized as Ruby does
// (first letter upper case, the rest lower case).
function titleizeJekyllSlug(relPath: string): string {
	const stem = (relPath.split("/").at(-1) ?? "").replace(/\.[^.]+$/, "").replace(JEKYLL_DATE_PREFIX_RE, "");
	return stem
		.replace(/\.+$/, "")
		.split("-")
		.map((word) => {
			const [first = "", ...rest] = [...word];
			return first.toUpperCase() + rest.join("").toLowerCase();
		})
		.join(" ");
}

function normalizeAstro(data: Record<string, unknown>, rules: SiteRules): Record<string, unknown> {
	const fields = { ...data };
	// AstroPaper's rss.xml.ts dates an item `modDatetime ?? pubDatetime`: an edited post is published anew there.
	if (rules.isDatedByModified && fields.modDatetime !== undefined && fields.modDatetime !== null)
		fields.pubDate ??= fields.modDatetime;
	// The blog starter's schema: pubDate, updatedDate, heroImage (https://docs.astro.build/en/tutorials/add-content-collections/).
	if (fields.updated === undefined && fields.updatedDate !== undefined) fields.updated = fields.updatedDate;
	// Fuwari's schema: `published` and `updated` dates (not Jekyll's `published: false`); AstroWind's `updateDate`.
	if (fields.published !== undefined && typeof fields.published !== "boolean") {
		fields.pubDate ??= fields.published;
		delete fields.published;
	}
	if (fields.updated === undefined && fields.updateDate !== undefined) fields.updated = fields.updateDate;
	// AstroPaper's: pubDatetime, and modDatetime (empty until the post is edited).
	if (fields.pubDate === undefined && fields.pubDatetime !== undefined) fields.pubDate = fields.pubDatetime;
	if (fields.updated === undefined && fields.modDatetime !== undefined && fields.modDatetime !== null)
		fields.updated = fields.modDatetime;
	// An image relative to the file (or under an import alias, AstroWind's `~/assets/…`) is an asset Astro renames on
	// build: its published URL cannot be known.
	for (const key of ["heroImage", "image", "cover"])
		if (typeof fields[key] === "string" && /^(?:\.\.?|~|@)\//.test(fields[key])) delete fields[key];
	if (fields.image === undefined && typeof fields.heroImage === "string") fields.image = fields.heroImage;
	return fields;
}

function normalizeZola(data: Record<string, unknown>): Record<string, unknown> {
	const fields = { ...data };
	// Zola puts tags and categories under [taxonomies]; every taxonomy is a topic.
	const taxonomies = fields.taxonomies;
	if (typeof taxonomies === "object" && taxonomies !== null && !Array.isArray(taxonomies)) {
		for (const [name, values] of Object.entries(taxonomies)) {
			const key = name === "tags" || name === "categories" ? name : "keywords";
			const before = fields[key];
			const list = Array.isArray(values) ? values : [values];
			fields[key] = Array.isArray(before) ? [...before, ...list] : before === undefined ? list : [before, ...list];
		}
	}
	if (fields.author === undefined && fields.authors !== undefined) fields.author = fields.authors;
	return fields;
}

function normalizeEleventy(data: Record<string, unknown>, relPath: string, rules: SiteRules): Record<string, unknown> {
	// The data cascade: the directory data of each folder above the file, the front matter last.
	let fields: Record<string, unknown> = {};
	const folders = relPath.split("/").slice(0, -1);
	for (let depth = 0; depth <= folders.length; depth++) {
		const data = rules.directoryData?.[folders.slice(0, depth).join("/")];
		if (data !== undefined) fields = mergeData(fields, tagsAsList(data));
	}
	fields = mergeData(fields, tagsAsList(data));
	// `eleventyComputed` is computed after the cascade: its permalink wins over every plain one.
	const computed = fields.eleventyComputed;
	if (typeof computed === "object" && computed !== null && "permalink" in computed)
		fields.permalink = (computed as Record<string, unknown>).permalink;
	// A tag collection holds the pages tagged with its name, and no others.
	if (rules.postsTag !== undefined && !(Array.isArray(fields.tags) && fields.tags.includes(rules.postsTag)))
		fields.eleventyNotTagged = rules.postsTag;
	// Collection names (`posts`) are how Eleventy builds its lists, not topics of the post.
	const collections = new Set(rules.collectionTags ?? []);
	if (fields.tags !== undefined) {
		const tags = (Array.isArray(fields.tags) ? fields.tags : [fields.tags]).filter(
			(tag) => !(typeof tag === "string" && collections.has(tag)),
		);
		if (tags.length > 0) fields.tags = tags;
		else delete fields.tags;
	}
	return fields;
}

// Eleventy reads a string of tags as a list of one, and merges the lists of the cascade (`tags: posts` in directory
// data and `tags: moss` in front matter are both tags of the page).
function tagsAsList(data: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
	return typeof data.tags === "string" ? { ...data, tags: [data.tags] } : data;
}

// WordPress keys, wherever the export lies: the GMT date is the instant; the local one needs the blog's zone.
function normalizeWordPress(data: SiteFields): SiteFields {
	if (data.post_date_gmt === undefined && data.post_name === undefined) return data;
	const fields: Record<string, unknown> = { ...data };
	const gmt = unwrap(fields.post_date_gmt);
	if (
		typeof gmt === "string" &&
		/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?$/.test(gmt.trim()) &&
		!gmt.startsWith("0000")
	) {
		fields.post_date = `${gmt.trim()}Z`;
	}
	delete fields.post_date_gmt;
	const name = unwrap(fields.post_name);
	if (fields.slug === undefined && typeof name === "string" && name.trim() !== "") fields.slug = name.trim();
	delete fields.post_name;
	return fields;
}

function unwrap(value: unknown): unknown {
	return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

function moveKey(fields: Record<string, unknown>, key: string | undefined): Record<string, unknown> {
	if (key === undefined || !(key in fields)) return fields;
	const { [key]: value, ...rest } = fields;
	return { ...rest, sitePath: value };
}
