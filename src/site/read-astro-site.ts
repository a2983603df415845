import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { SettingsCollector } from "./collect-settings.js";
import type { DetectedSite } from "./detected-site.js";
import { type AstroPages, findAstroPages } from "./find-astro-pages.js";
import { ASTRO_CONFIG_NAMES } from "./may-hold-site.js";
import { text } from "./read-data-file.js";
import { readVisibleNames } from "./read-folder.js";
import { type LiteralObject, type LiteralValue, readConstLiterals, readObjectLiteral } from "./read-js-literals.js";
import { readModuleScope } from "./read-module-scope.js";
import { siteFrom } from "./site-from.js";

/** The Astro config of a folder that also has content collections or pages, if it has one. */
export function findAstroConfig(root: string): string | undefined {
	if (!hasCollections(root) && !existsSync(join(root, "src", "pages"))) return undefined;
	return ASTRO_CONFIG_NAMES.find((name) => existsSync(join(root, name)));
}

/**
 * Reads an Astro site without running its config: `site` and `base` when written as plain strings in
 * `astro.config.*` or as constants of the site's files it imports (`site: SITE.website`), the blog collection's folder
 * from `src/content.config.*` (`glob({ base })`, a constant there too) or `src/content/blog`,
 * the route from `src/pages/<route>/[...slug].astro`, and `SITE_TITLE`/`SITE_DESCRIPTION` from `src/consts.*`;
 * from `src/pages/rss.xml.*`, how the site's own feed links and dates its items.
 */
