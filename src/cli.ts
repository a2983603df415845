import { relative, resolve, sep } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { type BuildResult, build, buildFrom, DEFAULT_CACHE_DIR } from "./build.js";
import { type BuildFlags, toBuildOptions } from "./build-flags.js";
import { CONFIG_FILES } from "./config/read-config-source.js";
import type { SiteConfig } from "./config/resolve-config.js";
import { createDiagnostic, type Diagnostic } from "./diagnostic.js";
import { EXIT } from "./exit-code.js";
import type { OpenedBuild } from "./open-build.js";
import { parseNow } from "./parse-now.js";
import { parseSeconds } from "./parse-seconds.js";
import { escapeControls } from "./report/escape-controls.js";
import { formatDiagnostic } from "./report/format-diagnostic.js";
import { printLine as print, printBuildResult as report } from "./report/print-build-result.js";
import { startFrom } from "./start-build.js";

const CONFIG_HELP =
	'config file: JSON, YAML (.yaml/.yml) or TOML (.toml) (default: wirefeed.config.* or the "wirefeed" key of package.json)';

function parseNowOption(value: string): Date {
	const date = parseNow(value);
	if (date === undefined) throw new InvalidArgumentError('expected an ISO date such as "2026-01-01T00:00:00Z"');
	return date;
}

/**
 * The config a build with these flags would use (a detected site's settings under the wirefeed config) and its articles
 * folder, without reading any article; undefined after printing why there is none.
 */
async function resolveBuildConfig(flags: {
	readonly config?: string | undefined;
	readonly site?: string | false | undefined;
	readonly articles?: string | undefined;
}): Promise<{ readonly config: SiteConfig; readonly articlesDir: string } | undefined> {
	const { startBuild } = await import("./start-build.js");
	const started = await startBuild({
		...(flags.config !== undefined && { configFile: flags.config }),
		...(flags.site !== undefined && { site: flags.site }),
		...(flags.articles !== undefined && { articlesDir: flags.articles }),
		write: false,
		cacheDir: false,
	});
	const run = started.ok ? await started.configure() : started;
	if (run.ok) return { config: run.config, articlesDir: started.ok ? started.articlesDir : "articles" };
	for (const d of run.result.diagnostics) print(process.stderr, formatDiagnostic(d));
	return undefined;
}

async function runExplain(file: string, flags: BuildFlags): Promise<number> {
	const resolved = await resolveBuildConfig(flags);
	if (resolved === undefined) return EXIT.failed;
	const { explainArticle } = await import("./explain/explain-article.js");
	const { formatExplanation } = await import("./report/format-explanation.js");
	const explanation = explainArticle(file, {
		config: resolved.config,
		cwd: process.cwd(),
		articlesDir: resolved.articlesDir,
		strict: flags.strict,
		...(flags.now !== undefined && { now: flags.now }),
	});
	if (flags.json) print(process.stdout, JSON.stringify(explanation, null, 2));
	else {
		for (const d of explanation.diagnostics) print(process.stderr, formatDiagnostic(d));
		print(process.stdout, formatExplanation(explanation));
	}
	return explanation.diagnostics.some((d) => d.severity === "error") ? EXIT.rejected : EXIT.ok;
}

async function runBuild(flags: BuildFlags): Promise<number> {
	if (flags.explain !== undefined) return runExplain(flags.explain, flags);
	return (await buildAndReport(flags)).code;
}

/** One build with its report printed; also says when the clock alone will change its result. */
async function buildAndReport(
	flags: BuildFlags,
): Promise<{ readonly code: number; readonly nextScheduled?: Date; readonly files: BuildResult["files"] }> {
	// The build the no-change check (replay-cli.ts) opened for these same flags, when there was one: its listing is
	// not made twice.
	const opened = handedOn;
	handedOn = undefined;
	const result = opened !== undefined ? await buildFrom(startFrom(opened)) : await build(toBuildOptions(flags));
	if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
	const code = report(result, flags);
	return {
		code,
		files: result.files,
		...(result.nextScheduled !== undefined && { nextScheduled: result.nextScheduled }),
	};
}

let handedOn: OpenedBuild | undefined;

