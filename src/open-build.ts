import { dirname, relative, resolve } from "node:path";
import type { BuildOptions } from "./build.js";
import type { BuildResult } from "./build-result.js";
import { type CacheLayer, NO_CACHE, openCache } from "./cache/cache-layer.js";
import { type ConfigSource, configSourceFromObject, readConfigSource } from "./config/read-config-source.js";
import { createDiagnostic, type Diagnostic } from "./diagnostic.js";
import { checkArticlesFolder } from "./load/check-articles-folder.js";
import { escapeControls } from "./report/escape-controls.js";
import type { DetectedSite } from "./site/detected-site.js";
import { mayHoldSite } from "./site/may-hold-site.js";
import { sitesBelow } from "./site/missing-site.js";
import { checkOutputFolder } from "./write/check-output-folder.js";

/** Default cache folder, relative to the project root (see `projectRoot`). */
export const DEFAULT_CACHE_DIR = "node_modules/.cache/wirefeed";

/** A build that failed before any article was read (the config cannot be read or is invalid). */
export interface FailedStart {
	readonly ok: false;
	readonly result: BuildResult;
}

/** A build with its paths, clock and config text, and the cache layer; nothing validated or parsed yet. */
export interface OpenedBuild {
	readonly ok: true;
	readonly options: BuildOptions;
	readonly cwd: string;
	readonly articlesDir: string;
	readonly outDir: string;
	readonly now: Date;
	readonly strict: boolean;
	/** False renders in memory only. */
	readonly write: boolean;
	/** The articles folder as the user named it (or the detected site's posts folder), for messages. */
	readonly articlesLabel: string;
	/** The config's text: a file's, or a config object's as JSON; none on a detected site without a wirefeed config. */
	readonly source: ConfigSource | undefined;
	/** The static site read, when one was detected (`startBuild` detects it; the no-change check never opens one). */
	readonly site?: DetectedSite;
	readonly cache: CacheLayer;
}

/**
 * Opens a build: resolves the paths and the clock, refuses an output folder that holds the articles, reads the config
 * text (not validated: a no-change rebuild replays the last result without loading the validator or any parser) and
 * opens the cache layer. Small on purpose: the CLI's no-change check (src/replay-cli.ts) runs only this.
 */
export async function openBuild(options: BuildOptions, site?: DetectedSite): Promise<OpenedBuild | FailedStart> {
	const cwd = options.cwd ?? process.cwd();
	// On a detected site, its posts folder is the articles folder unless one is named.
	const articlesDir =
		options.articlesDir !== undefined || site === undefined
			? resolve(cwd, options.articlesDir ?? "articles")
			: site.articlesDir;
	const articlesLabel =
		options.articlesDir ?? (site === undefined ? "articles" : relative(cwd, site.articlesDir) || ".");
	const outDir = resolve(cwd, options.outDir ?? "out");
	const now = options.now ?? new Date();
	const strict = options.strict === true;
	const write = options.write !== false;
	const outLabel = options.outDir ?? "out";
	const unsafeOut = checkOutputFolder(outDir, articlesDir, outLabel);
	if (unsafeOut !== undefined) {
		return failedEarly([createDiagnostic("error", "build/unsafe-out", unsafeOut, { file: outLabel })]);
	}
	const noArticles = checkArticlesFolder(articlesDir, articlesLabel);
	if (noArticles !== undefined) {
		// Run in a theme's or a monorepo's root, the site is one folder down: say which, so the next command is right.
		const [below] = options.articlesDir === undefined && site === undefined ? sitesBelow(cwd) : [];
		const hint =
			below === undefined
				? ""
				: escapeControls(`; ${below}/ looks like a site's root: run wirefeed there, or pass --site ${below}`);
		return failedEarly([createDiagnostic("error", "io/not-found", noArticles + hint, { file: articlesLabel })]);
	}
	// A config object is read as the text a JSON file would hold: validated the same way, and stamped the same way.
	const read =
		options.config !== undefined
			? configSourceFromObject(withoutSiteRules(options.config))
			: await readConfigSource({ configFile: options.configFile, cwd });
	// A detected site needs no wirefeed config: its own config says where it lives.
	if (!read.ok && (site === undefined || options.configFile !== undefined)) {
		// `--articles` naming a site's root from outside it: the site is not detected there, --site reads it.
		const isSiteRoot =
			site === undefined &&
			options.articlesDir !== undefined &&
			options.configFile === undefined &&
			mayHoldSite(articlesDir);
		const hint = isSiteRoot
			? escapeControls(
					`; ${articlesLabel} looks like a site's root: pass --site ${articlesLabel} to build it by its own rules`,
				)
			: "";
		return failedEarly([{ ...read.diagnostic, message: read.diagnostic.message + hint }]);
	}
	const source = read.ok ? read.source : undefined;
	// The site's config files decide the build as much as wirefeed's: a change to either is a change.
	const stamped: ConfigSource | undefined =
		site === undefined
			? source
			: {
					file: source?.file ?? site.files[0] ?? ".",
					format: "json",
					text: JSON.stringify([source?.text ?? null, site.root, articlesDir, site.files, site.fileTexts]),
				};
	const cache =
		options.cacheDir === false
			? NO_CACHE
			: openCache({
					// The default lives with the project (the folder holding the config file), not wherever cron started.
					cacheDir:
						options.cacheDir === undefined
							? resolve(projectRoot(cwd, options.configFile), DEFAULT_CACHE_DIR)
							: resolve(cwd, options.cacheDir),
					articlesDir,
					outDir,
					cwd,
					now,
					strict,
					...(stamped !== undefined && write && { stampedConfig: stamped }),
				});
	return {
		ok: true,
		options,
		cwd,
		articlesDir,
		articlesLabel,
		outDir,
		now,
		strict,
		write,
		source,
		...(site !== undefined && { site }),
		cache,
	};
}

// A resolved config given back to build(): the generator's rules are found again, not taken as a config key.
function withoutSiteRules(config: object): object {
	if (!("site" in config)) return config;
	const { site: _rules, ...rest } = config as Record<string, unknown>;
	return rest;
}

/** The folder holding the config file (`--config`), else the working directory, whose package.json holds it. */
export function projectRoot(cwd: string, configFile: string | undefined): string {
	return configFile === undefined ? cwd : dirname(resolve(cwd, configFile));
}

/** The result of a build that failed before reading any article. */
export function failedEarly(diagnostics: readonly Diagnostic[]): FailedStart {
	return { ok: false, result: { status: "failed", files: [], items: [], diagnostics, articleCount: 0 } };
}
