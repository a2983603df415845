import { existsSync } from "node:fs";
import { join } from "node:path";

// The config files each generator reads at a site's root, in the generator's order (see detect-site.ts). They live
// here, in the one module the CLI's no-change check loads, so that the site readers and the check share one list.

/** Hugo's, at the root or in `config/_default/`. */
export const HUGO_CONFIG_NAMES = [
	"hugo.toml",
	"hugo.yaml",
	"hugo.yml",
	"hugo.json",
	"config.toml",
	"config.yaml",
	"config.yml",
	"config.json",
] as const;
export const JEKYLL_CONFIG_NAMES = ["_config.yml", "_config.yaml", "_config.toml"] as const;
export const ASTRO_CONFIG_NAMES = [
	"astro.config.mjs",
	"astro.config.js",
	"astro.config.ts",
	"astro.config.mts",
	"astro.config.cjs",
] as const;
export const ELEVENTY_CONFIG_NAMES = [
	"eleventy.config.js",
	"eleventy.config.mjs",
	"eleventy.config.cjs",
	"eleventy.config.ts",
	".eleventy.js",
] as const;

// Zola's `zola.toml`, Hugo's config folder and a WordPress export's `_posts` mark a site too.
const MARKERS = [
	...HUGO_CONFIG_NAMES,
	"config/_default",
	"zola.toml",
	...JEKYLL_CONFIG_NAMES,
	...ASTRO_CONFIG_NAMES,
	...ELEVENTY_CONFIG_NAMES,
	"_posts",
];

/**
 * True when `dir` may be a static site's root: one existence check per marker file, nothing read. The CLI's no-change
 * check leaves such folders to the full CLI, which detects the site (and its config's parsers stay out of that bundle).
 */
export function mayHoldSite(dir: string): boolean {
	return MARKERS.some((name) => existsSync(join(dir, name)));
}
