// Deterministic synthetic corpora shaped like scraped agency news.
// `node bench/generate.js --size 1000 [--seed 42]` prints the corpus manifest.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createRandom } from "./random.js";
import { AGENCIES, capitalise, dateline, headline, paragraph, personName, sentence, TOPICS } from "./text.js";
import { wordpressText } from "./wordpress.js";

/** @typedef {import("./random.js").Random} Random */

/**
 * @typedef {object} Corpus
 * @property {number} version generator version the corpus was made with
 * @property {Layout} layout the shape of the articles
 * @property {number} size number of article files
 * @property {number} seed PRNG seed
 * @property {string} now the fixed "now" (ISO) that future dates are relative to; pass it as `--now`
 * @property {string} articlesDir folder holding the article files (in sub-folders)
 * @property {number} bytes total size of the article files
 * @property {string} editTarget path, relative to articlesDir, of the newest published article
 * @property {{ drafts: number, future: number, wordpress: number, naiveDates: number }} counts
 */

/**
 * `synthetic`: agency news in Markdown with mixed front matter, in section/year folders; `wordpress`: WordPress
 * exports (folded scalars, entities, HTML bodies) in one `_posts`-like folder, shaped like ../shared/corpus/wp-scraped.
 * @typedef {"synthetic" | "wordpress"} Layout
 */

/** Every layout, in the order the bench runs them. */
export const LAYOUTS = /** @type {const} */ (["synthetic", "wordpress"]);

/** The fixed "now" every corpus and benchmark run uses. */
const BENCH_NOW = "2024-06-01T12:00:00Z";

/** Bump whenever the output of a layout changes, so cached corpora are regenerated. */
const GENERATOR_VERSION = { synthetic: 2, wordpress: 1 };

const MINUTE = 60_000;
const SECTIONS = ["world", "business", "science", "sport", "culture"];
const OFFSETS_MINUTES = [60, 120, -240, -300, 330, 540, -420, 600, 0];

/**
 * Returns the corpus for (size, seed), generating it under the OS temp folder on first use.
 * Generation goes to a scratch folder that is renamed into place, so an interrupted run cannot
 * leave a half-written corpus that later runs would reuse.
 * @param {{ size: number, seed: number, layout?: Layout }} options
 * @returns {Corpus}
 */
export function ensureCorpus({ size, seed, layout = "synthetic" }) {
	const name = layout === "synthetic" ? "corpus" : `corpus-${layout}`;
	const dir = join(tmpdir(), "wirefeed-bench", `${name}-v${GENERATOR_VERSION[layout]}-n${size}-s${seed}`);
	const manifestPath = join(dir, "manifest.json");
	if (!existsSync(manifestPath)) {
		const scratch = `${dir}.tmp-${process.pid}`;
		rmSync(scratch, { recursive: true, force: true });
		const manifest = (layout === "wordpress" ? writeWordpressCorpus : writeCorpus)(
			join(scratch, "articles"),
			size,
			seed,
		);
		writeFileSync(join(scratch, "manifest.json"), `${JSON.stringify(manifest, null, "\t")}\n`);
		rmSync(dir, { recursive: true, force: true });
		renameSync(scratch, dir);
	}
	/** @type {Corpus} */
	const corpus = JSON.parse(readFileSync(manifestPath, "utf8"));
	return { layout: "synthetic", ...corpus, articlesDir: join(dir, "articles") };
}

/**
 * A new article, published a minute before the fixed now (so it is the newest), in the corpus's shape: what the
 * "one new article" scenario adds before each run. Returns its path relative to the articles folder and its text.
 * @param {Layout} layout
 * @param {number} run distinguishes the articles of successive runs
 * @returns {{ path: string, text: string }}
 */
export function newArticle(layout, run) {
	const random = createRandom(1_000_003 + run);
	const instant = Date.parse(BENCH_NOW) - MINUTE + run * 1000;
	const title = `${headline(random)} (update ${run + 1})`;
	const slug = `${slugify(title)}-new-${run + 1}`;
	const day = new Date(instant).toISOString().slice(0, 10);
	if (layout === "wordpress") {
		return {
			path: `${day}-${slug}.md`,
			text: wordpressText(random, { instant, slug, title, id: 9_000_000 + run, draft: false }),
		};
	}
	const date = new Date(instant).toISOString().replace(/\.\d{3}Z$/, "Z");
	const text = `---\n${standardFrontMatter(random, { title, date, section: "world", agency: AGENCIES[0] ?? "", draft: false, year: day.slice(0, 4) })}---\n\n${body(random, { agency: AGENCIES[0] ?? "", link: `https://wire.example.com/${slug}/`, year: day.slice(0, 4) })}`;
	return { path: `world/${day.slice(0, 4)}/${day}-${slug}.md`, text };
}

