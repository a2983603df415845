// Hugo as a side-by-side competitor (issue #6): a throwaway site per corpus that builds only
// the home page's RSS feed of the newest 50 articles with full content. Optional: without a
// `hugo` on PATH the row is left out. The config targets Hugo 0.111 (Debian bookworm).

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** How many items the feed keeps, as for the baseline and wirefeed. */
const FEED_LIMIT = 50;

/** Printed (and shown in the report) when there is no Hugo to run. */
export const HUGO_MISSING = "hugo not installed (apt-get install hugo) — skipped";

/**
 * The installed Hugo's version ("0.111.3"), or null when `hugo` is not on PATH or does not run.
 * @returns {string | null}
 */
export function detectHugo() {
	const probe = spawnSync("hugo", ["version"], { encoding: "utf8" });
	if (probe.error || probe.status !== 0) return null;
	return /\bv(\d+\.\d+(?:\.\d+)?)/.exec(probe.stdout)?.[1] ?? "unknown";
}

/**
 * "Hugo 0.111 (RSS only)" for version "0.111.3".
 * @param {string} version
 */
export function hugoLabel(version) {
	return `Hugo ${version.split(".").slice(0, 2).join(".")} (RSS only)`;
}

/**
 * Site config: only the home page, only as RSS; article pages are loaded (so the feed can list
 * them) but never rendered. `contentDir` is the absolute corpus folder, so nothing is copied or
 * symlinked. `date`/`publishDate` fall back to WordPress-style `post_date`, so those articles
 * sort and count as future-dated like wirefeed's; raw HTML in bodies is kept (`unsafe`).
 * @param {string} articlesDir
 * @param {string} cacheDir
 */
function siteConfig(articlesDir, cacheDir) {
	return `baseURL = "https://news.example.org/"
title = "wirefeed sample news"
languageCode = "en"
contentDir = ${JSON.stringify(articlesDir)}
cacheDir = ${JSON.stringify(cacheDir)}
disableKinds = ["section", "taxonomy", "term", "404", "robotsTXT", "sitemap"]
rssLimit = ${FEED_LIMIT}

[outputs]
home = ["RSS"]

[frontmatter]
date = ["date", "post_date", ":default"]
publishDate = ["publishDate", "date", "post_date"]

[markup.goldmark.renderer]
unsafe = true

[[cascade]]
[cascade._build]
render = "link"
list = "always"
[cascade._target]
kind = "page"
`;
}

/**
 * RSS of the newest pages (`rssLimit`) with their full `.Content`. Hugo renders Markdown lazily,
 * so only these pages' bodies are converted. The channel description carries the number of
 * pages Hugo loaded (drafts and future-dated ones excluded), for the check.
 */
const RSS_TEMPLATE = `{{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\" standalone=\\"yes\\"?>" | safeHTML }}
<rss version="2.0">
<channel>
<title>{{ .Site.Title }}</title>
<link>{{ .Permalink }}</link>
<description>{{ len .Site.RegularPages }} pages</description>
{{- range first .Site.Config.Services.RSS.Limit .Site.RegularPages.ByDate.Reverse }}
<item>
<title>{{ .Title | default .Params.post_title }}</title>
<link>{{ .Permalink }}</link>
<guid>{{ .Permalink }}</guid>
<pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>
<description>{{ .Content | html }}</description>
</item>
{{- end }}
</channel>
</rss>
`;

/**
 * Writes the throwaway site (config and template) into `siteDir`.
 * @param {string} siteDir
 * @param {string} articlesDir
 */
export function writeHugoSite(siteDir, articlesDir) {
	mkdirSync(join(siteDir, "layouts"), { recursive: true });
	writeFileSync(join(siteDir, "hugo.toml"), siteConfig(articlesDir, join(siteDir, "cache")));
	writeFileSync(join(siteDir, "layouts", "index.rss.xml"), RSS_TEMPLATE);
}

/**
 * The Hugo command line. With `destination` the site is written there (for the check);
 * without, it is rendered to memory, so the timed runs pay no disk writes.
 * @param {string} siteDir
 * @param {string} now the corpus's fixed now, as Hugo's clock (future-dated pages are left out)
 * @param {string} [destination]
 */
export function hugoArgs(siteDir, now, destination) {
	const output = destination === undefined ? ["--renderToMemory"] : ["--destination", destination];
	return ["--source", siteDir, "--clock", now, "--quiet", ...output];
}

/**
 * Checks the feed a Hugo build wrote: the number of pages Hugo loaded and of items in the feed.
 * @param {string} destination
 * @param {{ size: number, counts: { drafts: number, future: number } }} corpus
 * @returns {{ pages: number | null, problem: string | null }}
 */
export function checkHugoFeed(destination, { size, counts }) {
	const file = join(destination, "index.xml");
	if (!existsSync(file)) return { pages: null, problem: "no index.xml written" };
	const xml = readFileSync(file, "utf8");
	const pages = Number(/<description>(\d+) pages</.exec(xml)?.[1] ?? Number.NaN);
	const items = xml.split("<item>").length - 1;
	const fewest = size - counts.drafts - counts.future;
	if (!(pages >= fewest && pages <= size))
		return {
			pages: Number.isNaN(pages) ? null : pages,
			problem: `Hugo loaded ${pages} pages, expected ${fewest}–${size}`,
		};
	if (items !== Math.min(FEED_LIMIT, pages)) return { pages, problem: `feed has ${items} items` };
	return { pages, problem: null };
}
