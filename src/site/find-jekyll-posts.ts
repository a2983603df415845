import { readdirSync } from "node:fs";
import { join } from "node:path";
import { compileIgnore } from "../load/compile-ignore.js";

/** Where a Jekyll site's posts are: the articles folder to list and what to leave out of it. */
export interface JekyllPosts {
	/** The folder to list, relative to the collections folder ("" for itself, else `_posts`). */
	readonly articlesPath: string;
	/** The `_posts` folders, relative to the collections folder (`_posts`, `news/_posts`), sorted. */
	readonly folders: readonly string[];
	/** Globs, relative to the articles folder, of everything beside the `_posts` folders and the folders above them. */
	readonly ignore: readonly string[];
}

// Jekyll's default `exclude` (https://jekyllrb.com/docs/configuration/default/), less the files: folders that hold
// no site pages, some of them huge (installed gems and packages).
const DEFAULT_EXCLUDE = [".sass-cache", ".jekyll-cache", "gemfiles", "node_modules", "vendor"];
// Folders are not walked past this depth or this count: a category folder is a few levels deep at most.
const MAX_DEPTH = 8;
const MAX_FOLDERS = 5000;

/**
 * Finds a Jekyll site's `_posts` folders as Jekyll reads them: the one at the top and one in any folder of the site
 * (`news/_posts/…`, whose posts are in the category `news`), leaving out what Jekyll leaves out: names starting with
 * `_`, `.`, `#` or `~`, and the `exclude` paths. https://jekyllrb.com/docs/posts/#categories-and-tags
 */
export function findJekyllPosts(base: string, exclude: readonly string[]): JekyllPosts {
	const isExcluded = compileIgnore([...DEFAULT_EXCLUDE, ...exclude].map((path) => path.replace(/^\/+|\/+$/g, "")));
	const folders: string[] = [];
	let visited = 0;
	const walk = (relDir: string, depth: number): void => {
		const names = listFolders(join(base, relDir));
		if (names.includes("_posts")) folders.push(`${relDir}_posts`);
		if (depth >= MAX_DEPTH) return;
		for (const name of names) {
			if (/^[_.#~]/.test(name) || isExcluded(`${relDir}${name}`) || ++visited > MAX_FOLDERS) continue;
			walk(`${relDir}${name}/`, depth + 1);
		}
	};
	walk("", 0);
	folders.sort();
	// The usual site: its posts are all in the top `_posts` (or it has none yet), listed as they always were.
	if (folders.length === 0 || (folders.length === 1 && folders[0] === "_posts"))
		return { articlesPath: "_posts", folders: ["_posts"], ignore: [] };
	return { articlesPath: "", folders, ignore: ignoreBeside(base, folders) };
}

// Every entry of the folders on the way to a `_posts` folder that is neither one nor on the way to one, as a glob of
// itself and of what it holds: the listing then never walks the site's other pages, assets or `_site`.
function ignoreBeside(base: string, folders: readonly string[]): string[] {
	const kept = new Set<string>();
	for (const folder of folders) {
		const parts = folder.split("/");
		for (let end = 1; end <= parts.length; end++) kept.add(parts.slice(0, end).join("/"));
	}
	const ignore: string[] = [];
	for (const dir of ["", ...[...kept].filter((path) => !path.endsWith("_posts"))]) {
		const prefix = dir === "" ? "" : `${dir}/`;
		for (const name of listNames(join(base, dir))) {
			const path = `${prefix}${name}`;
			if (kept.has(path)) continue;
			ignore.push(escapeGlob(path), `${escapeGlob(path)}/**`);
		}
	}
	return ignore;
}

function escapeGlob(path: string): string {
	return path.replace(/[\\*?[\]{}()!+@|]/g, "\\$&");
}

function listFolders(dir: string): string[] {
	try {
		return readdirSync(dir, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort();
	} catch {
		return [];
	}
}

function listNames(dir: string): string[] {
	try {
		return readdirSync(dir).sort();
	} catch {
		return [];
	}
}
