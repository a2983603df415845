import { readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";

/**
 * The articles folder's paths Eleventy 3 never reads (EleventyFiles.getIgnores), as wirefeed ignore globs: each line of
 * the project's `.gitignore` and `.eleventyignore` and of the input folder's `.eleventyignore` names a path or glob from
 * that file's folder (`src/posts/wip`, a folder, is everything in it). Comments, negations (which Eleventy does not
 * support) and paths outside the articles folder are left out. https://www.11ty.dev/docs/ignores/
 */
export function readEleventyIgnores(root: string, input: string, articlesDir: string): string[] {
	const articles = toPosix(relative(root, articlesDir));
	const files = [".gitignore", ".eleventyignore"].map((name) => join(root, name));
	if (input !== root) files.push(join(input, ".eleventyignore"));
	const globs: string[] = [];
	for (const file of files) {
		let text: string;
		try {
			text = readFileSync(file, "utf8");
		} catch {
			continue;
		}
		const folder = toPosix(relative(root, join(file, "..")));
		for (const raw of text.split(/\r?\n/)) {
			const line = raw.trim();
			if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
			const path = posix.normalize(posix.join(folder, line.replace(/^\/+/, ""))).replace(/\/+$/, "");
			const inside = insideArticles(path, articles);
			if (inside !== undefined) globs.push(...(inside === "" ? ["**"] : [inside, `${inside}/**`]));
		}
	}
	return globs;
}

// The path from the articles folder; a `**/` glob applies there too.
function insideArticles(path: string, articles: string): string | undefined {
	if (path === "." || path.startsWith("../")) return undefined;
	if (articles === "") return path;
	if (path === articles) return "";
	if (path.startsWith(`${articles}/`)) return path.slice(articles.length + 1);
	return path.startsWith("**/") ? path : undefined;
}

function toPosix(path: string): string {
	return path.split(sep).join("/");
}
