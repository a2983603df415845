import type { BuildOptions } from "./build.js";

/** The flags of `wirefeed build` (and of `watch` and `serve`), as parsed from the command line. */
export interface BuildFlags {
	/** Absent: a detected site's posts folder, else `articles`. */
	readonly articles?: string | undefined;
	/** `--site DIR`: the folder of a site to read zero-config; false with `--no-site`. */
	readonly site?: string | false;
	readonly out: string;
	readonly config?: string;
	readonly now?: Date;
	readonly cache: boolean;
	readonly cacheDir?: string;
	readonly strict: boolean;
	readonly quiet: boolean;
	readonly json: boolean;
	readonly verbose: boolean;
	readonly explain?: string;
	/** False with --no-ping (and always for serve, a preview). */
	readonly ping?: boolean;
	readonly allowShrink?: boolean;
	/** Seconds to wait for another build writing the same output folder. */
	readonly lockTimeout?: number;
}

/**
 * The build options of the command line's flags: one function for the CLI and its no-change check (replay-cli.ts),
 * so both open the same build.
 */
export function toBuildOptions(flags: BuildFlags): BuildOptions {
	return {
		...(flags.articles !== undefined && { articlesDir: flags.articles }),
		...(flags.site !== undefined && { site: flags.site }),
		outDir: flags.out,
		...(flags.config !== undefined && { configFile: flags.config }),
		...(flags.now !== undefined && { now: flags.now }),
		strict: flags.strict,
		ping: flags.ping !== false,
		allowShrink: flags.allowShrink === true,
		...(!flags.cache ? { cacheDir: false } : flags.cacheDir !== undefined && { cacheDir: flags.cacheDir }),
		...(flags.lockTimeout !== undefined && { lockWaitMs: flags.lockTimeout * 1000 }),
		...(process.stderr.isTTY && !flags.quiet && !flags.json && { onProgress: showProgress }),
	};
}

// On a terminal, a long cold build shows how far it got; redirected output stays clean.
function showProgress(done: number, total: number): void {
	if (total >= 2000 && (done % 500 === 0 || done === total))
		process.stderr.write(`\rwirefeed: read ${done} of ${total} articles`);
}