/**
 * The WordPress-export layout: one folder, files named `YYYY-MM-DD-slug.md` (a few with a percent-encoded zero-width
 * space, as real exports have), about 2% unpublished and 1% dated after now.
 * @param {string} articlesDir
 * @param {number} size
 * @param {number} seed
 * @returns {Omit<Corpus, "articlesDir">}
 */
function writeWordpressCorpus(articlesDir, size, seed) {
	const random = createRandom(seed);
	const now = Date.parse(BENCH_NOW);
	const counts = { drafts: 0, future: 0, wordpress: 0, naiveDates: 0 };
	const slugs = new Set();
	let bytes = 0;
	let editTarget = { path: "", instant: 0 };
	mkdirSync(articlesDir, { recursive: true });
	for (let index = 0; index < size; index++) {
		const instant = random.chance(0.01)
			? now + random.int(60, 30 * 24 * 60) * MINUTE
			: now - random.int(60, 730 * 24 * 60) * MINUTE - random.int(0, 59) * 1000;
		const title = headline(random);
		const slug = uniqueSlug(slugify(title), slugs);
		const draft = random.chance(0.02);
		const text = wordpressText(random, { instant, slug, title, id: index * 7 + 15, draft });
		const day = new Date(instant).toISOString().slice(0, 10);
		const path = `${day}-${random.chance(0.01) ? "%e2%80%8b" : ""}${slug}.md`;
		writeFileSync(join(articlesDir, path), text);
		bytes += Buffer.byteLength(text);
		counts.drafts += Number(draft);
		counts.future += Number(instant > now);
		counts.wordpress++;
		counts.naiveDates++;
		if (!draft && instant <= now && instant > editTarget.instant) editTarget = { path, instant };
	}
	return {
		version: GENERATOR_VERSION.wordpress,
		layout: "wordpress",
		size,
		seed,
		now: BENCH_NOW,
		bytes,
		editTarget: editTarget.path,
		counts,
	};
}

/**
 * @param {string} articlesDir
 * @param {number} size
 * @param {number} seed
 * @returns {Omit<Corpus, "articlesDir">}
 */
function writeCorpus(articlesDir, size, seed) {
	const random = createRandom(seed);
	const now = Date.parse(BENCH_NOW);
	const counts = { drafts: 0, future: 0, wordpress: 0, naiveDates: 0 };
	const slugs = new Set();
	let bytes = 0;
	let editTarget = { path: "", instant: 0 };
	for (let index = 0; index < size; index++) {
		const article = generateArticle(random, now, slugs);
		const path = `${article.folder}/${article.date}-${article.slug}.md`;
		mkdirSync(join(articlesDir, article.folder), { recursive: true });
		writeFileSync(join(articlesDir, path), article.text);
		bytes += Buffer.byteLength(article.text);
		counts.drafts += Number(article.draft);
		counts.future += Number(article.instant > now);
		counts.wordpress += Number(article.wordpress);
		counts.naiveDates += Number(article.naive);
		const editable = !article.draft && !article.wordpress && !article.naive && article.instant <= now;
		if (editable && article.instant > editTarget.instant) editTarget = { path, instant: article.instant };
	}
	return {
		version: GENERATOR_VERSION.synthetic,
		layout: "synthetic",
		size,
		seed,
		now: BENCH_NOW,
		bytes,
		editTarget: editTarget.path,
		counts,
	};
}

/**
 * One article: front matter (standard or WordPress-style keys) and a Markdown/HTML body.
 * @param {Random} random
 * @param {number} now
 * @param {Set<string>} slugs slugs taken so far; the article's is added
 */
function generateArticle(random, now, slugs) {
	const instant = random.chance(0.01)
		? now + random.int(60, 30 * 24 * 60) * MINUTE + random.int(0, 59) * 1000
		: now - random.int(60, 730 * 24 * 60) * MINUTE - random.int(0, 59) * 1000;
	const wordpress = random.chance(0.08);
	const naive = wordpress || random.chance(0.12);
	const offset = naive ? 0 : random.pick(OFFSETS_MINUTES);
	const local = new Date(instant + offset * MINUTE).toISOString().slice(0, 19);
	const date = naive ? local.replace("T", " ") : `${local}${formatOffset(offset)}`;
	const year = local.slice(0, 4);
	const title = headline(random);
	const section = random.pick(SECTIONS);
	const agency = random.pick(AGENCIES);
	const slug = uniqueSlug(slugify(title), slugs);
	const link = `https://wire.example.com/${local.slice(0, 10).replaceAll("-", "/")}/${slug}/`;
	const draft = !wordpress && random.chance(0.03);
	const frontMatter = wordpress
		? wordpressFrontMatter(random, { title, date, link, section })
		: standardFrontMatter(random, {
				title,
				date,
				section,
				agency,
				draft,
				year,
			});
	return {
		folder: `${section}/${year}`,
		date: local.slice(0, 10),
		slug,
		instant,
		draft,
		wordpress,
		naive,
		text: `---\n${frontMatter}---\n\n${body(random, { agency, link, year })}`,
	};
}

