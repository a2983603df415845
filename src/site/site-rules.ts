import { MARKDOWN_EXTENSION_RE_SOURCE } from "../load/markdown-extensions.js";

/** The static-site generators whose sites wirefeed reads as they are. */
export type SiteGenerator = "hugo" | "jekyll" | "zola" | "eleventy" | "astro" | "wordpress";

/**
 * What wirefeed learned of a site's generator, as plain JSON: part of the resolved config (so of the cache key), read
 * by the parse stage (which pages are posts, their links and dates) and the render stage (the generator's syntax).
 */
export interface SiteRules {
	readonly generator: SiteGenerator;
	/**
	 * Path of the articles folder inside the generator's content root (`posts` for Hugo's `content/posts`, `blog` for
	 * Eleventy's `content/blog`), `/`-separated, no leading or trailing slash; "" when they are the same folder.
	 */
	readonly contentPath: string;
	/**
	 * Permalink patterns in the generator's own syntax: Hugo's `[permalinks]` by section, Jekyll's under `"*"` (a style
	 * name already expanded), Astro's route under `"*"` (`/blog/:id/`).
	 */
	readonly permalinks: Readonly<Record<string, string>>;
	/** The wirefeed config sets `permalink`: links follow it, not the generator. */
	readonly isPermalinkFromConfig?: boolean;
	/** Time zone of naive dates and of the dates in links, as the generator reads them. */
	readonly timeZone: string;
	/** Jekyll's `excerpt_separator` (default: a blank line). */
	readonly excerptSeparator?: string;
	/**
	 * Jekyll `defaults:` that can apply to posts, in the config's order: the scope's `path` from the collections folder
	 * ("" for every file), whether the scope names a type (`posts`), and the values.
	 */
	readonly frontMatterDefaults?: readonly {
		readonly path: string;
		readonly isTyped: boolean;
		readonly values: Readonly<Record<string, unknown>>;
	}[];
	/**
	 * Jekyll's `_data/authors.yml`: the people a post's `author` names by key (`author: bob`), as jekyll-feed and the
	 * themes look them up in `site.data.authors`; each with its `name`, `email` and `uri` (or `url`).
	 */
	readonly authorData?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
	/** Jekyll `future: true`, Hugo `buildFuture`, always Eleventy: pages dated (or embargoed) after the build are published now. */
	readonly isFutureBuilt?: boolean;
	/** Hugo `buildExpired`: pages past their `expiryDate` are published. */
	readonly isExpiredBuilt?: boolean;
	/** Hugo `buildDrafts`: drafts are published. */
	readonly isDraftBuilt?: boolean;
	/** Hugo `uglyURLs`: links end in `.html` instead of `/`. */
	readonly uglyUrls?: boolean;
	/** Hugo `[uglyURLs]` by section: the sections whose links end in `.html`. */
	readonly uglySections?: readonly string[];
	/** Hugo's default content language, lower-cased: a file named for it (`post.en.md`) is the page `post`. */
	readonly contentLanguage?: string;
	/**
	 * Hugo `defaultContentLanguageInSubdir` on a site of several languages: the default language's code, the folder
	 * every link Hugo makes (not a front matter `url`) starts with (`/en/posts/x/`).
	 */
	readonly languagePath?: string;
	/** Hugo `[frontmatter]`: the handlers of each date it configures (`date = [":filename", ":default"]`). */
	readonly dateHandlers?: Readonly<
		Partial<Record<"date" | "publishDate" | "lastmod" | "expiryDate", readonly string[]>>
	>;
	/**
	 * Hugo's nested sections: the folders below the top level that hold an `_index` file, from the content folder
	 * (`posts/series`). Read only when a `[permalinks]` pattern has `:sections`: a folder without one is no section.
	 */
	readonly nestedSections?: readonly string[];
	/**
	 * Hugo's section pages: each folder's `cascade` (from the content folder, "" for the folder itself), which lies
	 * under the front matter of the pages below it, the nearest section's first.
	 */
	readonly cascades?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
	/** Hugo folders (from the content folder) whose section page is a draft: nothing below them is built. */
	readonly draftSections?: readonly string[];
	/**
	 * What a post's template prints from the site: Hugo's `[params]` (the default language's over the site's), for the
	 * `param` shortcode after the page's own; Jekyll's `_config.yml`, which Liquid shows as `site`.
	 */
	readonly params?: Readonly<Record<string, unknown>>;
	/** Hugo `disablePathToLower`: paths keep the case of the file names. */
	readonly keepPathCase?: boolean;
	/** Hugo `removePathAccents`: paths lose the accents of titles and file names (`Über` is `uber`). */
	readonly hasAccentFreePaths?: boolean;
	/** Hugo `ignoreFiles`: regular expressions (Go's) of the absolute paths of the files Hugo does not read. */
	readonly ignoreFiles?: readonly string[];
	/** Hugo's goldmark without `markup.goldmark.renderer.unsafe` (its default): raw HTML in Markdown is not rendered. */
	readonly isRawHtmlOmitted?: boolean;
	/** Hugo `enableEmoji`, Jekyll's jemoji plugin: `:smile:` in Markdown is 😄. */
	readonly isEmojiEnabled?: boolean;
	/** Eleventy's `markdownTemplateEngine: false`: Markdown posts are read by no template engine first. */
	readonly hasPlainMarkdown?: boolean;
	/** Jekyll's kramdown, Hugo's goldmark typographer: prose is typeset, curly quotes, `--` an en dash, `...` an ellipsis. */
	readonly isTypeset?: boolean;
	/** Jekyll's kramdown: `$$…$$` is math, its TeX kept as written. */
	readonly hasKramdownMath?: boolean;
	/**
	 * Jekyll's `markdown_ext`, lower case without dots, when the site sets it (default: markdown, mkdown, mkdn, mkd, md):
	 * a post of another extension is published unconverted, under its own extension.
	 */
	readonly markdownExtensions?: readonly string[];
	/** Eleventy's `pathPrefix`, `/`-separated, without slashes around it. */
	readonly pathPrefix?: string;
	/** Eleventy directory data (`blog/blog.11tydata.json`) by folder relative to the articles folder ("" for itself). */
	readonly directoryData?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
	/** Eleventy collection names, which are tags the generator uses for itself, not topics (`posts`, `all`). */
	readonly collectionTags?: readonly string[];
	/**
	 * The feed's Eleventy collection when it is made of the pages tagged with its name (found by directory data or front
	 * matter tags): a page of the articles folder whose data cascade does not tag it so is in no feed.
	 */
	readonly postsTag?: string;
	/** Eleventy's Nunjucks and Liquid templates in that collection, from the articles folder: posts wirefeed cannot read. */
	readonly templatePosts?: readonly string[];
	/**
	 * Eleventy's Image transform plugin publishes each picture of a page under a new name (a hash of the file): one
	 * relative to a post is published under its own name only where a passthrough copy takes it too. `articles` is the
	 * articles folder and `copied` the passthrough copy globs, both from the project root.
	 */
	readonly imageTransform?: { readonly articles: string; readonly copied: readonly string[] };
	/**
	 * Astro's `glob({ pattern })`: the files of the collection's base folder that are entries, from that folder
	 * (`**∕[^_]*.md`). A file it does not match is no post (Astro's loader never reads it).
	 */
	readonly entryPattern?: readonly string[];
	/**
	 * AstroPaper's `getPath(post.id, post.filePath)` makes the post's route and feed link: the file's folders not
	 * starting with `_`, then the last segment of the entry's id (`_releases/v2.md` is `/posts/v2/`).
	 */
	readonly hasAstroPaperPaths?: boolean;
	/**
	 * An Astro collection without a loader routed by `post.id`: ids are the file paths as written, extension included
	 * (`Travel Notes/My Trip.md`), as Astro gives such entries; `post.slug` is the slugified path.
	 */
	readonly hasFileIds?: boolean;
	/** Astro posts kept as pages (`src/pages/posts/*.md`): their links are their paths as written, not slugified. */
	readonly hasPagePaths?: boolean;
	/**
	 * How the Astro site's own rss.xml links an entry, from the host's root (`/blog/:id/`), when that is not the page
	 * Astro writes for it (under `base`, with `build.format: "file"` or `trailingSlash: "never"`): the items' ids.
	 */
	readonly feedLinkPattern?: string;
	/** The site's rss.xml dates a post by AstroPaper's `modDatetime` when it has one (`modDatetime ?? pubDatetime`). */
	readonly isDatedByModified?: boolean;
}

/** The page-bundle and list-page names a generator gives special meaning to. */
export const LIST_PAGE_RE = new RegExp(
	`(?:^|/)_index(?:\\.[a-z]{2,3}(?:-[a-z0-9]+)?)?\\.(?:${MARKDOWN_EXTENSION_RE_SOURCE}|html|htm)$`,
	"i",
);
