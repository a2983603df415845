import { existsSync } from "node:fs";
import { join } from "node:path";
import { MARKDOWN_EXTENSION_RE_SOURCE } from "../load/markdown-extensions.js";
import { SettingsCollector } from "./collect-settings.js";
import type { DetectedSite } from "./detected-site.js";
import { compileIgnoreFile } from "./find-hugo-non-pages.js";
import { readHugoDateHandlers } from "./hugo-date-handlers.js";
import { HUGO_CONFIG_NAMES } from "./may-hold-site.js";
import { dig, lowerCaseKeys, text } from "./read-data-file.js";
import { isFolder, readVisibleNames } from "./read-folder.js";
import { readHugoConfigFolder } from "./read-hugo-config-folder.js";
import { readHugoSections } from "./read-hugo-sections.js";
import { readPerson, siteFrom } from "./site-from.js";
import { LIST_PAGE_RE } from "./site-rules.js";

/** The Hugo config file of a folder (`hugo.toml`, `config.toml`, … or `config/_default/`), if it has one. */
export function findHugoConfig(root: string): string | undefined {
	for (const dir of ["", "config/_default/"]) {
		for (const name of HUGO_CONFIG_NAMES) {
			// `config.toml` is a common name: it is Hugo's only beside a content folder.
			const isHugo = name.startsWith("hugo.") || existsSync(join(root, "content"));
			if (isHugo && existsSync(join(root, dir, name))) return `${dir}${name}`;
		}
	}
	return undefined;
}

/**
 * Reads a Hugo site: `baseURL`, `title`, `params.description`, the language code, `params.author` or `author`,
 * `copyright`, `timeZone`, `[permalinks]`, `[frontmatter]`, `buildFuture`, `buildExpired`, `buildDrafts`, `uglyURLs`
 * (or `[uglyURLs]` by section), `disablePathToLower`, `removePathAccents`, `defaultContentLanguageInSubdir`,
 * `params.mainSections` (or a top-level `mainSections`), `[params]` (for the `param` shortcode),
 * `markup.goldmark.renderer.unsafe`, `markup.goldmark.extensions.typographer`, `enableEmoji` and
 * `ignoreFiles`, with the default language's own values first (`[languages.xx]`, or a theme's
 * `config/_default/languages.xx.toml`), and `config/production/` over the rest. Keys are case-insensitive, as in Hugo.
 * https://gohugo.io/getting-started/configuration/
 */
