// The straightforward script issue #16 measures wirefeed against: read every file with gray-matter, sort by
// `date` (or WordPress's `post_date`), keep the newest 50 and render only those with marked, write the three feeds
// with `feed`. No cleaning, validation or cache. `node bench/script.js --articles DIR --out DIR`

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { Feed } from "feed";
import matter from "gray-matter";
import { marked } from "marked";
import { listArticleFiles } from "./list-files.js";

const SITE = "https://news.example.org/";
const { values } = parseArgs({ options: { articles: { type: "string" }, out: { type: "string" } } });
if (!values.articles || !values.out) throw new Error("usage: script.js --articles DIR --out DIR");

const posts = listArticleFiles(values.articles).map((file) => ({ file, ...matter(readFileSync(file, "utf8")) }));
const dated = posts.map((post) => ({ post, date: new Date(post.data.date ?? post.data.post_date) }));
dated.sort((a, b) => b.date.getTime() - a.date.getTime());

const feed = new Feed({
	title: "wirefeed sample news",
	id: SITE,
	link: SITE,
	copyright: "© 2020 wirefeed sample desk",
});
for (const { post, date } of dated.slice(0, 50)) {
	feed.addItem({
		title: String(post.data.title ?? post.data.post_title),
		date,
		link: post.data.original_link ?? new URL(`articles/${basename(post.file, ".md")}/`, SITE).href,
		content: /** @type {string} */ (marked.parse(post.content)),
	});
}
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, "rss.xml"), feed.rss2());
writeFileSync(join(values.out, "atom.xml"), feed.atom1());
writeFileSync(join(values.out, "feed.json"), feed.json1());
