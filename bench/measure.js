import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * @typedef {object} Measurement
 * @property {number | null} code exit code, null when killed by a signal or the time limit
 * @property {number} seconds wall time
 * @property {number | null} maxRssKiB peak resident set size, null when it could not be read
 * @property {number | null} cpuSeconds user + system CPU time, null when it could not be read (all threads: V8
 *   compiles and collects garbage on helper threads, so it can exceed the wall time)
 * @property {string} stderr the last few KB of the process's stderr
 */

/**
 * How peak RSS is read: GNU time's `%M`, or a `--import` preload writing `resourceUsage().maxRSS`.
 * @typedef {"gnu-time" | "node-preload"} RssMethod
 */

const TIME = "/usr/bin/time";
/** Peak RSS in KiB, user and system CPU seconds. */
const TIME_FORMAT = "%M %U %S";
const PRELOAD = fileURLToPath(new URL("./rss-preload.js", import.meta.url));
const STDERR_KEEP = 4000;
/** One run longer than this is killed and counted as failed. */
const TIME_LIMIT_MS = 15 * 60_000;

/** Process groups still running, so Ctrl-C can take them down with the harness. */
const running = new Set();
process.on("SIGINT", () => {
	for (const pid of running) killGroup(pid);
	process.exit(130);
});

/**
 * Picks GNU time when it works here, unless WIREFEED_BENCH_RSS=node-preload forces the fallback.
 * @returns {RssMethod}
 */
export function detectRssMethod() {
	if (process.env.WIREFEED_BENCH_RSS === "node-preload") return "node-preload";
	const probe = existsSync(TIME) && spawnSync(TIME, ["-f", TIME_FORMAT, "true"], { encoding: "utf8" });
	return probe && probe.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/.test(probe.stderr) ? "gnu-time" : "node-preload";
}

/**
 * @typedef {object} MeasureOptions
 * @property {RssMethod} method
 * @property {string} cwd
 * @property {string} rssFile scratch path for the peak RSS
 * @property {string} [program] executable to run instead of node; under "node-preload" its
 *   peak RSS cannot be read (null)
 * @property {NodeJS.ProcessEnv} [env] the process's environment (default: the harness's)
 */

/**
 * Variables Node acts on at every start, before any JavaScript runs, that neither the script nor wirefeed needs: both
 * read local files only. With NODE_EXTRA_CA_CERTS set (this workplace's machines point it at the system's 220 KB CA
 * bundle), Node 20 parses every certificate of the file at start-up: ≈ 35–40 ms of each process here on an idle machine, in every scenario
 * alike, which is what a build with nothing new costs itself.
 */
const START_UP_VARIABLES = ["NODE_EXTRA_CA_CERTS"];

/**
 * The harness's environment without START_UP_VARIABLES, and the names it removed (those that were set).
 * @returns {{ env: NodeJS.ProcessEnv, removed: string[] }}
 */
export function withoutStartUpVariables() {
	const env = { ...process.env };
	const removed = START_UP_VARIABLES.filter((name) => env[name] !== undefined);
	for (const name of removed) delete env[name];
	return { env, removed };
}

/**
 * Runs `node ...args` (or `program ...args`) as a separate process and measures its wall time
 * and peak RSS.
 * @param {string[]} args for node: script and arguments
 * @param {MeasureOptions} options
 * @returns {Promise<Measurement>}
 */
export function measure(args, { method, cwd, rssFile, program, env: baseEnv = process.env }) {
	rmSync(rssFile, { force: true });
	const [command, commandArgs, env] = commandLine(args, method, rssFile, program, baseEnv);
	return new Promise((resolve, reject) => {
		const start = performance.now();
		// Own process group, so a time-out or Ctrl-C also ends node under GNU time.
		const child = spawn(command, commandArgs, {
			cwd,
			env,
			detached: true,
			stdio: ["ignore", "ignore", "pipe"],
		});
		running.add(child.pid);
		const timer = setTimeout(() => killGroup(child.pid), TIME_LIMIT_MS);
		let stderr = "";
		child.stderr.setEncoding("utf8");
		child.stderr.on("data", (chunk) => {
			stderr = (stderr + chunk).slice(-STDERR_KEEP);
		});
		child.on("error", reject);
		child.on("close", (code, signal) => {
			const seconds = (performance.now() - start) / 1000;
			clearTimeout(timer);
			running.delete(child.pid);
			const usage = readUsage(rssFile);
			resolve({ code: signal ? null : code, seconds, ...usage, stderr });
		});
	});
}

/**
 * The command to spawn: wrapped in GNU time, or node with the RSS preload, or the program as is.
 * @param {string[]} args
 * @param {RssMethod} method
 * @param {string} rssFile
 * @param {string | undefined} program
 * @param {NodeJS.ProcessEnv} env
 * @returns {[string, string[], NodeJS.ProcessEnv]}
 */
function commandLine(args, method, rssFile, program, env) {
	const executable = program ?? process.execPath;
	if (method === "gnu-time") return [TIME, ["-f", TIME_FORMAT, "-o", rssFile, executable, ...args], env];
	if (program !== undefined) return [program, args, env];
	return [process.execPath, ["--import", PRELOAD, ...args], { ...env, WIREFEED_BENCH_RSS_FILE: rssFile }];
}

/**
 * Peak RSS and CPU time from GNU time's or the preload's line; GNU time may write "Command exited with non-zero
 * status N" before it, so the last line is read.
 * @param {string} file
 * @returns {{ maxRssKiB: number | null, cpuSeconds: number | null }}
 */
function readUsage(file) {
	if (!existsSync(file)) return { maxRssKiB: null, cpuSeconds: null };
	const [rss, user, system] = (readFileSync(file, "utf8").trim().split("\n").at(-1) ?? "").split(" ").map(Number);
	const valid = (/** @type {number | undefined} */ n) => n !== undefined && Number.isFinite(n);
	return {
		maxRssKiB: valid(rss) && (rss ?? 0) > 0 ? (rss ?? null) : null,
		cpuSeconds: valid(user) && valid(system) ? (user ?? 0) + (system ?? 0) : null,
	};
}

/** @param {number | undefined} pid */
function killGroup(pid) {
	if (pid === undefined) return;
	try {
		process.kill(-pid, "SIGKILL");
	} catch {
		// Already gone.
	}
}