/**
 * @param {Random} random
 * @param {{ title: string, date: string, section: string, agency: string, draft: boolean, year: string }} fields
 */
function standardFrontMatter(random, { title, date, section, agency, draft, year }) {
	const quoteDate = !date.includes(" ") && random.chance(0.4);
	let yaml = `title: ${JSON.stringify(title)}\ndate: ${quoteDate ? JSON.stringify(date) : date}\n`;
	if (random.chance(0.6)) yaml += `author: ${personName(random)}\n`;
	yaml += `tags:${yamlList(random, pickTopics(random))}`;
	if (random.chance(0.5)) yaml += `categories:${yamlList(random, [capitalise(section)])}`;
	if (random.chance(0.2)) yaml += "license: CC-BY-4.0\n";
	else if (random.chance(0.18)) yaml += `rights: "© ${year} ${agency}"\n`;
	if (draft) yaml += "draft: true\n";
	return yaml;
}

/**
 * @param {Random} random
 * @param {{ title: string, date: string, link: string, section: string }} fields
 */
function wordpressFrontMatter(random, { title, date, link, section }) {
	return (
		`post_title: ${JSON.stringify(title)}\npost_date: ${date}\npost_author: ${personName(random)}\n` +
		`original_link: ${link}\ncategories:${yamlList(random, [capitalise(section), ...pickTopics(random)])}`
	);
}

/**
 * A 3–6 KB body: Markdown paragraphs mixed with raw HTML, optional ad placeholders,
 * an agency notice and a trailing source link.
 * @param {Random} random
 * @param {{ agency: string, link: string, year: string }} context
 */
function body(random, { agency, link, year }) {
	const ads = random.chance(0.4);
	const blocks = ads ? ["[ad_1]"] : [];
	blocks.push(`${dateline(random, agency)} ${paragraph(random)}`);
	const target = random.int(3000, 6000) - 300;
	let length = blocks.join("\n\n").length;
	while (length < target) {
		const block = bodyBlock(random);
		blocks.push(block);
		length += block.length + 2;
	}
	if (ads) blocks.push("[ad_2]");
	if (random.chance(0.9)) {
		blocks.push(
			`© ${year} ${agency}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`,
		);
	}
	blocks.push(`<a href="${link}">Source</a>`);
	return `${blocks.join("\n\n")}\n`;
}

/** @param {Random} random */
function bodyBlock(random) {
	const roll = random.next();
	if (roll < 0.5) return paragraph(random);
	if (roll < 0.65) return `<div readability="${random.int(5, 40)}">\n<p>${paragraph(random)}</p>\n</div>`;
	if (roll < 0.75) return `<p>${sentence(random)}<br>${sentence(random)}&nbsp;<br>\n${sentence(random)}</p>`;
	if (roll < 0.83) return `## ${headline(random)}`;
	if (roll < 0.9) return Array.from({ length: random.int(3, 4) }, () => `- ${sentence(random)}`).join("\n");
	return `> ${sentence(random)}`;
}

/** @param {Random} random */
function pickTopics(random) {
	return [...new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(TOPICS)))];
}

/**
 * A YAML sequence, in flow or block style, including the line break(s) after the key.
 * @param {Random} random
 * @param {string[]} items
 */
function yamlList(random, items) {
	return random.chance(0.5) ? ` [${items.join(", ")}]\n` : `\n${items.map((item) => `  - ${item}\n`).join("")}`;
}

/** @param {number} minutes */
function formatOffset(minutes) {
	if (minutes === 0) return "Z";
	const abs = Math.abs(minutes);
	const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
	return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Like WordPress, a taken slug gets "-2", "-3", … so every article has its own link.
 * @param {string} base
 * @param {Set<string>} taken
 */
function uniqueSlug(base, taken) {
	let slug = base;
	for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
	taken.add(slug);
	return slug;
}

/** @param {string} title */
function slugify(title) {
	return title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-|-$/g, "")
		.split("-")
		.slice(0, 8)
		.join("-");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			size: { type: "string", default: "1000" },
			seed: { type: "string", default: "42" },
			layout: { type: "string", default: "synthetic" },
		},
	});
	const corpus = ensureCorpus({
		size: Number(values.size),
		seed: Number(values.seed),
		layout: values.layout === "wordpress" ? "wordpress" : "synthetic",
	});
	console.log(JSON.stringify(corpus, null, "\t"));
}
