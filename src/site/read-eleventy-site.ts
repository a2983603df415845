import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { SettingsCollector } from "./collect-settings.js";
import type { DetectedSite } from "./detected-site.js";
import { findEleventyFeedTemplate } from "./find-eleventy-feed-template.js";
import { findEleventyTaggedPosts, type TaggedPosts } from "./find-eleventy-tagged-posts.js";
import { ELEVENTY_CONFIG_NAMES } from "./may-hold-site.js";
import { mergeData } from "./merge-data.js";
import { dig, text } from "./read-data-file.js";
import { readEleventyIgnores } from "./read-eleventy-ignores.js";
import { isFolder } from "./read-folder.js";
import { blankComments, type LiteralObject, readObjectLiteral } from "./read-js-literals.js";
import { readPerson, siteFrom } from "./site-from.js";

// Files read as data, not as code.
const DATA_FILE_RE = /\.(?:json|ya?ml)$/;
const DATA_EXTENSIONS = [".11tydata.json", ".11tydata.js", ".11tydata.mjs", ".11tydata.cjs", ".json"];

/** The Eleventy config file of a folder, if it has one. */
export function findEleventyConfig(root: string): string | undefined {
	return ELEVENTY_CONFIG_NAMES.find((name) => existsSync(join(root, name)));
}

/**
 * Reads an Eleventy site without running its code: the input folder and `pathPrefix` when written as plain strings in
 * the config (`dir`, or Eleventy 3's `setInputDirectory`), the feed plugin's `metadata` and collection, `_data/metadata.json` (or the literal values of
 * `metadata.js`), the posts folder (the one whose directory data tags its templates with the feed's collection), and
 * the directory data of that folder. https://www.11ty.dev/docs/config/
 */
