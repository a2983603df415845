import { existsSync } from "node:fs";
import { join } from "node:path";
import { SettingsCollector } from "./collect-settings.js";
import type { DetectedSite } from "./detected-site.js";
import { findJekyllPosts } from "./find-jekyll-posts.js";
import { readJekyllDefaults } from "./jekyll-defaults.js";
import { expandJekyllStyle } from "./jekyll-link.js";
import { JEKYLL_CONFIG_NAMES } from "./may-hold-site.js";
import { isPlainObject } from "./merge-data.js";
import { dig, text } from "./read-data-file.js";
import { readPerson, siteFrom } from "./site-from.js";

/** The Jekyll config file of a folder, if it has one. */
export function findJekyllConfig(root: string): string | undefined {
	return JEKYLL_CONFIG_NAMES.find((name) => existsSync(join(root, name)));
}

/**
 * Reads a Jekyll site: `url` + `baseurl`, `title`, `description`, `lang`, `author`, `copyright`, `timezone`,
 * `permalink` (or the posts collection's), `excerpt_separator`, `exclude`, the `defaults` that apply to posts, and the
 * authors of `_data/authors.yml` (in `data_dir`); posts are `_posts` and the `_posts` of any folder (`news/_posts`, in
 * the category `news`), inside `source` and `collections_dir` when set.
 * https://jekyllrb.com/docs/configuration/default/
 */
export function readJekyllSite(root: string, configFile: string, cwd: string): DetectedSite {
	const collector = new SettingsCollector(root, cwd);
	const read = collector.readData(configFile);
	const config = read.ok ? read.data : {};
	const at = (key: string) => `${configFile} ${key}`;
	const url = text(config.url);
	const baseurl = text(config.baseurl) ?? "";
	if (url !== undefined && /^https?:\/\//i.test(url)) {
		const base = baseurl.replace(/^\/*/, "/").replace(/\/*$/, "/");
		collector.set("url", url.replace(/\/+$/, "") + base, baseurl === "" ? at("url") : at("url + baseurl"));
	} else
		collector.note(
			"warning",
			"site/missing-url",
			`${configFile} has no absolute "url"; set it there (jekyll-feed needs it too) or "url" in the wirefeed config`,
			configFile,
		);
	collector.set("title", text(config.title) ?? text(config.name), at("title"));
	collector.set("description", text(config.description), at("description"));
	collector.set("language", text(config.lang) ?? text(config.locale), at("lang"));
	collector.set("author", readPerson(config.author), at("author"));
	collector.set("rights", text(config.copyright), at("copyright"));
	collector.set("timezone", text(config.timezone), at("timezone"));
	const source = join(root, text(config.source) ?? ".");
	// Posts are read from `_posts` and from a `_posts` in any folder of the site (relative to `collections_dir`).
	const collectionsDir = text(config.collections_dir) ?? "";
	const base = join(source, collectionsDir || ".");
	const exclude = Array.isArray(config.exclude) ? config.exclude.filter((path) => typeof path === "string") : [];
	const posts = findJekyllPosts(base, exclude);
	const collectionPermalink = text(dig(config, "collections", "posts", "permalink"));
	const defaults = readJekyllDefaults(config.defaults, collectionsDir);
	const separator = typeof config.excerpt_separator === "string" ? config.excerpt_separator : undefined;
	// GitHub Pages' emoji plugin, listed under `plugins` (Jekyll 3.5+) or the older `gems`.
	const plugins = [config.plugins, config.gems].flatMap((list) => (Array.isArray(list) ? list : []));
	const isEmojiEnabled = plugins.includes("jemoji");
	// kramdown, Jekyll's Markdown unless `markdown` names another (jekyll-commonmark's `CommonMark`), typesets prose.
	const isTypeset = (text(config.markdown) ?? "kramdown").toLowerCase() === "kramdown";
	// The extensions Jekyll renders as Markdown: `markdown_ext: "markdown,mkdown,mkdn,mkd,md"` by default.
	const markdownExtensions = text(config.markdown_ext)
		?.split(",")
		.map((extension) => extension.trim().replace(/^\./, "").toLowerCase())
		.filter((extension) => extension !== "");
	const authorData = readAuthorData(collector, join(text(config.source) ?? ".", text(config.data_dir) ?? "_data"));
	return siteFrom(collector, {
		generator: "jekyll",
		articlesDir: join(base, posts.articlesPath),
		contentRoot: base,
		// Jekyll 4: the posts collection's own permalink wins over the site's (and is a pattern, never a style name).
		permalinks: { "*": collectionPermalink ?? expandJekyllStyle(text(config.permalink)) },
		ignore: posts.ignore,
		extra: {
			...(markdownExtensions !== undefined && { markdownExtensions }),
			...(separator !== undefined && { excerptSeparator: separator }),
			...(config.future === true && { isFutureBuilt: true }),
			...(defaults.length > 0 && { frontMatterDefaults: defaults }),
			...(isEmojiEnabled && { isEmojiEnabled: true }),
			...(authorData !== undefined && { authorData }),
			...(isTypeset && { isTypeset: true, hasKramdownMath: true }),
			// Liquid's `site` in a post (`{{ site.author }}`).
			params: config,
		},
		origins: {
			articles: posts.folders.join(", "),
			permalink:
				collectionPermalink !== undefined
					? at("collections.posts.permalink")
					: text(config.permalink) === undefined
						? "Jekyll's default (date)"
						: at("permalink"),
		},
	});
}

const AUTHOR_DATA_NAMES = ["authors.yml", "authors.yaml", "authors.json"];

// `_data/authors.yml` (jekyll-feed's `site.data.authors`): the entries that are tables, by key.
function readAuthorData(
	collector: SettingsCollector,
	dataDir: string,
): Record<string, Readonly<Record<string, unknown>>> | undefined {
	const name = AUTHOR_DATA_NAMES.find((file) => existsSync(join(collector.root, dataDir, file)));
	if (name === undefined) return undefined;
	const read = collector.readData(join(dataDir, name));
	if (!read.ok) return undefined;
	const entries = Object.entries(read.data).filter((entry): entry is [string, Record<string, unknown>] =>
		isPlainObject(entry[1]),
	);
	return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
