import { closeSync, type Dirent, openSync, readdirSync, readSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { parseFrontMatter } from "../front-matter/parse-front-matter.js";
import { formatOfPath } from "../load/list-sources.js";

/** Where the pages a collection's tag names lie: the folder holding them all, and its other folders, to skip. */
export interface TaggedPosts {
	/** The deepest folder holding every tagged page, from the input folder (`/`-separated, "" for itself). */
	readonly folder: string;
	/** Folders directly inside it that hold no tagged page (output, includes), as ignore globs (`about`, `about/**`). */
	readonly ignore: readonly string[];
	/** Some folder's directory data tags it (`blog/blog.11tydata.js`), not only pages' own front matter. */
	readonly hasDirectoryData: boolean;
	/** Nunjucks and Liquid templates the collection holds, which wirefeed does not read (from the input folder). */
	readonly templatePosts: readonly string[];
}

// Enough for any real blog's pages; the walk stops there rather than read a whole disk.
const MAX_FILES = 5000;
const MAX_DEPTH = 8;
const HEAD_BYTES = 4096;
// Templates Eleventy writes as pages from its own engines, with YAML front matter; wirefeed reads no template engine.
const TEMPLATE_RE = /\.(?:njk|liquid)$/i;

/**
 * The pages under Eleventy's input folder that the collection's tag names, as Eleventy's tag collection holds them
 * wherever they are: every page of a folder whose directory data (or a parent's) tags it, and each page whose own
 * front matter does (`tags: [posts, moss]`), with the Nunjucks and Liquid templates among them. `readFolderTags` gives
 * a folder's own directory data tags. Folders starting with `_` or `.` (includes, data, output) and `node_modules` hold
 * no pages. Undefined when no page is tagged so.
 */
export function findEleventyTaggedPosts(
	input: string,
	collection: string,
	readFolderTags: (folder: string) => readonly unknown[],
): TaggedPosts | undefined {
	// Folders (from the input folder, as lists of names) holding a tagged page, and those tagged whole.
	const holding: (readonly string[])[] = [];
	const wholes: (readonly string[])[] = [];
	const templatePosts: string[] = [];
	let seen = 0;
	// Inside a folder tagged whole, only templates are looked at: its Markdown and HTML pages are posts anyway.
	const visit = (dir: string, parts: readonly string[], isTagged: boolean): void => {
		let entries: Dirent[];
		try {
			entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
				a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
			);
		} catch {
			return;
		}
		for (const entry of entries) {
			const { name } = entry;
			if (seen >= MAX_FILES || name.startsWith(".") || name.startsWith("_") || name === "node_modules") continue;
			const path = join(dir, name);
			// The folder's listing gives each entry's kind: a system call only for a link.
			let isFolder = entry.isDirectory();
			if (entry.isSymbolicLink()) {
				try {
					isFolder = statSync(path).isDirectory();
				} catch {
					continue;
				}
			}
			if (isFolder) {
				if (parts.length >= MAX_DEPTH) continue;
				const isFolderTagged = isTagged || readFolderTags(path).includes(collection);
				if (isFolderTagged && !isTagged) {
					holding.push([...parts, name]);
					wholes.push([...parts, name]);
				}
				visit(path, [...parts, name], isFolderTagged);
			} else if (TEMPLATE_RE.test(name)) {
				seen++;
				const data = readFrontMatter(path);
				const isOwnTag = !isTagged && tagsOf(data).includes(collection);
				if ((isTagged || isOwnTag) && isListed(data, collection)) templatePosts.push([...parts, name].join("/"));
				// A template tagged on its own is in the collection: its folder is one of the posts'.
				if (isOwnTag) holding.push(parts);
			} else if (!isTagged && formatOfPath(name) !== undefined) {
				seen++;
				if (tagsOf(readFrontMatter(path, collection)).includes(collection)) holding.push(parts);
			}
		}
	};
	visit(input, [], false);
	const [first, ...rest] = holding;
	if (first === undefined) return undefined;
	const common = [...first];
	for (const parts of rest) {
		let index = 0;
		while (index < common.length && parts[index] === common[index]) index++;
		common.length = index;
	}
	const inside = new Set(holding.filter((parts) => parts.length > common.length).map((parts) => parts[common.length]));
	const ignore: string[] = [];
	// A folder tagged whole is read whole; else the common folder's folders that hold no tagged page are skipped (its
	// own pages are read, and left out when untagged).
	if (!wholes.some((parts) => parts.length === common.length))
		for (const name of listFolders(join(input, ...common))) if (!inside.has(name)) ignore.push(name, `${name}/**`);
	return { folder: common.join("/"), ignore, hasDirectoryData: wholes.length > 0, templatePosts };
}

// A page's front matter, from the head of its file, read as every article's is; empty when it has none that parses
// there, or when its head does not hold `mustHold` (the collection's name, which most pages of a site never write:
// nothing to parse then).
function readFrontMatter(path: string, mustHold = ""): Readonly<Record<string, unknown>> {
	let head: string;
	try {
		const fd = openSync(path, "r");
		try {
			const buffer = Buffer.alloc(HEAD_BYTES);
			// parseFrontMatter reads CRLF and a BOM as the loader does.
			head = buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString("utf8");
		} finally {
			closeSync(fd);
		}
	} catch {
		return {};
	}
	if (!head.includes(mustHold)) return {};
	const parsed = parseFrontMatter({ file: path, relPath: basename(path), format: "markdown", text: head });
	return "data" in parsed ? parsed.data : {};
}

// A string of tags is a list of one, as Eleventy reads it.
function tagsOf(data: Readonly<Record<string, unknown>>): readonly unknown[] {
	return Array.isArray(data.tags) ? data.tags : [data.tags];
}

// `permalink: false` writes no page; `eleventyExcludeFromCollections` keeps it out of every list, or of those it names.
function isListed(data: Readonly<Record<string, unknown>>, collection: string): boolean {
	const excluded = data.eleventyExcludeFromCollections;
	if (data.permalink === false || excluded === true) return false;
	return !(Array.isArray(excluded) && excluded.includes(collection));
}

function listFolders(dir: string): string[] {
	try {
		return readdirSync(dir, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
			.map((entry) => entry.name)
			.sort();
	} catch {
		return [];
	}
}