export function readEleventySite(root: string, configFile: string, cwd: string): DetectedSite {
	const collector = new SettingsCollector(root, cwd);
	const source = readFileSync(join(root, configFile), "utf8");
	collector.readText(configFile, source);
	const options = findConfigObject(source);
	// The config's code without its comments: a commented-out call is no setting.
	const code = blankComments(source);
	const input = join(root, text(dig(options, "dir", "input")) ?? readSetDirectory(code, "Input") ?? ".");
	const dataDir = join(input, text(dig(options, "dir", "data")) ?? readSetDirectory(code, "Data") ?? "_data");
	const pathPrefix = (text(options.pathPrefix) ?? "").replace(/^\/+|\/+$/g, "");
	const feed = readObjectLiteral(source, /addPlugin\(\s*(?:feedPlugin|pluginRss|rssPlugin|eleventyPluginRss)\s*,/);
	const feedMetadata = dig(feed, "metadata") as LiteralObject | undefined;
	// The feed plugin's collection, else the one the site's own feed template lists.
	const template = findEleventyFeedTemplate(input);
	if (template !== undefined) collector.readText(toRootPath(root, template.path), template.text);
	const collection = text(dig(feed, "collection", "name")) ?? template?.collection ?? "posts";
	const made = readCollectionCall(code, collection);
	// A collection made with getFilteredByTag holds that tag's pages; any other by a tag of its name.
	const tag = made.tag ?? collection;
	// The first source wins: the feed plugin's options, the feed template's own front matter (which Eleventy's data
	// cascade puts over global data), then the global data file.
	setMetadata(collector, feedMetadata, ["base", "subtitle"], `${configFile} feed plugin metadata.`);
	if (template !== undefined) {
		const origin = `${toRootPath(root, template.path)} front matter metadata.`;
		setMetadata(collector, template.metadata, ["url", "subtitle"], origin);
	}
	// The global data the feed template makes its links with (`absoluteUrl(meta.siteUrl)`), then the usual files; in
	// YAML too where the config reads it (`addDataExtension("yml", …)`, as sites moved from Jekyll do).
	const extensions = [".json", ".js", ".mjs", ".cjs", ...readYamlDataExtensions(code)];
	const titleReference = template?.titleReference;
	if (titleReference !== undefined) {
		const data = readGlobalData(dataDir, [titleReference[0]], extensions, root, collector);
		collector.set("title", text(data?.data[titleReference[1]]), `${data?.file} ${titleReference[1]}`);
	}
	const reference = template?.urlReference;
	if (reference !== undefined) {
		const data = readGlobalData(dataDir, [reference[0]], extensions, root, collector);
		setMetadata(collector, data?.data, [reference[1], "description"], `${data?.file} `);
	}
	const metadata = readGlobalData(dataDir, ["metadata", "site"], extensions, root, collector);
	setMetadata(collector, metadata?.data, ["url", "description"], `${metadata?.file} `);
	if (!("url" in collector.settings)) {
		collector.note(
			"warning",
			"site/url-in-code",
			`Eleventy keeps the site URL in code or data wirefeed cannot read as data (_data/metadata.js); set "url" in the wirefeed config`,
			configFile,
		);
	}
	const posts = findPostsFolder(input, { name: collection, tag, glob: made.glob }, root, collector);
	// What Eleventy's ignore files name is no page of the site.
	const ignore = [...(posts.ignore ?? []), ...readEleventyIgnores(root, input, posts.dir)];
	return siteFrom(collector, {
		generator: "eleventy",
		articlesDir: posts.dir,
		contentRoot: input,
		extra: {
			...(pathPrefix !== "" && { pathPrefix }),
			...((options.markdownTemplateEngine === false || /\.setMarkdownTemplateEngine\(\s*false\s*\)/.test(code)) && {
				hasPlainMarkdown: true,
			}),
			directoryData: readDirectoryData(input, posts.dir, root, collector),
			collectionTags: [...new Set(["all", "posts", collection, tag])],
			...(posts.isTagged === true && { postsTag: tag }),
			...(posts.templatePosts !== undefined &&
				posts.templatePosts.length > 0 && { templatePosts: posts.templatePosts }),
			...(/\baddPlugin\(\s*eleventyImageTransformPlugin\b/.test(code) && {
				imageTransform: { articles: toRootPath(root, posts.dir), copied: readPassthroughCopies(code) },
			}),
			// Eleventy has no scheduling: a page dated after the build is written and listed like any other.
			isFutureBuilt: true,
		},
		origins: { articles: posts.origin },
		...(ignore.length > 0 && { ignore }),
	});
}

// A feed's metadata as the feed plugin names it (`base`, `subtitle`) or a data file does (`url`, `description`); each
// setting's origin is `origin` and its key.
function setMetadata(
	collector: SettingsCollector,
	data: Readonly<Record<string, unknown>> | undefined,
	[urlKey, descriptionKey]: readonly [string, string],
	origin: string,
): void {
	if (data === undefined) return;
	collector.set("title", text(data.title), `${origin}title`);
	collector.set("description", text(data[descriptionKey]), `${origin}${descriptionKey}`);
	collector.set("url", absoluteUrl(data[urlKey]), `${origin}${urlKey}`);
	collector.set("language", text(data.language), `${origin}language`);
	collector.set("author", readPerson(data.author), `${origin}author`);
}

function absoluteUrl(value: unknown): string | undefined {
	const url = text(value);
	return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

// `export const config = {…}` (Eleventy 3), or the object a config function returns (`return { dir: … }`,
// `(eleventyConfig) => ({ dir: … })`), or a config that is an object (`module.exports = { dir: … }`).
const CONFIG_OBJECT_RE = /\breturn\s*(?=\{)|=>\s*\(\s*(?=\{)|\b(?:module\.exports\s*=|export\s+default)\s*(?=\{)/g;

function findConfigObject(source: string): LiteralObject {
	const exported =
		readObjectLiteral(source, /export\s+const\s+config\s*=/) ??
		readObjectLiteral(source, /module\.exports\.config\s*=/);
	if (exported !== undefined) return exported;
	for (const match of blankComments(source).matchAll(CONFIG_OBJECT_RE)) {
		const object = readObjectLiteral(source.slice(match.index + match[0].length), /^/);
		if (object !== undefined && ("dir" in object || "pathPrefix" in object)) return object;
	}
	return {};
}

// Eleventy 3's configuration API: `eleventyConfig.setInputDirectory("src")`, a plain string. A `dir` object the config
// returns or exports wins over it, as in Eleventy (TemplateConfig.mergeConfig).
function readSetDirectory(code: string, kind: "Input" | "Data"): string | undefined {
	return new RegExp(`\\.set${kind}Directory\\(\\s*(["'\`])([^"'\`\\n$]+)\\1\\s*\\)`).exec(code)?.[2];
}

// The first global data file of these names (`metadata` is `_data/metadata.json` or `.js`) that can be read.
function readGlobalData(
	dataDir: string,
	names: readonly string[],
	extensions: readonly string[],
	root: string,
	collector: SettingsCollector,
): { readonly file: string; readonly data: Readonly<Record<string, unknown>> } | undefined {
	for (const name of names.flatMap((stem) => extensions.map((extension) => stem + extension))) {
		const path = join(dataDir, name);
		if (!existsSync(path)) continue;
		const file = toRootPath(root, path);
		const data = readData(path, root, collector);
		if (data !== undefined)
			return { file: DATA_FILE_RE.test(name) ? file : `${file} (plain values read, never run)`, data };
	}
	return undefined;
}

// `addDataExtension("yml, yaml", (contents) => yaml.load(contents))`: the YAML extensions the config reads data in.
function readYamlDataExtensions(code: string): string[] {
	return [...code.matchAll(/\.addDataExtension\(\s*["'`]([^"'`\n]+)["'`]/g)]
		.flatMap((match) => (match[1] ?? "").split(","))
		.map((name) => name.trim().toLowerCase())
		.filter((name) => name === "yaml" || name === "yml")
		.map((name) => `.${name}`);
}

// JSON and YAML are data; a JavaScript data file gives only the values it writes as literals.
function readData(
	path: string,
	root: string,
	collector: SettingsCollector,
): Readonly<Record<string, unknown>> | undefined {
	const file = toRootPath(root, path);
	if (DATA_FILE_RE.test(path)) {
		const read = collector.readData(file);
		return read.ok ? read.data : undefined;
	}
	const source = readFileSync(path, "utf8");
	const isFirstRead = !collector.files.includes(file);
	collector.readText(file, source);
	const data = readObjectLiteral(source, /export\s+default/) ?? readObjectLiteral(source, /module\.exports\s*=/);
	// A permalink made by a function (`eleventyComputed: { permalink: (data) => … }`) cannot be known without running it.
	const computed = dig(data, "eleventyComputed");
	const hasPermalink =
		data !== undefined &&
		("permalink" in data || (typeof computed === "object" && computed !== null && "permalink" in computed));
	if (isFirstRead && !hasPermalink && /\bpermalink\s*[:(]/.test(source))
		collector.note(
			"warning",
			"site/permalink-in-code",
			`${file} makes "permalink" in code, which wirefeed does not run: links follow Eleventy's default; set "permalink" in the wirefeed config to the site's pattern`,
			file,
		);
	return data;
}

interface PostsFolder {
	readonly dir: string;
	readonly origin: string;
	/** Found by the collection's tag: a page without it there is in no feed. */
	readonly isTagged?: boolean;
	readonly ignore?: readonly string[];
	readonly templatePosts?: readonly string[];
}

// The folder holding every page the feed's collection tags, by directory data or front matter (the collection's glob
// in the config wins over front matter tags alone), else `posts/` or `blog/`.
function findPostsFolder(
	input: string,
	collection: { readonly name: string; readonly tag: string; readonly glob: string | undefined },
	root: string,
	collector: SettingsCollector,
): PostsFolder {
	const folderTags = (folder: string): readonly unknown[] => {
		const name = folder.split(sep).at(-1) ?? "";
		const dataFile = DATA_EXTENSIONS.map((extension) => join(folder, `${name}${extension}`)).find(existsSync);
		const tags = dataFile === undefined ? undefined : readData(dataFile, root, collector)?.tags;
		return Array.isArray(tags) ? tags : [tags];
	};
	const tagged = findEleventyTaggedPosts(input, collection.tag, folderTags);
	const fromTags = (found: TaggedPosts): PostsFolder => {
		const dir = join(input, found.folder);
		const by = found.hasDirectoryData ? "its directory data tags" : "its pages' front matter tags";
		// Templates are pages Eleventy lists, from the articles folder: wirefeed cannot read them, and says so.
		const templatePosts = found.templatePosts.map((path) => relative(dir, join(input, path)).split(sep).join("/"));
		return {
			dir,
			origin: `${toRootPath(root, dir) || "."} (${by} "${collection.tag}")`,
			isTagged: true,
			ignore: found.ignore,
			templatePosts,
		};
	};
	if (tagged?.hasDirectoryData === true) return fromTags(tagged);
	const globbed = collection.glob === undefined ? undefined : globFolder(collection.glob);
	if (globbed !== undefined && isFolder(join(root, globbed)))
		return { dir: join(root, globbed), origin: `${globbed} (the "${collection.name}" collection's glob)` };
	if (tagged !== undefined) return fromTags(tagged);
	for (const name of ["posts", "blog"]) {
		if (existsSync(join(input, name))) return { dir: join(input, name), origin: toRootPath(root, join(input, name)) };
	}
	return { dir: join(input, "posts"), origin: "posts" };
}

// How the config makes the collection: `addCollection("posts", (api) => api.getFilteredByGlob("src/posts/**/*.md"))`
// gives its glob, `api.getFilteredByTag("post")` its tag. The call's text stops at the next addCollection.
function readCollectionCall(code: string, collection: string): { readonly glob?: string; readonly tag?: string } {
	const name = collection.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	const call = (method: string) =>
		new RegExp(
			`addCollection\\(\\s*["'\`]${name}["'\`](?:(?!addCollection)[^]){0,400}?${method}\\(\\s*\\[?\\s*(["'\`])([^"'\`]+)\\1`,
		).exec(code)?.[2];
	const glob = call("getFilteredByGlob");
	const tag = call("getFilteredByTag");
	return { ...(glob !== undefined && { glob }), ...(tag !== undefined && { tag }) };
}

// The folder before a glob's first wildcard, from the project root (where Eleventy resolves it).
function globFolder(glob: string): string | undefined {
	const fixed: string[] = [];
	for (const segment of glob.replace(/^\.\//, "").split("/")) {
		if (/[*?[\]{}!]/.test(segment)) break;
		fixed.push(segment);
	}
	// A glob naming no wildcard is one file: its folder.
	if (fixed.length === glob.replace(/^\.\//, "").split("/").length) fixed.pop();
	const folder = fixed.join("/");
	return folder === "" || folder.split("/").includes("..") ? undefined : folder;
}

// The files `addPassthroughCopy` publishes under their own names, as globs from the project root: a string is a path or
// glob (a folder is everything in it), an object's keys are; the `html-relative` mode (Eleventy 3) copies every file a
// page links relatively, so any.
function readPassthroughCopies(code: string): string[] {
	const globs: string[] = [];
	for (const [call] of code.matchAll(/\baddPassthroughCopy\(\s*(?:["'`][^"'`\n]*["'`]|\{[^{}]*\})[^;]{0,200}/g)) {
		if (/mode\s*:\s*["'`]html-relative["'`]/.test(call)) return ["**"];
		const argument = call.slice(call.indexOf("(") + 1).trimStart();
		const paths = argument.startsWith("{")
			? [...argument.slice(0, argument.indexOf("}")).matchAll(/(["'`])([^"'`\n]+)\1\s*:/g)].map(
					(match) => match[2] ?? "",
				)
			: [/^(["'`])([^"'`\n]*)\1/.exec(argument)?.[2] ?? ""];
		for (const path of paths) {
			const glob = path.replace(/^\.\//, "").replace(/\/+$/, "");
			if (glob === "" || glob === ".") globs.push("**");
			else globs.push(glob, ...(/[*?[\]{}!]/.test(glob) ? [] : [`${glob}/**`]));
		}
	}
	return globs;
}

// Directory data of the posts folder (with its parents up to the input folder) and of each folder inside it.
function readDirectoryData(
	input: string,
	postsDir: string,
	root: string,
	collector: SettingsCollector,
): Record<string, Record<string, unknown>> {
	const byFolder: Record<string, Record<string, unknown>> = {};
	const dataOf = (folder: string): Record<string, unknown> => {
		const name = folder.split(sep).at(-1) ?? "";
		let merged: Record<string, unknown> = {};
		for (const extension of [...DATA_EXTENSIONS].reverse()) {
			const path = join(folder, `${name}${extension}`);
			if (!existsSync(path)) continue;
			merged = mergeData(merged, readData(path, root, collector) ?? {});
		}
		return merged;
	};
	let inherited: Record<string, unknown> = {};
	const chain: string[] = [];
	for (let folder = postsDir; folder.startsWith(input) && folder !== input; folder = join(folder, ".."))
		chain.unshift(folder);
	for (const folder of chain) inherited = mergeData(inherited, dataOf(folder));
	if (Object.keys(inherited).length > 0) byFolder[""] = inherited;
	const visit = (dir: string, depth: number): void => {
		if (depth > 6) return;
		for (const name of listFolders(dir)) {
			const folder = join(dir, name);
			const data = dataOf(folder);
			if (Object.keys(data).length > 0) byFolder[relative(postsDir, folder).split(sep).join("/")] = data;
			visit(folder, depth + 1);
		}
	};
	visit(postsDir, 0);
	return byFolder;
}

function toRootPath(root: string, path: string): string {
	return relative(root, path).split(sep).join("/");
}

function listFolders(dir: string): string[] {
	try {
		return readdirSync(dir)
			.filter(
				(name) =>
					!name.startsWith(".") &&
					!name.startsWith("_") &&
					name !== "node_modules" &&
					statSync(join(dir, name)).isDirectory(),
			)
			.sort();
	} catch {
		return [];
	}
}
