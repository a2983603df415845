import { existsSync } from "node:fs";
import { join } from "node:path";

// The files and folders each generator's site has at its root (see detect-site.ts); a WordPress export's `_posts`.
const MARKERS = [
	"hugo.toml",
	"hugo.yaml",
	"hugo.yml",
	"hugo.json",
	"config.toml",
	"config.yaml",
	"config.yml",
	"config.json",
	"config/_default",
	"zola.toml",
	"_config.yml",
	"_config.yaml",
	"_config.toml",
	"astro.config.mjs",
	"astro.config.js",
	"astro.config.ts",
	"astro.config.mts",
	"astro.config.cjs",
	"eleventy.config.js",
	"eleventy.config.mjs",
	"eleventy.config.cjs",
	"eleventy.config.ts",
	".eleventy.js",
	"_posts",
];

/**
 * True when `dir` may be a static site's root: one existence check per marker file, nothing read. The CLI's no-change
 * check leaves such folders to the full CLI, which detects the site (and its config's parsers stay out of that bundle).
 */
export function mayHoldSite(dir: string): boolean {
	return MARKERS.some((name) => existsSync(join(dir, name)));
}
