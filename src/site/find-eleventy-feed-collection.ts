import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isFolder, readVisibleNames } from "./read-folder.js";

// A feed template's name: `feed.njk`, `feed.xml.njk`, `rss.liquid`, `atom.njk`, `feed/feed.njk`, `feed.11ty.js`.
const FEED_NAME_RE = /^(?:feed|rss|atom)(?:\.(?:xml|json))?\.(?:njk|liquid|html|md|11ty\.[cm]?js)$/i;
// `collections.post` (Nunjucks, Liquid, JavaScript) or `collections["blog-posts"]`.
const COLLECTION_RE = /\bcollections(?:\.([A-Za-z_$][\w$]*)|\[\s*(["'])([^"'\n]+)\2\s*\])/g;
// A feed template is a page of a few kilobytes; more is no feed template.
const MAX_BYTES = 65_536;

/**
 * The collection an Eleventy site's own feed template lists (`{% for post in collections.article | reverse %}` in
 * `feed.njk` or `feed/feed.xml.njk`, in the input folder or a folder of it), as sites with the feed plugin's filters
 * but not its virtual template write them. `all` (every page) names no collection of posts. Undefined when there is
 * no such template.
 */
export function findEleventyFeedCollection(input: string): string | undefined {
	for (const path of listFeedTemplates(input)) {
		let text: string;
		try {
			text = readFileSync(path, "utf8").slice(0, MAX_BYTES);
		} catch {
			continue;
		}
		for (const match of text.matchAll(COLLECTION_RE)) {
			const name = match[1] ?? match[3];
			if (name !== undefined && name !== "all") return name;
		}
	}
	return undefined;
}

// The input folder's feed templates, then those of its folders (`feed/feed.njk`), each in name order.
function listFeedTemplates(input: string): string[] {
	const names = readVisibleNames(input).sort();
	const inFolders = names
		.filter((name) => !name.startsWith("_") && name !== "node_modules" && isFolder(join(input, name)))
		.flatMap((folder) =>
			readVisibleNames(join(input, folder))
				.sort()
				.filter((name) => FEED_NAME_RE.test(name))
				.map((name) => join(input, folder, name)),
		);
	return [...names.filter((name) => FEED_NAME_RE.test(name)).map((name) => join(input, name)), ...inFolders];
}
