import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { formatOfPath } from "../load/list-sources.js";

/** Where the pages a collection's tag names lie: the folder holding them all, and its other folders, to skip. */
export interface TaggedPosts {
	/** The deepest folder holding every tagged page, from the input folder (`/`-separated, "" for itself). */
	readonly folder: string;
	/** Folders directly inside it that hold no tagged page (output, includes), as ignore globs (`about`, `about/**`). */
	readonly ignore: readonly string[];
	/** Some folder's directory data tags it (`blog/blog.11tydata.js`), not only pages' own front matter. */
	readonly hasDirectoryData: boolean;
}

// Enough for any real blog's pages; the walk stops there rather than read a whole disk.
const MAX_FILES = 5000;
const MAX_DEPTH = 8;
const HEAD_BYTES = 4096;
const FRONT_MATTER_RE = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * The pages under Eleventy's input folder that the collection's tag names, as Eleventy's tag collection holds them
 * wherever they are: every page of a folder whose directory data (or a parent's) tags it, and each page whose own
 * front matter does (`tags: [posts, moss]`). `readFolderTags` gives a folder's own directory data tags. Folders starting
 * with `_` or `.` (includes, data, output) and `node_modules` hold no pages. Undefined when no page is tagged so.
 */
export function findEleventyTaggedPosts(
	input: string,
	collection: string,
	readFolderTags: (folder: string) => readonly unknown[],
): TaggedPosts | undefined {
	// Folders (from the input folder, as lists of names) holding a tagged page, and those tagged whole.
	const holding: (readonly string[])[] = [];
	const wholes: (readonly string[])[] = [];
	let seen = 0;
	const visit = (dir: string, parts: readonly string[]): void => {
		let names: string[];
		try {
			names = readdirSync(dir).sort();
		} catch {
			return;
		}
		for (const name of names) {
			if (seen >= MAX_FILES || name.startsWith(".") || name.startsWith("_") || name === "node_modules") continue;
			const path = join(dir, name);
			let isFolder: boolean;
			try {
				isFolder = statSync(path).isDirectory();
			} catch {
				continue;
			}
			if (isFolder) {
				// A folder its directory data tags is tagged whole: its pages need not be read.
				if (readFolderTags(path).includes(collection)) {
					holding.push([...parts, name]);
					wholes.push([...parts, name]);
				} else if (parts.length < MAX_DEPTH) visit(path, [...parts, name]);
			} else if (formatOfPath(name) !== undefined) {
				seen++;
				if (readTags(path).includes(collection)) holding.push(parts);
			}
		}
	};
	visit(input, []);
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
	return { folder: common.join("/"), ignore, hasDirectoryData: wholes.length > 0 };
}

// The `tags` of a page's YAML front matter, a string read as one tag as Eleventy reads it.
function readTags(path: string): readonly unknown[] {
	let head: string;
	try {
		const fd = openSync(path, "r");
		try {
			const buffer = Buffer.alloc(HEAD_BYTES);
			head = buffer
				.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0))
				.toString("utf8")
				.replace(/\r\n?/g, "\n");
		} finally {
			closeSync(fd);
		}
	} catch {
		return [];
	}
	const block = FRONT_MATTER_RE.exec(head)?.[1];
	if (block === undefined) return [];
	try {
		const data = loadYaml(block, { schema: CORE_SCHEMA });
		const tags = typeof data === "object" && data !== null ? (data as Record<string, unknown>).tags : undefined;
		return Array.isArray(tags) ? tags : [tags];
	} catch {
		return [];
	}
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
