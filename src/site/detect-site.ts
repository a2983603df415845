import { resolve } from "node:path";
import type { DetectedSite } from "./detected-site.js";
import { findAstroConfig, readAstroSite } from "./read-astro-site.js";
import { findEleventyConfig, readEleventySite } from "./read-eleventy-site.js";
import { findHugoConfig, readHugoSite } from "./read-hugo-site.js";
import { findJekyllConfig, readJekyllSite } from "./read-jekyll-site.js";
import { findWordPressExport, readWordPressExport } from "./read-wordpress-export.js";
import { findZolaConfig, readZolaSite } from "./read-zola-site.js";

/**
 * Recognises the static site in `dir` by its config file — Zola (`config.toml` with `base_url`), Hugo (`hugo.*`,
 * `config.*`), Jekyll (`_config.yml`), Astro (`astro.config.*` with `src/content/`), Eleventy (`eleventy.config.*`) —
 * or a WordPress export folder, and reads what it can of the site's config as data. Undefined when none is there.
 */
export function detectSite(dir: string, cwd: string): DetectedSite | undefined {
	const root = resolve(cwd, dir);
	const zola = findZolaConfig(root);
	if (zola !== undefined) return readZolaSite(root, zola, cwd);
	const hugo = findHugoConfig(root);
	if (hugo !== undefined) return readHugoSite(root, hugo, cwd);
	const jekyll = findJekyllConfig(root);
	if (jekyll !== undefined) return readJekyllSite(root, jekyll, cwd);
	const astro = findAstroConfig(root);
	if (astro !== undefined) return readAstroSite(root, astro, cwd);
	const eleventy = findEleventyConfig(root);
	if (eleventy !== undefined) return readEleventySite(root, eleventy, cwd);
	const wordpress = findWordPressExport(root);
	if (wordpress !== undefined) return readWordPressExport(root, wordpress, cwd);
	return undefined;
}
