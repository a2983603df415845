import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseFrontMatter } from "../front-matter/parse-front-matter.js";
import { isFolder, readVisibleNames } from "./read-folder.js";

/** A feed template of an Eleventy site: what it lists, and the metadata it keeps for itself. */
export interface EleventyFeedTemplate {
	/** Its path (absolute). */
	readonly path: string;
	readonly text: string;
	/** The collection it loops over (`collections.article`), if it names one. */
	readonly collection?: string;
	/** The `metadata` of its own front matter (title, subtitle, url, author), as the feed plugin's documented sample
	 * keeps it. */
	readonly metadata?: Readonly<Record<string, unknown>>;
	/** The global data its links are made absolute with (`absoluteUrl(meta.siteUrl)`): the data file's name, then the
	 * key (`["meta", "siteUrl"]`). */
	readonly urlReference?: readonly [string, string];
	/** The global data its own title shows (`<title>{{ site.name }}</title>`): the data file's name, then the key. */
	readonly titleReference?: readonly [string, string];
}

// A feed template's name: `feed.njk`, `feed.xml.njk`, `rss.liquid`, `atom.njk`, `feed/feed.njk`, `feed.11ty.js`.
const FEED_NAME_RE = /^(?:feed|rss|atom)(?:\.(?:xml|json))?\.(?:njk|liquid|html|md|11ty\.[cm]?js)$/i;
// `collections.post` (Nunjucks, Liquid, JavaScript) or `collections["blog-posts"]`.
const COLLECTION_RE = /\bcollections(?:\.([A-Za-z_$][\w$]*)|\[\s*(["'])([^"'\n]+)\2\s*\])/g;
// The site URL a feed template makes its links with: `absoluteUrl(site.url)`, `htmlBaseUrl(meta.baseUrl)` (the feed
// plugin's filters), `xml:base="{{ metadata.url }}"` or `{{ metadata.url | addPathPrefixToFullUrl }}`; a data file's
// name and a key.
const REFERENCE = "([A-Za-z_$][\\w$]*)\\.([A-Za-z_$][\\w$]*)";
const URL_REFERENCE_RE = new RegExp(
	[
		`(?:absoluteUrl|htmlBaseUrl)\\(\\s*${REFERENCE}\\s*[,)]`,
		`xml:base="\\{\\{-?\\s*${REFERENCE}\\s*[|}-]`,
		`\\{\\{-?\\s*${REFERENCE}\\s*\\|\\s*addPathPrefixToFullUrl\\b`,
	].join("|"),
);
// The feed's own title: `<title>{{ site.name }}</title>` (Atom, RSS) or `"title": "{{ site.name }}"` (JSON Feed).
const TITLE_REFERENCE_RE = new RegExp(
	`<title>\\s*\\{\\{-?\\s*${REFERENCE}\\s*-?\\}\\}\\s*</title>|"title"\\s*:\\s*"\\{\\{-?\\s*${REFERENCE}\\s*-?\\}\\}"`,
);
// A feed template is a page of a few kilobytes; more is no feed template.
const MAX_BYTES = 65_536;

/**
 * The site's own feed template (`feed.njk` or `feed/feed.xml.njk`, in the input folder or a folder of it), as sites
 * using the feed plugin's filters but not its virtual template write them: the first that loops over a collection
 * (`{% for post in collections.article | reverse %}`), keeps `metadata` in its front matter or makes links with a
 * global data value. `all` (every page) names
 * no collection of posts. Undefined when there is none.
 */
export function findEleventyFeedTemplate(input: string): EleventyFeedTemplate | undefined {
	for (const path of listFeedTemplates(input)) {
		let text: string;
		try {
			text = readFileSync(path, "utf8").slice(0, MAX_BYTES);
		} catch {
			continue;
		}
		let collection: string | undefined;
		for (const match of text.matchAll(COLLECTION_RE)) {
			const name = match[1] ?? match[3];
			if (name !== undefined && name !== "all") {
				collection = name;
				break;
			}
		}
		const metadata = readMetadata(path, text);
		const urlReference = readReference(URL_REFERENCE_RE, text);
		const titleReference = readReference(TITLE_REFERENCE_RE, text);
		if (collection !== undefined || metadata !== undefined || urlReference !== undefined)
			return {
				path,
				text,
				...(collection !== undefined && { collection }),
				...(metadata !== undefined && { metadata }),
				...(urlReference !== undefined && { urlReference }),
				...(titleReference !== undefined && { titleReference }),
			};
	}
	return undefined;
}

// The data file's name and key of the first reference the expression finds.
function readReference(expression: RegExp, text: string): readonly [string, string] | undefined {
	const [name, key] =
		expression
			.exec(text)
			?.filter((group) => group !== undefined)
			.slice(1) ?? [];
	return name !== undefined && key !== undefined ? [name, key] : undefined;
}

// `metadata` of the front matter (YAML or `---json`), when it is a table.
function readMetadata(path: string, text: string): Readonly<Record<string, unknown>> | undefined {
	const parsed = parseFrontMatter({ file: path, relPath: basename(path), format: "markdown", text });
	const metadata = "data" in parsed ? parsed.data.metadata : undefined;
	return typeof metadata === "object" && metadata !== null && !Array.isArray(metadata)
		? (metadata as Record<string, unknown>)
		: undefined;
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
