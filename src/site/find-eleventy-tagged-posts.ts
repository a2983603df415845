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
}

// Enough for any real blog's pages; the walk stops there rather than read a whole disk.
const MAX_FILES = 5000;
const HEAD_BYTES = 4096;
const FRONT_MATTER_RE = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * The pages under Eleventy's input folder whose own front matter tags them with the collection's name (`tags: posts`,
 * `tags: [post, moss]`): Eleventy's tag collection holds them wherever they are. Folders starting with `_` or `.`
 * (includes, data, output) and `node_modules` are not pages. Undefined when no page is tagged so.
 */
export function findEleventyTaggedPosts(input: string, collection: string): TaggedPosts | undefined {
	const tagged: string[] = [];
	let seen = 0;
	const visit = (dir: string, prefix: string): void => {
		let names: string[];
		try {
			names = readdirSync(dir).sort();
		} catch {
			return;
		}
		for (const name of names) {
			if (seen >= MAX_FILES || name.startsWith(".") || name.startsWith("_") || name === "node_modules") continue;
			const path = join(dir, name);
			const relPath = prefix === "" ? name : `${prefix}/${name}`;
			let isFolder: boolean;
			try {
				isFolder = statSync(path).isDirectory();
			} catch {
				continue;
			}
			if (isFolder) visit(path, relPath);
			else if (formatOfPath(name) !== undefined) {
				seen++;
				if (readTags(path).includes(collection)) tagged.push(relPath);
			}
		}
	};
	visit(input, "");
	if (tagged.length === 0) return undefined;
	const folders = tagged.map((path) => path.split("/").slice(0, -1));
	const common: string[] = [];
	for (const [index, segment] of (folders[0] ?? []).entries()) {
		if (!folders.every((parts) => parts[index] === segment)) break;
		common.push(segment);
	}
	const holding = new Set(folders.filter((parts) => parts.length > common.length).map((parts) => parts[common.length]));
	const ignore: string[] = [];
	for (const name of listFolders(join(input, ...common))) {
		if (!holding.has(name)) ignore.push(name, `${name}/**`);
	}
	return { folder: common.join("/"), ignore };
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
