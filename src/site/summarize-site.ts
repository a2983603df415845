import { relative } from "node:path";
import type { DetectedSite } from "./detected-site.js";
import type { SiteGenerator } from "./site-rules.js";

/** What a build says about the site it detected: which generator, which files, what it took from them. */
export interface SiteSummary {
	readonly generator: SiteGenerator;
	/** The site's folder, relative to the working directory ("." for itself). */
	readonly root: string;
	/** The site's config and data files that were read, relative to its folder. */
	readonly files: readonly string[];
	/** The posts folder read, relative to the working directory. */
	readonly articles: string;
	/** Each setting taken from the site: its value and where it came from (a wirefeed config value wins over it). */
	readonly settings: Readonly<Record<string, { readonly value: unknown; readonly from: string }>>;
	/** Where the posts folder and the links' pattern came from. */
	readonly rules: Readonly<Record<string, string>>;
}

/** The summary of a detected site, for `--json` and the one-line report. */
export function summarizeSite(site: DetectedSite, cwd: string, articlesDir: string): SiteSummary {
	const settings: Record<string, { value: unknown; from: string }> = {};
	for (const [key, value] of Object.entries(site.settings)) settings[key] = { value, from: site.origins[key] ?? key };
	const rules: Record<string, string> = {};
	for (const key of ["articles", "permalink"]) {
		const origin = site.origins[key];
		if (origin !== undefined) rules[key] = origin;
	}
	return {
		generator: site.rules.generator,
		root: relative(cwd, site.root) || ".",
		files: site.files,
		articles: relative(cwd, articlesDir) || ".",
		settings,
		rules,
	};
}

const NAMES: Readonly<Record<SiteGenerator, string>> = {
	hugo: "Hugo",
	jekyll: "Jekyll",
	zola: "Zola",
	eleventy: "Eleventy",
	astro: "Astro",
	wordpress: "WordPress export",
};

/** One line: `Hugo site (hugo.toml): posts in content/posts; url from hugo.toml baseURL, title, language`. */
export function formatSiteSummary(summary: SiteSummary): string {
	const where = summary.files.length > 0 ? ` (${summary.files.slice(0, 2).join(", ")})` : "";
	const taken = Object.keys(summary.settings);
	const settings = taken.length > 0 ? `; from the site: ${taken.join(", ")}` : "; no settings found in the site";
	// A Jekyll site with category folders is read from its root: name its `_posts` folders instead.
	const isJekyllRoot = summary.generator === "jekyll" && summary.articles === summary.root;
	const posts = isJekyllRoot ? (summary.rules.articles ?? summary.articles) : summary.articles;
	return `${NAMES[summary.generator]} site${where}: posts in ${posts}${settings}`;
}