export function readHugoSite(root: string, configFile: string, cwd: string): DetectedSite {
	const collector = new SettingsCollector(root, cwd);
	const read = collector.readData(configFile);
	const main = lowerCaseKeys(read.ok ? read.data : {}) as Record<string, unknown>;
	// Hugo lays its config folder over a root config file: config/_default/ (params.toml and friends hold the table
	// named after them), then config/production/, as `hugo` builds for production (a theme's published baseURL is often
	// there, and a local one in the defaults).
	const isInFolder = configFile.startsWith("config/_default/");
	const defaults = readHugoConfigFolder(collector, "_default", main, isInFolder ? configFile : undefined);
	const production = readHugoConfigFolder(collector, "production", defaults.config);
	const config = production.config;
	const origins = { ...defaults.origins, ...production.origins };
	const defaultLanguage = text(config.defaultcontentlanguage) ?? "en";
	const language = (dig(config, "languages", defaultLanguage.toLowerCase()) ?? {}) as Record<string, unknown>;
	const pick = (...path: readonly string[]) => dig(language, ...path) ?? dig(config, ...path);
	const at = (key: string) => `${origins[key.split(".")[0]?.toLowerCase() ?? ""] ?? configFile} ${key}`;

	const baseUrl = text(config.baseurl);
	if (baseUrl !== undefined && /^https?:\/\//i.test(baseUrl)) collector.set("url", baseUrl, at("baseURL"));
	else
		collector.note(
			"warning",
			"site/missing-url",
			`${configFile} has no absolute baseURL; set "baseURL" there or "url" in the wirefeed config`,
			configFile,
		);
	collector.set("title", text(pick("title")), at("title"));
	collector.set(
		"description",
		text(pick("params", "description")) ?? text(pick("description")),
		at("params.description"),
	);
	const languageCode = text(pick("languagecode")) ?? text(pick("locale")) ?? text(config.defaultcontentlanguage);
	collector.set("language", languageCode, at("languageCode"));
	collector.set("author", readPerson(pick("params", "author")) ?? readPerson(pick("author")), at("params.author"));
	collector.set("rights", text(pick("copyright")), at("copyright"));
	collector.set("timezone", text(config.timezone), at("timeZone"));

	const contentDir = text(pick("contentdir")) ?? "content";
	const contentRoot = join(root, contentDir);
	// Hugo 0.112 and later read a top-level `mainSections`; `params.mainSections`, the only one before, wins over it.
	const fromParams = pick("params", "mainsections");
	const declared = fromParams ?? pick("mainsections");
	const sections = Array.isArray(declared)
		? declared.filter((value): value is string => typeof value === "string" && value !== "")
		: typeof declared === "string"
			? [declared]
			: largestSection(contentRoot);
	const permalinks: Record<string, string> = {};
	for (const [section, pattern] of Object.entries((pick("permalinks") ?? {}) as Record<string, unknown>)) {
		// Hugo 0.116+: `[permalinks.page]` holds the patterns of regular pages.
		if (typeof pattern === "string") permalinks[section] = pattern;
		else if (section === "page" && typeof pattern === "object" && pattern !== null)
			for (const [name, inner] of Object.entries(pattern)) if (typeof inner === "string") permalinks[name] = inner;
	}
	// Translations by file name (`post.fr.md`) belong to the other languages' feeds.
	const otherLanguages = Object.keys((config.languages ?? {}) as object).filter(
		(code) => code !== defaultLanguage.toLowerCase(),
	);
	const ignore = otherLanguages.map((code) => `**/*.${code}.{md,mdown,markdown,html,htm}`);
	const ignoreFiles = Array.isArray(config.ignorefiles)
		? config.ignorefiles.filter((pattern): pattern is string => typeof pattern === "string" && pattern !== "")
		: [];
	for (const pattern of ignoreFiles.filter((candidate) => compileIgnoreFile(candidate) === undefined))
		collector.note(
			"warning",
			"site/unread-pattern",
			`${configFile} ignoreFiles "${pattern}" is no regular expression wirefeed can read, so the files it names are published; write it as a JavaScript-compatible expression (no (?P<name>), no Go-only escapes)`,
			configFile,
		);
	// Text and MDX are no content formats of Hugo's: a bundle's `notes.txt` or a `LICENSE.txt` is no page.
	ignore.push("**/*.txt", "**/*.mdx");
	const dateHandlers = readHugoDateHandlers(config.frontmatter);
	const params = readParams(dig(config, "params"), dig(language, "params"));
	// `[uglyURLs]` may name sections (`notes = true`) instead of holding one value for the site.
	const uglySections =
		typeof config.uglyurls === "object" && config.uglyurls !== null
			? Object.entries(config.uglyurls)
					.filter(([, value]) => value === true)
					.map(([section]) => section)
			: [];
	// Hugo puts the default language in a folder of its own only when there is another language.
	const inSubdir = config.defaultcontentlanguageinsubdir === true && otherLanguages.length > 0;
	const sectionRules = readHugoSections(
		collector,
		contentDir,
		defaultLanguage.toLowerCase(),
		config.builddrafts === true,
	);
	const single = sections.length === 1 ? sections[0] : undefined;
	const articlesDir =
		single !== undefined && isFolder(join(contentRoot, single)) ? join(contentRoot, single) : contentRoot;
	if (articlesDir === contentRoot && sections.length > 0) {
		// Several main sections: read the content folder, leaving out what is in none of them.
		for (const entry of readVisibleNames(contentRoot)) if (!sections.includes(entry)) ignore.push(entry, `${entry}/**`);
	}
	return siteFrom(collector, {
		generator: "hugo",
		articlesDir,
		contentRoot,
		permalinks,
		ignore,
		extra: {
			...(config.uglyurls === true && { uglyUrls: true }),
			...(uglySections.length > 0 && { uglySections }),
			...(config.buildfuture === true && { isFutureBuilt: true }),
			...(config.buildexpired === true && { isExpiredBuilt: true }),
			...(config.builddrafts === true && { isDraftBuilt: true }),
			contentLanguage: defaultLanguage.toLowerCase(),
			...(inSubdir && { languagePath: defaultLanguage.toLowerCase() }),
			...(dateHandlers !== undefined && { dateHandlers }),
			...(config.disablepathtolower === true && { keepPathCase: true }),
			...(config.removepathaccents === true && { hasAccentFreePaths: true }),
			...(dig(config, "markup", "goldmark", "renderer", "unsafe") !== true && { isRawHtmlOmitted: true }),
			...(config.enableemoji === true && { isEmojiEnabled: true }),
			...(isTypographerOn(dig(config, "markup", "goldmark", "extensions", "typographer")) && { isTypeset: true }),
			...(params !== undefined && { params }),
			...(ignoreFiles.length > 0 && { ignoreFiles }),
			...(Object.keys(sectionRules.cascades).length > 0 && { cascades: sectionRules.cascades }),
			...(sectionRules.draftSections.length > 0 && { draftSections: sectionRules.draftSections }),
			...(Object.values(permalinks).some((pattern) => pattern.includes(":sections")) && {
				nestedSections: findNestedSections(contentRoot),
			}),
		},
		origins: {
			articles:
				sections.length === 0
					? "the largest section"
					: at(fromParams === undefined ? "mainSections" : "params.mainSections"),
		},
	});
}

// The site's `[params]` with the default language's over them, as Hugo merges them; undefined when there are none.
function readParams(site: unknown, language: unknown): Record<string, unknown> | undefined {
	const tables = [site, language].filter(
		(table): table is Record<string, unknown> => typeof table === "object" && table !== null && !Array.isArray(table),
	);
	return tables.length === 0 ? undefined : Object.assign({}, ...tables);
}

// Hugo's default mainSections: the section with the most pages.
function largestSection(contentRoot: string): string[] {
	let best: string | undefined;
	let bestCount = 0;
	for (const name of readVisibleNames(contentRoot)) {
		const path = join(contentRoot, name);
		if (!isFolder(path)) continue;
		const count = countPages(path, 0);
		if (count > bestCount) {
			best = name;
			bestCount = count;
		}
	}
	return best === undefined ? [] : [best];
}

// Folders below the top level that hold an `_index` file, from the content folder, `/`-separated.
function findNestedSections(contentRoot: string): string[] {
	const found: string[] = [];
	const walk = (relDir: string, depth: number): void => {
		if (depth > 6 || found.length > 1000) return;
		for (const name of readVisibleNames(join(contentRoot, relDir))) {
			const path = relDir === "" ? name : `${relDir}/${name}`;
			if (!isFolder(join(contentRoot, path))) continue;
			if (depth > 0 && readVisibleNames(join(contentRoot, path)).some((file) => LIST_PAGE_RE.test(file)))
				found.push(path);
			walk(path, depth + 1);
		}
	};
	walk("", 0);
	return found.sort();
}

const PAGE_FILE_RE = new RegExp(`\\.(?:${MARKDOWN_EXTENSION_RE_SOURCE}|html)$`, "i");

function countPages(dir: string, depth: number): number {
	if (depth > 4) return 0;
	let count = 0;
	for (const name of readVisibleNames(dir)) {
		const path = join(dir, name);
		if (isFolder(path)) count += countPages(path, depth + 1);
		else if (PAGE_FILE_RE.test(name) && !name.startsWith("_index")) count++;
	}
	return count;
}

// goldmark's typographer is on unless turned off: `typographer = false` (Hugo 0.111), or `disable = true` in its table
// (later versions). https://gohugo.io/getting-started/configuration-markup/#goldmark
function isTypographerOn(value: unknown): boolean {
	if (value === false) return false;
	return !(typeof value === "object" && value !== null && "disable" in value && value.disable === true);
}