function describeFailure(
	error: unknown,
	given: { readonly out: string; readonly articles?: string | undefined },
): Diagnostic {
	const flags = { out: given.out, articles: given.articles ?? "articles" };
	const code = error instanceof Error && "code" in error ? String(error.code) : undefined;
	const message = error instanceof Error ? error.message : String(error);
	if (error instanceof Error && error.name === "OutputLockedError") {
		return createDiagnostic("error", "io/locked", message, { file: flags.out });
	}
	// Node's file system errors name the path they failed on: point at --articles or --out, whichever holds it.
	const failedPath =
		error instanceof Error && "path" in error && typeof error.path === "string" ? resolve(error.path) : undefined;
	const isUnder = (dir: string) =>
		failedPath !== undefined && (failedPath === resolve(dir) || failedPath.startsWith(`${resolve(dir)}/`));
	const inOutput = isUnder(flags.out) || (failedPath !== undefined && resolve(flags.out).startsWith(`${failedPath}/`));
	const file = inOutput ? flags.out : isUnder(flags.articles) ? flags.articles : (failedPath ?? flags.out);
	if ((code === "ENOENT" || code === "ENOTDIR") && !inOutput) {
		return createDiagnostic("error", "io/not-found", `${message}; check --articles`, { file });
	}
	return createDiagnostic(
		"error",
		"io/failed",
		`${message}${code === undefined ? "" : ` (${code})`}; previous feeds were left as they were`,
		{ file },
	);
}

interface LicensesFlags {
	readonly articles?: string;
	readonly site?: string | false;
	readonly config?: string;
	readonly now?: Date;
	readonly json: boolean;
}

/** Audits rights without writing: each published item's notice, licence and where each came from. */
async function runLicenses(flags: LicensesFlags): Promise<number> {
	const result = await build({
		...(flags.articles !== undefined && { articlesDir: flags.articles }),
		...(flags.site !== undefined && { site: flags.site }),
		...(flags.config !== undefined && { configFile: flags.config }),
		...(flags.now !== undefined && { now: flags.now }),
		// An audit writes nothing, not even a cache.
		write: false,
		cacheDir: false,
	});
	if (result.status === "failed") return report(result, { quiet: false, json: flags.json, verbose: false });
	const rows = result.items.map((item) => ({
		file: item.file,
		title: item.title,
		rights: item.rights?.text ?? null,
		rightsFrom: item.rights?.origins.text ?? null,
		license: item.rights?.license?.url ?? null,
		licenseFrom: item.rights?.origins.license ?? null,
		content: item.fullText === undefined ? "full" : item.fullText.isFull ? "full" : "summary",
		contentRule: item.fullText?.rule ?? null,
		contentReason: item.fullText?.reason ?? null,
	}));
	if (flags.json) {
		print(process.stdout, JSON.stringify({ items: rows }, null, 2));
	} else {
		for (const row of rows) {
			// File names and rights text come from the articles: print them, never let them drive the terminal.
			print(process.stdout, escapeControls(row.file));
			print(
				process.stdout,
				`  rights   ${row.rights === null ? "(none)" : escapeControls(row.rights)}${row.rightsFrom === null ? "" : `  [${row.rightsFrom}]`}`,
			);
			print(
				process.stdout,
				`  license  ${row.license ?? "(none)"}${row.licenseFrom === null ? "" : `  [${row.licenseFrom}]`}`,
			);
			print(
				process.stdout,
				`  content  ${row.content}${row.contentReason === null ? "" : `: ${row.contentReason}  [${row.contentRule}]`}`,
			);
		}
		const missing = rows.filter((row) => row.rights === null).length;
		const shortened = rows.filter((row) => row.content === "summary").length;
		print(
			process.stderr,
			`${rows.length} items audited; ${missing} without any rights notice; ${shortened} shortened to their summary`,
		);
	}
	return rows.some((row) => row.rights === null) ? EXIT.rejected : EXIT.ok;
}

/** Builds now and again on every change and when a scheduled article is due; resolves to a function that stops. */
async function watchAndRebuild(
	flags: BuildFlags,
	onBuilt?: (files: BuildResult["files"]) => void,
): Promise<() => Promise<void>> {
	const { watchBuild } = await import("./watch/watch-build.js");
	// A site's posts folder and config files, found as the build finds them.
	const { detectSite } = await import("./site/detect-site.js");
	const site = flags.site === false ? undefined : detectSite(flags.site ?? ".", process.cwd());
	const articles = flags.articles ?? site?.articlesDir ?? "articles";
	const siteFiles = site === undefined ? [] : site.files.map((file) => resolve(site.root, file));
	return watchBuild({
		paths: [
			articles,
			...(flags.config === undefined ? ["package.json", ...CONFIG_FILES] : [flags.config]),
			...siteFiles,
		],
		ignored: [flags.out],
		rebuild: async () => {
			const { code, nextScheduled, files } = await buildAndReport(flags);
			onBuilt?.(files);
			const next = nextScheduled === undefined ? "" : `; builds again at ${nextScheduled.toISOString()}`;
			print(process.stderr, `wirefeed: watching ${articles} (exit code of this build: ${code}${next})`);
			return nextScheduled;
		},
		onError: (error) => print(process.stderr, formatDiagnostic(describeFailure(error, flags))),
	});
}

