import type { CleanRuleId } from "../clean/rule.js";

// The config as users write it, spelled out rather than inferred from the zod schema (schema.ts) so that the shipped
// types (dist/index.d.ts) need no zod and every key carries its documentation into editors. tests/config/
// config-types.test.ts fails when this and the schema disagree; the README's "Config keys" table says the same.

/** The `"wirefeed"` config as written in package.json, a `wirefeed.config.*` file or passed to `build({ config })`. */
export interface WirefeedConfig {
	/** The site's address (absolute http(s) URL); permalinks resolve against it, and its host is the authority of ids. */
	readonly url: string;
	/** Feed title (default: the site's host). */
	readonly title?: string | undefined;
	/** Channel description and Atom subtitle (default: "Latest articles from {title}"). */
	readonly description?: string | undefined;
	/** Absolute URL of the folder the feed files are served from (default: `url`): self links are this + file name. */
	readonly feedUrl?: string | undefined;
	/** Language tag such as "en" or "lt-LT". */
	readonly language?: string | undefined;
	/** Feed-level author (default: `{ name: title }`). */
	readonly author?: ConfigAuthor | undefined;
	/** A small square image (favicon), URL or site path: Atom `<icon>`, JSON Feed `favicon`. */
	readonly icon?: string | undefined;
	/** The site's logo, URL or site path: RSS `<image>`, Atom `<logo>`, JSON Feed `icon`. */
	readonly logo?: string | undefined;
	/** Newest items per feed, 1–10000 (default: 50). */
	readonly limit?: number | undefined;
	/** IANA time zone of naive times such as "2016-04-03 03:31:07" and date-only values (default: "UTC"). */
	readonly timezone?: string | undefined;
	/** Link pattern of articles without `url`/`permalink`/`link`: `{slug}`, and `{year}`, `{month}`, `{day}` (default: "/{slug}/"). */
	readonly permalink?: string | undefined;
	/** Site-wide rights notice: the default for items without their own. */
	readonly rights?: string | undefined;
	/** Site-wide licence: an SPDX id ("CC-BY-4.0"), a short form ("cc by-sa") or a URL. */
	readonly license?: string | undefined;
	/** Rights defaults for republished articles whose source URL is on that host (or a subdomain of it). */
	readonly sources?: Readonly<Record<string, ConfigRightsSource>> | undefined;
	/** The visible rights block appended to each item's content (default: enabled). */
	readonly notice?: ConfigNotice | undefined;
	/** Output file names: plain names, no folders (default: rss.xml, atom.xml, feed.json, feed.css, index.html, feeds.opml). */
	readonly output?: ConfigOutput | undefined;
	/** A feed per category and per author with at least `min` items (default: none). */
	readonly feeds?: ConfigFeeds | undefined;
	/** Whether items carry their full text: "full" (default), "summary", or "by-rights" (full only where the rights allow). */
	readonly content?: "full" | "summary" | "by-rights" | undefined;
	/** Globs of files in the articles folder that are not articles, added to the defaults (README.md, README.markdown). */
	readonly ignore?: readonly string[] | undefined;
	/** False: only `ignore`'s own patterns apply, not the defaults (default: true). */
	readonly ignoreDefaults?: boolean | undefined;
	/** Length of summaries cut from the body when the front matter has none, 40–5000 (default: 280). */
	readonly summaryLength?: number | undefined;
	/** Larger article files are rejected, in bytes, at least 1024 (default: 8 MiB). */
	readonly maxFileSize?: number | undefined;
	/** An article whose cleaning takes longer is left out (`clean/too-slow`), in seconds (default: 20). */
	readonly maxArticleSeconds?: number | undefined;
	/** Cleaning: rules switched on or off, extra ad and notice patterns. */
	readonly clean?: ConfigClean | undefined;
	/** Complete history (RFC 5005): older items in archive pages linked from the feeds (default: off). */
	readonly archive?: ConfigArchive | undefined;
	/** WebSub hubs (absolute http(s) URLs, at most 10): advertised in the feeds and told when a feed changed. */
	readonly hub?: readonly string[] | undefined;
}

/** Archive pages (RFC 5005 §4). */
export interface ConfigArchive {
	/** Default: false. */
	readonly enabled?: boolean | undefined;
	/** Items per archive page, 10–10000 (default: 100); pages are counted from the oldest item. */
	readonly pageSize?: number | undefined;
}

/** A person credited for the whole feed. */
export interface ConfigAuthor {
	readonly name: string;
	readonly email?: string | undefined;
	readonly url?: string | undefined;
}

/** Rights defaults for the articles republished from one host. */
export interface ConfigRightsSource {
	readonly rights?: string | undefined;
	readonly license?: string | undefined;
}

/** The visible rights notice at the end of each item's content. */
export interface ConfigNotice {
	/** Default: true. */
	readonly enabled?: boolean | undefined;
	/** Trusted HTML with `{rights}`, `{license}` and `{source}` placeholders. */
	readonly template?: string | undefined;
}

/** Output file names; `false` leaves a page out. */
export interface ConfigOutput {
	readonly rss?: string | undefined;
	readonly atom?: string | undefined;
	readonly json?: string | undefined;
	/** The CSS that makes rss.xml and atom.xml readable in a browser (default: "feed.css"). */
	readonly stylesheet?: string | false | undefined;
	/** The subscribe page (default: "index.html"); never written over a file wirefeed did not write. */
	readonly index?: string | false | undefined;
	/** The OPML 2.0 subscription list (default: "feeds.opml"). */
	readonly opml?: string | false | undefined;
}

/** Topic feeds: `categories/<slug>/` and `authors/<slug>/`. */
export interface ConfigFeeds {
	/** Default: false. */
	readonly categories?: boolean | undefined;
	/** Default: false. */
	readonly authors?: boolean | undefined;
	/** A topic gets feeds with at least this many items (default: 3). */
	readonly min?: number | undefined;
	/** Newest items per topic feed, 1–10000 (default: `limit`). */
	readonly limit?: number | undefined;
}

/** The `clean` section. */
export interface ConfigClean {
	/** Rule id → on/off; rules not named keep their default (all on). */
	readonly rules?: { readonly [rule in CleanRuleId]?: boolean } | undefined;
	/** Extra ad placeholder patterns: regular expressions matched case-insensitively against a whole text run. */
	readonly adPatterns?: readonly string[] | undefined;
	/** Extra rights notice patterns: regular expressions, case-insensitive. */
	readonly noticePatterns?: readonly string[] | undefined;
}
