// WordPress-export articles shaped like the Jekyll `_posts` the "wpghs" exporter writes for scraper sites (the
// shape of ../shared/corpus/wp-scraped, described in its NOTES.md): every post_* key, folded scalars (`permalink: >`,
// multi-line `post_title`, one-element lists of folded URLs and comma-joined categories), HTML entities in titles and
// `&#038;` in URLs, no time zone on `post_date`, and a raw HTML body between `[ad_1]` and `[ad_2]` ending in a
// "Source" link. All text is generated from the made-up word lists in text.js.

import { AGENCIES, capitalise, headline, paragraph, personName, sentence, TOPICS } from "./text.js";

/** @typedef {import("./random.js").Random} Random */

const SITE = "https://www.example-scraper.test";
const OUTLETS = ["Daily Meridian", "Harbour Herald", "Northport Post", "Valdoria Times", "Eastvale News"];
const FEED_HOSTS = ["feeds.example-wire.test", "rss.example-news.test"];

/**
 * One WordPress-export article: file name parts, dates and the full text.
 * @param {Random} random
 * @param {{ instant: number, slug: string, title: string, id: number, draft: boolean }} post
 */
export function wordpressText(random, post) {
	const local = new Date(post.instant).toISOString().slice(0, 19).replace("T", " ");
	const outlet = random.pick(OUTLETS);
	const fullTitle = `${post.title} ${random.chance(0.5) ? "&#8211;" : "-"} ${outlet}`;
	const entityTitle = random.chance(0.5) ? fullTitle.replaceAll('"', "&quot;").replace(/'/g, "&#039;") : fullTitle;
	const link = random.chance(0.6) ? googleNewsLink(random, post.slug) : feedLink(random, post.slug);
	const cats = [
		capitalise(random.pick(TOPICS)),
		...Array.from({ length: random.int(0, 5) }, () => random.pick(TOPICS)),
	];
	let yaml = `ID: ${post.id}\n`;
	yaml += random.chance(0.15)
		? `post_title: >\n${fold(entityTitle, "  ")}`
		: `post_title: ${singleQuoted(entityTitle)}\n`;
	yaml += `author: ${random.chance(0.8) ? "Staff Writer" : personName(random)}\n`;
	yaml += `post_date: ${local}\npost_excerpt: ""\nlayout: post\n`;
	yaml += `permalink: >\n  ${SITE}/${post.slug}/\n`;
	yaml += `published: ${post.draft ? "false" : "true"}\n`;
	yaml += `original_cats:\n${listItem(cats.join(","), random)}`;
	yaml += `original_title:\n${listItem(`${post.title} - ${outlet}`, random)}`;
	yaml += `original_link:\n${listItem(link, random)}canonical_url:\n${listItem(link, random)}`;
	if (random.chance(0.12)) yaml += `dsq_thread_id:\n  - "${random.int(1_000_000_000, 4_999_999_999)}"\n`;
	return `---\n${yaml}---\n [ad_1]\n<br>${body(random, link)}\n<br>[ad_2]\n<br><a href="${link.replaceAll("&#038;", "&amp;")}">Source </a>\n`;
}

/**
 * A folded scalar's lines: the text broken at spaces into lines of at most ~40 characters, each indented.
 * @param {string} text
 * @param {string} indent
 */
function fold(text, indent) {
	const lines = [];
	let line = "";
	for (const word of text.split(" ")) {
		if (line !== "" && line.length + word.length > 40) {
			lines.push(line);
			line = word;
		} else line = line === "" ? word : `${line} ${word}`;
	}
	lines.push(line);
	return lines.map((l) => `${indent}${l}\n`).join("");
}

/**
 * A one-element list, as the exporter writes it: a quoted scalar, or a folded one when the value is long.
 * @param {string} value
 * @param {Random} random
 */
function listItem(value, random) {
	return value.length > 60 && random.chance(0.5) ? `  - >\n${fold(value, "    ")}` : `  - ${singleQuoted(value)}\n`;
}

/** @param {string} text */
function singleQuoted(text) {
	return `'${text.replaceAll("'", "''")}'`;
}

/**
 * @param {Random} random
 * @param {string} slug
 */
function googleNewsLink(random, slug) {
	const usg = Array.from({ length: 30 }, () => "abcdefghijkLMNOPQ0123456789_-"[random.int(0, 28)]).join("");
	const target = `http://www.${random.pick(OUTLETS).toLowerCase().replaceAll(" ", "")}.test/2016/${slug}/index.html`;
	return `http://news.google.test/news/url?sa=t&#038;fd=R&#038;ct2=us&#038;usg=${usg}&#038;url=${target}`;
}

/**
 * @param {Random} random
 * @param {string} slug
 */
function feedLink(random, slug) {
	return `http://${random.pick(FEED_HOSTS)}/c/${random.int(10000, 99999)}/f/${random.int(100000, 999999)}/s/${slug.replaceAll("-", "0E")}/story01.htm`;
}

/**
 * 1–9 KB of pasted HTML: divs with Readability residue, spans, the odd self-closing span, a style block or a
 * tracking pixel, and often an agency notice or a credit line at the end.
 * @param {Random} random
 * @param {string} link
 */
function body(random, link) {
	const parts = [`<div id="article-body" readability="${random.int(10, 90)}.${random.int(0, 9)}">`];
	const target = random.int(1000, 9000);
	let length = 0;
	let mid = 0;
	while (length < target) {
		const roll = random.next();
		let block;
		if (roll < 0.55) block = `<p>${paragraph(random)}</p>`;
		else if (roll < 0.7)
			block = `<p class="story-body__paragraph">${sentence(random)} ${sentence(random)}</p><span id="midArticle_${mid++}"/>`;
		else if (roll < 0.8) block = `<div readability="${random.int(5, 40)}"><p>${paragraph(random)}</p></div>`;
		else if (roll < 0.86) block = `<h2>${headline(random)}</h2>`;
		else if (roll < 0.9)
			block = `<p><a href="${link.replaceAll("&#038;", "&amp;")}">${sentence(random)}</a> ${sentence(random)}</p>`;
		else if (roll < 0.93) block = `<ul><li>${sentence(random)}</li><li>${sentence(random)}</li></ul>`;
		else if (roll < 0.95) block = `<style>.story-body { margin: 0; }</style>`;
		else if (roll < 0.97) block = `<img src="https://pixel.example-tracker.test/p.gif" height="1" width="1">`;
		else block = `<p>${sentence(random)}&#13;</p>`;
		parts.push(block);
		length += block.length;
	}
	const roll = random.next();
	if (roll < 0.5) {
		parts.push(
			`<p>Copyright ${random.int(2014, 2016)} ${random.pick(AGENCIES)}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>`,
		);
	} else if (roll < 0.7) {
		parts.push(`<p>(Reporting by ${personName(random)}; Editing by ${personName(random)})</p>`);
	}
	parts.push("</div>");
	return parts.join(random.chance(0.5) ? "" : "\n        ");
}
