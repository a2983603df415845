import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Every Markdown file under a folder, recursively, each path joined onto `dir`.
 * @param {string} dir
 * @returns {string[]}
 */
export function listArticleFiles(dir) {
	return readdirSync(dir, { recursive: true, encoding: "utf8" })
		.filter((name) => name.endsWith(".md"))
		.map((name) => join(dir, name));
}