function untilStopped(): Promise<void> {
	return new Promise<void>((done) => {
		for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => done());
	});
}

function parseSecondsOption(value: string): number {
	const seconds = parseSeconds(value);
	if (seconds === undefined) throw new InvalidArgumentError("expected a number of seconds");
	return seconds;
}

function parsePort(value: string): number {
	const port = Number(value);
	if (!/^\d+$/.test(value) || port > 65_535) throw new InvalidArgumentError("expected a port number from 0 to 65535");
	return port;
}

/** Prints the autodiscovery tags of the site's feeds, for the `<head>` of its pages; reads only the config. */
async function runHead(flags: { readonly config?: string; readonly site?: string | false }): Promise<number> {
	const resolved = await resolveBuildConfig(flags);
	if (resolved === undefined) return EXIT.failed;
	const { siteFeed } = await import("./serialize/render-documents.js");
	const { renderHeadLinks } = await import("./pages/render-head-links.js");
	for (const line of renderHeadLinks(siteFeed(resolved.config))) print(process.stdout, line);
	return EXIT.ok;
}

/** The options every command that builds takes: where to read, where to write, the cache and the output lock. */
function withBuildOptions(command: Command): Command {
	return command
		.option("--articles <dir>", "folder of article files (default: a detected site's posts, else articles)")
		.option("--site <dir>", "read the Hugo, Jekyll, Zola, Astro or Eleventy site (or WordPress export) in this folder")
		.option("--no-site", "do not detect a site: read the articles folder by wirefeed's own rules")
		.option("--out <dir>", "folder the feeds are written to", "out")
		.option("--config <file>", CONFIG_HELP)
		.option("--cache-dir <dir>", `folder of the build cache (default: ${DEFAULT_CACHE_DIR} beside the config file)`)
		.option("--allow-shrink", "write even if the articles folder is empty or lost more than half its files", false)
		.addOption(
			new Option(
				"--lock-timeout <seconds>",
				"wait this long for another build writing the same folder (default: 10)",
			).argParser(parseSecondsOption),
		);
}

