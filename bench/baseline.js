// Baseline: the straightforward script a user would write instead of wirefeed —
// read every file, gray-matter, marked, sort by date, keep the newest 50, `feed`.
// No cleaning, no validation, no cache. `node bench/baseline.js --articles DIR --out DIR`

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { Feed } from "feed";
import matter from "gray-matter";
import { marked } from "marked";
import { listArticleFiles } from "./list-files.js";

const SITE = "https://news.example.org/";

const { values } = parseArgs({
	options: { articles: { type: "string" }, out: { type: "string" } },
});
if (!values.articles || !values.out) throw new Error("usage: baseline.js --articles DIR --out DIR");

const items = listArticleFiles(values.articles).map((file) => {
	const { data, content } = matter(readFileSync(file, "utf8"));
	return {
		// Scraped WordPress exports use post_* keys; even a quick script has to fall back to them.
		title: String(data.title ?? data.post_title),
		date: new Date(data.date ?? data.post_date),
		link: data.original_link ?? new URL(`articles/${basename(file, ".md")}/`, SITE).href,
		content: /** @type {string} */ (marked.parse(content)),
	};
});
items.sort((a, b) => b.date.getTime() - a.date.getTime());

const feed = new Feed({
	title: "wirefeed sample news",
	id: SITE,
	link: SITE,
	copyright: "© 2020 wirefeed sample desk",
	updated: items[0]?.date ?? new Date(0),
});
for (const item of items.slice(0, 50)) feed.addItem(item);

mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, "feed.xml"), feed.rss2());
writeFileSync(join(values.out, "atom.xml"), feed.atom1());
writeFileSync(join(values.out, "feed.json"), feed.json1());
