import { dirname, resolve } from "node:path";
import type { BuildOptions } from "./build.js";
import type { BuildResult } from "./build-result.js";
import { type CacheLayer, NO_CACHE, openCache } from "./cache/cache-layer.js";
import { type ConfigSource, configSourceFromObject, readConfigSource } from "./config/read-config-source.js";
import { createDiagnostic, type Diagnostic } from "./diagnostic.js";
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
	/** The config's text: a file's, or a config object's as JSON. */
	readonly source: ConfigSource;
	readonly cache: CacheLayer;
}

/**
 * Opens a build: resolves the paths and the clock, refuses an output folder that holds the articles, reads the config
 * text (not validated: a no-change rebuild replays the last result without loading the validator or any parser) and
 * opens the cache layer. Small on purpose: the CLI's no-change check (src/replay-cli.ts) runs only this.
 */
export async function openBuild(options: BuildOptions): Promise<OpenedBuild | FailedStart> {
	const cwd = options.cwd ?? process.cwd();
	const articlesDir = resolve(cwd, options.articlesDir ?? "articles");
	const outDir = resolve(cwd, options.outDir ?? "out");
	const now = options.now ?? new Date();
	const strict = options.strict === true;
	const write = options.write !== false;
	const outLabel = options.outDir ?? "out";
	const unsafeOut = checkOutputFolder(outDir, articlesDir, outLabel);
	if (unsafeOut !== undefined) {
		return failedEarly([createDiagnostic("error", "build/unsafe-out", unsafeOut, { file: outLabel })]);
	}
	// A config object is read as the text a JSON file would hold: validated the same way, and stamped the same way.
	const read =
		options.config !== undefined
			? configSourceFromObject(options.config)
			: await readConfigSource({ configFile: options.configFile, cwd });
	if (!read.ok) return failedEarly([read.diagnostic]);
	const source = read.source;
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
					...(write && { stampedConfig: source }),
				});
	return { ok: true, options, cwd, articlesDir, outDir, now, strict, write, source, cache };
}

/** The folder holding the config file (`--config`), else the working directory, whose package.json holds it. */
export function projectRoot(cwd: string, configFile: string | undefined): string {
	return configFile === undefined ? cwd : dirname(resolve(cwd, configFile));
}

/** The result of a build that failed before reading any article. */
export function failedEarly(diagnostics: readonly Diagnostic[]): FailedStart {
	return { ok: false, result: { status: "failed", files: [], items: [], diagnostics, articleCount: 0 } };
}