/** Builds the command-line program; `wirefeed build` is the default command. */
export function createProgram(): Command {
	const program = new Command("wirefeed")
		.description("Build RSS 2.0, Atom 1.0 and JSON Feed 1.1 files, with licensing notices, from article files.")
		.version(packageJson.version)
		.showSuggestionAfterError()
		.configureOutput({ outputError: (text, write) => write(text) })
		.exitOverride();

	withBuildOptions(
		program
			.command("build", { isDefault: true })
			.description("read the articles and write rss.xml, atom.xml and feed.json"),
	)
		.addOption(
			new Option("--now <iso-date>", "judge drafts and scheduled articles against this time").argParser(parseNowOption),
		)
		.option("--no-cache", "build from scratch, without reading or writing the cache")
		.option("--no-ping", "do not tell the configured WebSub hubs that a feed changed")
		.option("--strict", "write nothing if any article has an error (exit 2)", false)
		.option("--quiet", "print errors only; nothing on success", false)
		.option("--json", "print a machine-readable report on stdout", false)
		.option("--verbose", "also print info diagnostics (drafts, scheduled, ignored files) and the known warnings", false)
		.option("--explain <article>", "print which cleaning rules changed one article's body, with a diff; writes nothing")
		.action(async (flags: BuildFlags) => {
			try {
				process.exitCode = await runBuild(flags);
			} catch (error) {
				const diagnostic = describeFailure(error, flags);
				if (flags.json) {
					print(
						process.stdout,
						JSON.stringify({ status: "failed", exitCode: EXIT.failed, diagnostics: [diagnostic] }, null, 2),
					);
				} else {
					print(process.stderr, formatDiagnostic(diagnostic));
					print(process.stderr, "✖ nothing written");
				}
				process.exitCode = EXIT.failed;
			}
		});
	withBuildOptions(
		program
			.command("watch")
			.description("build, then rebuild whenever an article or the config changes and when a scheduled article is due"),
	)
		.option("--verbose", "also print info diagnostics and the known warnings", false)
		.option("--no-ping", "do not tell the configured WebSub hubs that a feed changed")
		.action(async (flags: Omit<BuildFlags, "now" | "cache" | "strict" | "quiet" | "json">) => {
			const stop = await watchAndRebuild({ ...flags, cache: true, strict: false, quiet: false, json: false });
			await untilStopped();
			await stop();
			process.exitCode = EXIT.ok;
		});

	withBuildOptions(
		program
			.command("serve")
			.description("preview: build, watch, and serve the output folder over HTTP (Ctrl-C to stop)"),
	)
		.option("--no-cache", "build from scratch each time, without reading or writing the cache")
		.option("--strict", "write nothing if any article has an error", false)
		.option("--quiet", "print errors only", false)
		.option("--json", "print each build's machine-readable report on stdout", false)
		.option("--verbose", "also print info diagnostics and the known warnings", false)
		.addOption(new Option("--port <n>", "port to listen on (0: any free port)").default(8080).argParser(parsePort))
		.option(
			"--host <address>",
			"address to listen on; 0.0.0.0 makes the preview reachable from other machines",
			"127.0.0.1",
		)
		.action(async (flags: BuildFlags & { readonly port: number; readonly host: string }) => {
			const { startPreview } = await import("./serve/start-preview.js");
			let preview: Awaited<ReturnType<typeof startPreview>>;
			try {
				preview = await startPreview(flags.out, { port: flags.port, host: flags.host });
			} catch (error) {
				const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
				print(
					process.stderr,
					formatDiagnostic(
						createDiagnostic(
							"error",
							"serve/cannot-listen",
							`cannot listen on ${flags.host}:${flags.port} (${reason}); pass another --port`,
							{
								file: flags.out,
							},
						),
					),
				);
				process.exitCode = EXIT.failed;
				return;
			}
			print(process.stderr, `wirefeed: serving ${flags.out} at ${preview.url}`);
			let isFirst = true;
			// A preview: the hubs in the config serve the real site, which this build does not change.
			const stop = await watchAndRebuild({ ...flags, ping: false }, (files) => {
				if (!isFirst) return;
				isFirst = false;
				const paths = files.map((file) => relative(resolve(flags.out), file.path).split(sep).join("/"));
				// The feeds by URL; documents in folders (archive pages can be hundreds) by count: the index at / lists them.
				const pages = paths.filter((path) => path.includes("/")).length;
				for (const path of paths.filter((p) => !p.includes("/")))
					print(process.stderr, `  ${new URL(path, preview.url).href}`);
				if (pages > 0) print(process.stderr, `  and ${pages} more in folders, listed at ${preview.url}`);
			});
			await untilStopped();
			await stop();
			await preview.close();
			process.exitCode = EXIT.ok;
		});

	program
		.command("licenses")
		.description(
			"audit rights: print each published item's notice and licence, and where each came from; writes nothing",
		)
		.option("--articles <dir>", "folder of article files (default: a detected site's posts, else articles)")
		.option("--site <dir>", "read the Hugo, Jekyll, Zola, Astro or Eleventy site (or WordPress export) in this folder")
		.option("--no-site", "do not detect a site: read the articles folder by wirefeed's own rules")
		.option("--config <file>", CONFIG_HELP)
		.addOption(
			new Option("--now <iso-date>", "judge drafts and scheduled articles against this time").argParser(parseNowOption),
		)
		.option("--json", "print the audit as JSON on stdout", false)
		.action(async (flags: LicensesFlags) => {
			try {
				process.exitCode = await runLicenses(flags);
			} catch (error) {
				print(process.stderr, formatDiagnostic(describeFailure(error, { out: "-", articles: flags.articles })));
				process.exitCode = EXIT.failed;
			}
		});
	program
		.command("head")
		.description(
			'print the <link rel="alternate"> tags that let browsers and readers find the feeds, for your pages\' <head>',
		)
		.option("--config <file>", CONFIG_HELP)
		.option("--site <dir>", "read the Hugo, Jekyll, Zola, Astro or Eleventy site (or WordPress export) in this folder")
		.option("--no-site", "do not detect a site: read wirefeed's own config")
		.action(async (flags: { readonly config?: string; readonly site?: string | false }) => {
			process.exitCode = await runHead(flags);
		});
	return program;
}

/** Entry point of the `wirefeed` binary. */
export async function main(argv: readonly string[], opened?: OpenedBuild): Promise<void> {
	handedOn = opened;
	try {
		await createProgram().parseAsync([...argv]);
	} catch (error) {
		// commander's exitOverride: help and version exit 0; usage errors exit 2 (nothing written).
		const exitCode =
			error instanceof Error && "exitCode" in error && typeof error.exitCode === "number" ? error.exitCode : 2;
		process.exitCode = exitCode === 0 ? 0 : EXIT.failed;
	}
}
