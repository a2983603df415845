import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import matter from "gray-matter";
import { parse as parseToml } from "smol-toml";
import { type BodyFormat, renderBodyHtml } from "../../src/body/to-html.js";
import { CORPUS_DIR } from "../support/shared-dirs.js";

/** One corpus article as the cleaner receives it. */
export interface CorpusArticle {
	/** Path relative to the corpus folder, e.g. `notices/2016-…-cbs-news.md`. */
	readonly name: string;
	readonly html: string;
	readonly bodyLine: number;
}

// wp-scraped/ and notices/ are `.md` files whose bodies are raw HTML (NOTES.md); Markdown rendering
// would turn their indented HTML into code blocks, so they are read as WordPress HTML.
const HTML_BODY_FOLDERS = ["wp-scraped", "notices"];

/** Every article file of the corpus, front matter split off and the body rendered to HTML. */
export function readCorpus(): CorpusArticle[] {
	return listFiles(CORPUS_DIR)
		.map((path) => relative(CORPUS_DIR, path))
		.filter((name) => /\.(?:md|markdown|html)$/.test(name) && name.includes("/"))
		.sort()
		.map((name) => {
			const raw = readFileSync(join(CORPUS_DIR, name), "utf8");
			const isToml = raw.startsWith("+++");
			// `excerpt: false` plus a fresh options object keeps gray-matter from serving a cached result.
			const file = isToml
				? matter(raw, {
						excerpt: false,
						delimiters: "+++",
						language: "toml",
						engines: { toml: parseToml },
					})
				: matter(raw, { excerpt: false });
			const bodyLine = raw.slice(0, raw.length - file.content.length).split("\n").length;
			return {
				name,
				html: renderBodyHtml(formatOf(name), file.content),
				bodyLine,
			};
		});
}

function formatOf(name: string): BodyFormat {
	// Their front matter is a WordPress export's, which the build reads through wpautop (src/body/add-auto-paragraphs.ts).
	if (HTML_BODY_FOLDERS.some((folder) => name.startsWith(`${folder}/`))) return "wordpress";
	if (name.endsWith(".html")) return "html";
	return "markdown";
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}
