import type { BuildFlags } from "./build-flags.js";
import { toBuildOptions } from "./build-flags.js";
import { type OpenedBuild, openBuild } from "./open-build.js";
import { parseNow } from "./parse-now.js";
import { parseSeconds } from "./parse-seconds.js";
import { printBuildResult } from "./report/print-build-result.js";
import { mayHoldSite } from "./site/may-hold-site.js";

/** What the no-change check did: printed the replayed build (exit code), or handed on the build it opened, if any. */
export type ReplayAttempt = { readonly exitCode: number } | { readonly opened?: OpenedBuild };

const VALUE_FLAGS: Readonly<Record<string, keyof BuildFlags>> = {
	"--articles": "articles",
	"--out": "out",
	"--config": "config",
	"--now": "now",
	"--cache-dir": "cacheDir",
	"--lock-timeout": "lockTimeout",
};
const BOOLEAN_FLAGS: Readonly<Record<string, keyof BuildFlags>> = {
	"--strict": "strict",
	"--quiet": "quiet",
	"--json": "json",
	"--verbose": "verbose",
	"--allow-shrink": "allowShrink",
	"--no-ping": "ping",
	"--no-site": "site",
};

/**
 * The CLI's no-change shortcut, bundled apart (dist/replay.cjs) so that a scheduled build with nothing to do loads
 * neither the command-line parser nor the pipeline: reads `wirefeed [build]` flags, opens the build and replays the
 * last one when nothing changed, printing exactly what the full CLI prints. Anything unusual on the command line
 * (another command, `--no-cache`, `--explain`, `--help`, a repeated or malformed flag), a build that cannot be opened,
 * or any error leaves the run to the full CLI, which reports it; a build opened but not replayable is handed on, so
 * its listing is not made twice.
 */
export async function replayBuild(argv: readonly string[]): Promise<ReplayAttempt> {
	const flags = readBuildFlags(argv.slice(2));
	// A static site is detected by the full CLI, which reads its config files (`--site` is not a flag read here).
	if (flags === undefined || (flags.articles === undefined && flags.site !== false && mayHoldSite(process.cwd())))
		return {};
	let opened: OpenedBuild | undefined;
	try {
		const start = await openBuild(toBuildOptions(flags));
		if (!start.ok) return {};
		opened = start;
		const result = await start.cache.replay();
		if (result === undefined) return { opened };
		if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
		return { exitCode: printBuildResult(result, flags) };
	} catch {
		return {};
	}
}

// The flags of a plain build, or undefined for anything the full CLI has to parse.
function readBuildFlags(args: readonly string[]): BuildFlags | undefined {
	const rest = args[0] === "build" ? args.slice(1) : args;
	const flags: Record<string, string | boolean | Date | number> = {};
	for (let index = 0; index < rest.length; index++) {
		const arg = rest[index] ?? "";
		const equals = arg.indexOf("=");
		const name = equals === -1 ? arg : arg.slice(0, equals);
		const valueKey = VALUE_FLAGS[name];
		const booleanKey = BOOLEAN_FLAGS[name];
		if (booleanKey !== undefined && equals === -1 && !(booleanKey in flags)) {
			// `--no-ping` sets `ping` to false, as commander reads a negated flag.
			flags[booleanKey] = !name.startsWith("--no-");
			continue;
		}
		if (valueKey === undefined || valueKey in flags) return undefined;
		const value = equals === -1 ? rest[++index] : arg.slice(equals + 1);
		if (value === undefined || value === "" || value.startsWith("-")) return undefined;
		if (valueKey === "now") {
			const now = parseNow(value);
			if (now === undefined) return undefined;
			flags.now = now;
		} else if (valueKey === "lockTimeout") {
			const seconds = parseSeconds(value);
			if (seconds === undefined) return undefined;
			flags.lockTimeout = seconds;
		} else flags[valueKey] = value;
	}
	return {
		...(typeof flags.articles === "string" && { articles: flags.articles }),
		out: typeof flags.out === "string" ? flags.out : "out",
		...(typeof flags.config === "string" && { config: flags.config }),
		...(flags.now instanceof Date && { now: flags.now }),
		cache: true,
		...(typeof flags.cacheDir === "string" && { cacheDir: flags.cacheDir }),
		strict: flags.strict === true,
		quiet: flags.quiet === true,
		json: flags.json === true,
		verbose: flags.verbose === true,
		...(flags.ping === false && { ping: false }),
		...(flags.site === false && { site: false }),
		...(flags.allowShrink === true && { allowShrink: true }),
		...(typeof flags.lockTimeout === "number" && { lockTimeout: flags.lockTimeout }),
	};
}