export function readAstroSite(root: string, configFile: string, cwd: string): DetectedSite {
	const collector = new SettingsCollector(root, cwd);
	const source = readFileSync(join(root, configFile), "utf8");
	collector.readText(configFile, source);
	const scope = readModuleScope(source, configFile, siteFileReader(root, collector));
	const config =
		readObjectLiteral(source, /defineConfig\(/, scope) ?? readObjectLiteral(source, /export\s+default/, scope) ?? {};
	const site = text(config.site);
	const base = text(config.base) ?? "";
	if (site !== undefined && /^https?:\/\//i.test(site)) {
		// Astro keeps only the origin of `site`: its pages, canonical URLs and sitemap are under `base` from there.
		const url = `${new URL(site).origin}${basePath(base)}/`;
		const how = /\bsite\s*:\s*["'`]/.test(source) ? "a plain string there" : "a constant of the site's files";
		collector.set("url", url, `${configFile} site (${how}, read without running the file)`);
	} else if (site !== undefined || !/\bsite\s*[:,}]/.test(source))
		collector.note(
			"warning",
			"site/missing-url",
			`${configFile} has no absolute "site" (Astro's sitemap and @astrojs/rss need one too); set "site" there or "url" in the wirefeed config`,
			configFile,
		);
	else
		collector.note(
			"warning",
			"site/url-in-code",
			`Astro's "site" in ${configFile} is neither a plain string nor a constant of the site's files, and wirefeed never runs code; set "url" in the wirefeed config`,
			configFile,
		);
	const feed = readFeedFile(root, collector);
	// The site's own feed's title and description, when written as text or constants of the site's files.
	collector.set("title", text(feed.title), `${feed.file} rss({ title })`);
	collector.set("description", text(feed.description), `${feed.file} rss({ description })`);
	for (const name of ["src/consts.ts", "src/consts.js", "src/consts.mjs"]) {
		if (!existsSync(join(root, name))) continue;
		const constants = readFileSync(join(root, name), "utf8");
		collector.readText(name, constants);
		const values = readConstLiterals(constants);
		collector.set("title", text(values.SITE_TITLE), `${name} SITE_TITLE`);
		collector.set("description", text(values.SITE_DESCRIPTION), `${name} SITE_DESCRIPTION`);
		break;
	}
	const pages = hasCollections(root) ? undefined : findAstroPages(root, feed);
	const collection = pages === undefined ? findCollection(root, collector, feed.collection) : pagesAsCollection(pages);
	const route: Route =
		pages === undefined
			? findRoute(root, collection.name, collector)
			: { path: `${pages.folder === "" ? "" : `/${pages.folder}`}/:id`, isFolderPage: false, origin: pages.origin };
	const page = servedPage(config, route, feed);
	if (collection.codeIdsIn !== undefined)
		collector.note(
			"warning",
			"site/permalink-in-code",
			`${collection.codeIdsIn} makes the ids of the collection "${collection.name}" in code (glob's generateId), which wirefeed does not run: links use the ids Astro's loader makes by default (the file path slugified), which may be no page; set "permalink" in the wirefeed config`,
			collection.codeIdsIn,
		);
	// The site's own feed links items as @astrojs/rss does, from the origin of `site` (no `base` unless the feed adds
	// `import.meta.env.BASE_URL`) and with a slash unless `rss({ trailingSlash: false })`: its ids are kept.
	const feedPattern =
		feed.file === undefined
			? undefined
			: `${feed.hasBaseUrl ? basePath(base) : ""}${route.path}${feed.hasNoTrailingSlash ? "" : "/"}`;
	const servedFromHost = `${basePath(base)}${page.pattern}`;
	const dateFilter = findDateFilter(root, [feed.file, route.origin], collector);
	return siteFrom(collector, {
		generator: "astro",
		articlesDir: collection.dir,
		contentRoot: collection.dir,
		permalinks: { "*": page.pattern },
		// Astro's collections without a loader, and its pages, leave out files and folders whose names start with `_`.
		ignore: collection.isLegacy ? ["**/_*"] : [],
		extra: {
			...(collection.pattern !== undefined && { entryPattern: collection.pattern }),
			...(route.hasAstroPaperPaths && { hasAstroPaperPaths: true }),
			...(pages !== undefined && { hasPagePaths: true }),
			// A collection without a loader gives each entry its file path as id (`post.slug` is the slugified one).
			...(collection.isLegacy && pages === undefined && route.isByEntryId && { hasFileIds: true }),
			...(feed.isDatedByModified && { isDatedByModified: true }),
			...(feedPattern !== undefined && feedPattern !== servedFromHost && { feedLinkPattern: feedPattern }),
			// Astro builds every entry getCollection() lists, dated after the build or not, unless the site's code
			// compares the post's date with the clock (AstroPaper's scheduled posts): then it is held back until then.
			...(dateFilter === undefined && { isFutureBuilt: true }),
		},
		origins: {
			articles: collection.origin,
			permalink: page.origin,
		},
	});
}

const CONTENT_CONFIGS = [
	"src/content.config.ts",
	"src/content.config.mjs",
	"src/content.config.js",
	"src/content/config.ts",
];

// Content collections: a content config, or (in Astro 4, without one) folders of `src/content/`.
function hasCollections(root: string): boolean {
	return existsSync(join(root, "src", "content")) || CONTENT_CONFIGS.some((name) => existsSync(join(root, name)));
}

// Posts kept as pages are read as a collection without a loader: Astro makes no page of a file or folder named `_…`.
function pagesAsCollection(pages: AstroPages): Collection {
	return { dir: pages.dir, name: pages.folder, origin: pages.origin, isLegacy: true, pattern: pages.pattern };
}

interface Collection {
	readonly dir: string;
	readonly name: string;
	readonly origin: string;
	readonly isLegacy: boolean;
	readonly pattern?: readonly string[];
	/** The content config whose `glob({ generateId })` makes the entries' ids in code. */
	readonly codeIdsIn?: string;
}

// The names a blog's collection goes by, most likely first, when the site's feed does not say which it lists.
const BLOG_NAMES = ["blog", "posts", "post", "articles"];

function findCollection(root: string, collector: SettingsCollector, listed: string | undefined): Collection {
	for (const name of CONTENT_CONFIGS) {
		if (!existsSync(join(root, name))) continue;
		const source = readFileSync(join(root, name), "utf8");
		collector.readText(name, source);
		const scope = readModuleScope(source, name, siteFileReader(root, collector));
		const collections = readGlobCollections(source, scope).filter(({ base }) => existsSync(join(root, base)));
		const chosen = pickCollection(
			collections.map((collection) => collection.name),
			listed,
		);
		const found = collections.find((collection) => collection.name === chosen) ?? collections[0];
		if (found !== undefined)
			return {
				dir: join(root, found.base),
				name: found.name,
				origin: `${name} glob({ base })`,
				isLegacy: false,
				...(found.pattern !== undefined && { pattern: found.pattern }),
				...(found.hasCodeIds && { codeIdsIn: name }),
			};
	}
	// Collections without a loader (Astro 4's `type: "content"`, or no config): the folders of src/content.
	const contentDir = join(root, "src", "content");
	const folders = listFolders(contentDir);
	const chosen = pickCollection(folders, listed) ?? (folders.length === 1 ? folders[0] : undefined) ?? "blog";
	return { dir: join(contentDir, chosen), name: chosen, origin: `src/content/${chosen}`, isLegacy: true };
}

/** What the site's own feed (src/pages/rss.xml.*) says about its items, read as text. */
interface FeedFacts {
	readonly file?: string;
	/** The collection it lists: `getCollection("blog")`. */
	readonly collection?: string;
	/** The pages it lists, from its folder: `pagesGlobToRssItems(import.meta.glob("./posts/*.md"))`. */
	readonly pagesGlob?: string;
	/** `rss({ trailingSlash: false })`: @astrojs/rss leaves the links' last slash off. */
	readonly hasNoTrailingSlash?: boolean;
	/** Its links start with `import.meta.env.BASE_URL`, so hold `base`. */
	readonly hasBaseUrl?: boolean;
	/** AstroPaper's `pubDate: new Date(data.modDatetime ?? data.pubDatetime)`. */
	readonly isDatedByModified?: boolean;
	/** `rss({ title, description })`, when plain text or constants of the site's files. */
	readonly title?: LiteralValue;
	readonly description?: LiteralValue;
}

// The first feed file that names a collection with `getCollection(…)` or pages with `import.meta.glob(…)`.
function readFeedFile(root: string, collector: SettingsCollector): FeedFacts {
	for (const name of ["rss.xml", "feed.xml", "rss.xml/index"].flatMap((stem) =>
		[".js", ".ts", ".mjs"].map((extension) => `src/pages/${stem}${extension}`),
	)) {
		if (!existsSync(join(root, name))) continue;
		const source = readFileSync(join(root, name), "utf8");
		collector.readText(name, source);
		const collection = /\bgetCollection\(\s*["'`]([^"'`]+)["'`]/.exec(source)?.[1];
		const pagesGlob = /\bimport\.meta\.glob\(\s*["'`]([^"'`]+)["'`]/.exec(source)?.[1];
		if (collection === undefined && pagesGlob === undefined) continue;
		const options = readObjectLiteral(
			source,
			/\brss\(/,
			readModuleScope(source, name, siteFileReader(root, collector)),
		);
		return {
			...(options?.title !== undefined && { title: options.title }),
			...(options?.description !== undefined && { description: options.description }),
			file: name,
			...(collection !== undefined && { collection }),
			...(pagesGlob !== undefined && { pagesGlob }),
			hasNoTrailingSlash: /\btrailingSlash\s*:\s*false\b/.test(source),
			hasBaseUrl: /\bimport\.meta\.env\.BASE_URL\b/.test(source),
			isDatedByModified: /\bmodDatetime\s*\?\?\s*[\w$.]*pubDatetime\b/.test(source),
		};
	}
	return {};
}

// The site's feed's collection, else the first of the usual names of a blog's.
function pickCollection(names: readonly string[], listed: string | undefined): string | undefined {
	if (listed !== undefined && names.includes(listed)) return listed;
	return BLOG_NAMES.find((name) => names.includes(name));
}

/**
 * The collections a content config loads with `glob({ base })`, by the name it exports them under
 * (`const posts = defineCollection(…)` in `collections = { blog: posts }` is "blog"); one unnamed when the
 * `defineCollection` calls cannot be told apart.
 */
function readGlobCollections(source: string, scope: LiteralObject): GlobCollection[] {
	const exported = new Map<string, string>();
	const list = /\bcollections\s*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? "";
	for (const entry of list.split(",")) {
		const [key, value = key] = entry.split(":").map((part) => part.trim().replace(/^["']|["']$/g, ""));
		if (key !== undefined && key !== "" && value !== undefined) exported.set(value, key);
	}
	const definitions = [
		...source.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*defineCollection\s*\(/g),
	];
	const collections = definitions.flatMap((definition, index) => {
		const definitionSource = source.slice(definition.index, definitions[index + 1]?.index ?? source.length);
		const options = readObjectLiteral(definitionSource, /glob\(/, scope);
		const base = text(options?.base);
		const name = definition[1] ?? "";
		return base === undefined
			? []
			: [globCollection(exported.get(name) ?? name, base, options?.pattern, GENERATE_ID_RE.test(definitionSource))];
	});
	if (collections.length > 0) return collections;
	const options = readObjectLiteral(source, /glob\(/, scope);
	const base = text(options?.base);
	return base === undefined
		? []
		: [
				globCollection(
					base.replace(/\/+$/, "").split("/").at(-1) ?? "blog",
					base,
					options?.pattern,
					GENERATE_ID_RE.test(source),
				),
			];
}

interface GlobCollection {
	readonly name: string;
	readonly base: string;
	/** `pattern` when written as a string or a list of strings; else unknown (every file is read). */
	readonly pattern?: readonly string[];
	/** Its `generateId` makes the entries' ids in code. */
	readonly hasCodeIds?: boolean;
}

// `glob({ …, generateId: ({ entry }) => … })`: the entries' ids are made in code.
const GENERATE_ID_RE = /\bgenerateId\s*[:(]/;

function globCollection(
	name: string,
	base: string,
	pattern: LiteralValue | undefined,
	hasCodeIds: boolean,
): GlobCollection {
	const patterns = typeof pattern === "string" ? [pattern] : Array.isArray(pattern) ? pattern : [];
	const isText = patterns.length > 0 && patterns.every((entry) => typeof entry === "string" && entry !== "");
	return { name, base, ...(isText && { pattern: patterns as readonly string[] }), ...(hasCodeIds && { hasCodeIds }) };
}

// The files that render one entry each, as Astro routes them: `[...slug].astro` or `[...slug]/index.astro`.
const ROUTE_FILES = ["[...slug]", "[slug]", "[...id]", "[id]"].flatMap((name) => [
	`${name}.astro`,
	`${name}/index.astro`,
]);

/**
 * The page that renders the collection: `src/pages/blog/[...slug].astro` makes `/blog/<id>/`. Of the folders with
 * such a page, the one whose page calls `getCollection("<collection>")` wins, then the collection's name
 * (`blog/`), then its plural or singular (`posts/` for the collection `post`); else the first by name.
 */
function findRoute(root: string, collection: string, collector: SettingsCollector): Route {
	const pages = join(root, "src", "pages");
	const rendersCollection = new RegExp(`getCollection\\(\\s*["'\`]${escapeRegExp(collection)}["'\`]`);
	let best:
		| { readonly rank: number; readonly folder: string; readonly written: string; readonly file: string }
		| undefined;
	let coded: string | undefined;
	for (const { folder: written, file } of listRouteFiles(pages, "")) {
		const source = readFileSync(join(pages, written, file), "utf8");
		const renders = rendersCollection.test(source);
		// Astro's i18n recipe, `[lang]/blog/[...slug].astro` splitting `const [lang, ...slug] = page.id.split("/")`:
		// the id's first folder is the locale. https://docs.astro.build/en/recipes/i18n/
		const locale = /^\[(\w+)\]$/.exec(written.split("/").find((segment) => segment.includes("[")) ?? "")?.[1];
		const folder =
			locale !== undefined && renders && localeSplitRe(locale).test(source)
				? written.replace(`[${locale}]`, ":locale")
				: written;
		// Any other folder parameter is made from the entry in code, by its getStaticPaths.
		if (folder.includes("[")) {
			if (renders) coded ??= `src/pages/${written}/${file}`;
			continue;
		}
		const last = folder.split("/").at(-1) ?? "";
		const rank = renders ? 0 : last === collection ? 1 : last === `${collection}s` || `${last}s` === collection ? 2 : 3;
		if (best === undefined || rank < best.rank) best = { rank, folder, written, file };
	}
	const route = best === undefined ? undefined : readRoute(root, best, collector);
	if (coded !== undefined && best?.rank !== 0) {
		const guess = route?.path ?? `/${collection}/:id`;
		collector.note(
			"warning",
			"site/permalink-in-code",
			`${coded} makes the links of the collection "${collection}" in code (its getStaticPaths), which wirefeed does not run: they are ${guess.replace(":id", "<id>")} here, which that page may not be; set "permalink" in the wirefeed config when one pattern fits them`,
			coded,
		);
	} else if (route === undefined)
		// AstroWind's `src/pages/[...blog]/index.astro`, a route an integration adds: made by code wirefeed cannot read.
		collector.note(
			"warning",
			"site/permalink-in-code",
			`no src/pages/…/[...slug].astro renders the collection "${collection}", so its links are made by code wirefeed does not run: they are /${collection}/<id>/ here, which may be no page; set "permalink" in the wirefeed config`,
			"src/pages",
		);
	return (
		route ?? {
			path: `/${collection}/:id`,
			isFolderPage: false,
			origin: `the blog starter's route /${collection}/<id>/`,
		}
	);
}

// `const [lang, ...slug] = page.id.split("/")`, for the folder parameter `lang`.
function localeSplitRe(name: string): RegExp {
	return new RegExp(
		`\\[\\s*${name}\\s*,\\s*\\.\\.\\.\\s*\\w+\\s*\\]\\s*=\\s*[\\w$.]*\\bid\\.split\\(\\s*["'\`]/["'\`]\\s*\\)`,
	);
}

function readRoute(
	root: string,
	route: { readonly folder: string; readonly written: string; readonly file: string },
	collector: SettingsCollector,
): Route {
	const { folder, file } = route;
	const origin = `src/pages/${route.written === "" ? "" : `${route.written}/`}${file}`;
	const source = readFileSync(join(root, origin), "utf8");
	collector.readText(origin, source);
	return {
		path: `${folder === "" ? "" : `/${folder}`}/:id`,
		isFolderPage: file.endsWith("/index.astro"),
		origin,
		isByEntryId: /\bslug\s*:\s*[\w$.]*\.id\b/.test(source),
		// AstroPaper: `params: { slug: getPath(post.id, post.filePath, false) }`.
		...(/\bgetPath\(\s*[\w$.]*\bid\s*,\s*[\w$.]*\bfilePath\b/.test(source) && { hasAstroPaperPaths: true }),
	};
}

/**
 * The files under `src/pages/` that render one entry each (see ROUTE_FILES), by folder from there ("" for
 * `src/pages/[...slug].astro`), in name order; folders named `_…`, which Astro makes no pages of, left out.
 */
function listRouteFiles(pages: string, folder: string): { readonly folder: string; readonly file: string }[] {
	const dir = folder === "" ? pages : join(pages, folder);
	const here = ROUTE_FILES.filter((name) => existsSync(join(dir, name))).slice(0, 1);
	const below = listFolders(dir)
		.filter((name) => !name.startsWith("_") && !ROUTE_FILES.some((file) => file.startsWith(`${name}/`)))
		.flatMap((name) =>
			folder.split("/").length > 3 ? [] : listRouteFiles(pages, folder === "" ? name : `${folder}/${name}`),
		);
	return [...here.map((file) => ({ folder, file })), ...below];
}

// A comparison with the clock: `Date.now() > new Date(data.pubDatetime)…` (AstroPaper), `data.pubDate <= new Date()`.
const DATE_FILTER_RE =
	/(?:Date\.now\(\)|new Date\(\))(?:\.getTime\(\))?\s*[<>]=?(?!=)|[<>]=?\s*(?:Date\.now\(\)|new Date\(\))/;
const HELPER_FOLDERS = ["src/utils", "src/lib"];

/**
 * The file of the site's feed, its post route or its helpers (`src/utils/`, `src/lib/`) that compares a date with the
 * clock, so that posts dated after the build are left out of the site, read as text.
 */
function findDateFilter(
	root: string,
	files: readonly (string | undefined)[],
	collector: SettingsCollector,
): string | undefined {
	const helpers = HELPER_FOLDERS.flatMap((folder) =>
		readVisibleNames(join(root, folder))
			.filter((name) => /\.(?:[cm]?[jt]s)$/.test(name))
			.sort()
			.map((name) => `${folder}/${name}`),
	);
	const read = siteFileReader(root, collector);
	return [...files, ...helpers].find(
		(file) => file?.startsWith("src/") === true && DATE_FILTER_RE.test(read(file) ?? ""),
	);
}

/** `base` as a path from the host: "" for the root, else a leading slash and none at the end (`/docs`). */
function basePath(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, "");
	return trimmed === "" ? "" : `/${trimmed}`;
}

/**
 * The link pattern of the page Astro writes for an entry (from `base`), and where that was read. Checked against Astro
 * 5.18's dist/ and the pages' `Astro.url`: `build.format: "file"` writes `blog/x.html`, and so does `"preserve"` for a
 * route file not named `index.astro`; otherwise `blog/x/index.html`, named `/blog/x` under `trailingSlash: "never"`,
 * `/blog/x/` under `"always"`, and under `"ignore"` (the default) as the site's feed names it.
 */
function servedPage(
	config: LiteralObject,
	route: Route,
	feed: FeedFacts,
): { readonly pattern: string; readonly origin: string } {
	const build = config.build;
	const format =
		(typeof build === "object" && build !== null && !Array.isArray(build)
			? text((build as LiteralObject).format)
			: undefined) ?? "directory";
	const trailingSlash = text(config.trailingSlash) ?? "ignore";
	if (format === "file" || (format === "preserve" && !route.isFolderPage))
		return { pattern: `${route.path}.html`, origin: `${route.origin}, build.format "${format}"` };
	if (trailingSlash === "never" || trailingSlash === "always")
		return {
			pattern: `${route.path}${trailingSlash === "always" ? "/" : ""}`,
			origin: `${route.origin}, trailingSlash "${trailingSlash}"`,
		};
	return feed.hasNoTrailingSlash
		? { pattern: route.path, origin: `${route.origin}, ${feed.file} trailingSlash: false` }
		: { pattern: `${route.path}/`, origin: route.origin };
}

interface Route {
	/** From the host's root without `base`, no slash at the end: `/blog/:id`. */
	readonly path: string;
	/** The route file is `[...slug]/index.astro`, which `build.format: "preserve"` writes as a folder. */
	readonly isFolderPage: boolean;
	readonly origin: string;
	readonly hasAstroPaperPaths?: boolean;
	/** `params: { slug: post.id }`, where Astro 4 routes wrote `post.slug`. */
	readonly isByEntryId?: boolean;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Reads a file of the site by its path from the root, recording it among the files the build depends on.
function siteFileReader(root: string, collector: SettingsCollector): (path: string) => string | undefined {
	return (path) => {
		const file = join(root, path);
		if (!existsSync(file) || !statSync(file).isFile()) return undefined;
		const source = readFileSync(file, "utf8");
		collector.readText(path, source);
		return source;
	};
}

function listFolders(dir: string): string[] {
	try {
		return readdirSync(dir)
			.filter((name) => !name.startsWith(".") && statSync(join(dir, name)).isDirectory())
			.sort();
	} catch {
		return [];
	}
}
