// Benchmark harness for issue #6. See bench/README.md.
// npm run bench -- [--sizes 1000,5000] [--large] [--runs N] [--seed N] [--json] [--wirefeed PATH]

import { spawnSync } from "node:child_process";
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureCorpus } from "./generate.js";
import { checkHugoFeed, detectHugo, HUGO_MISSING, hugoArgs, hugoLabel, writeHugoSite } from "./hugo.js";
import { detectRssMethod, measure } from "./measure.js";
import { formatReport, sizeLabel } from "./report.js";

/** @typedef {import("./measure.js").Measurement} Measurement */
/** @typedef {import("./report.js").ScenarioResult} ScenarioResult */
/** @typedef {import("./report.js").SizeResult} SizeResult */

const REPO = dirname(dirname(fileURLToPath(import.meta.url)));
/** Exit codes meaning "feeds written": 0, or 1 when some articles were rejected. */
const WIREFEED_OK = [0, 1];

const { values } = parseArgs({
	options: {
		sizes: { type: "string" },
		large: { type: "boolean", default: false },
		runs: { type: "string", default: "5" },
		seed: { type: "string", default: "42" },
		json: { type: "boolean", default: false },
		wirefeed: {
			type: "string",
			default: process.env.WIREFEED_BENCH_BIN ?? "bin/wirefeed.js",
		},
	},
});
const sizes = values.sizes?.split(",").map(Number) ?? (values.large ? [1000, 10_000, 50_000] : [1000, 10_000]);
const runCount = Number(values.runs);
const seed = Number(values.seed);
if (![...sizes, runCount].every((n) => Number.isInteger(n) && n > 0) || !Number.isInteger(seed)) {
	console.error("usage: node bench/run.js [--sizes N,N] [--large] [--runs N] [--seed N] [--json] [--wirefeed PATH]");
	process.exit(2);
}

const method = detectRssMethod();
const cli = resolve(REPO, values.wirefeed);
const cliAvailable = existsSync(cli);
const cacheDirFlag = cliAvailable && supportsCacheDir();
const hugoVersion = detectHugo();
if (!hugoVersion) log(HUGO_MISSING);
mkdirSync(join(tmpdir(), "wirefeed-bench"), { recursive: true });

/** @type {SizeResult[]} */
const results = [];
const session = mkdtempSync(join(tmpdir(), "wirefeed-bench", "run-"));
const rssFile = join(session, "rss.txt");
// Also runs on Ctrl-C, which measure.js turns into process.exit().
process.on("exit", () => rmSync(session, { recursive: true, force: true }));
const loadBefore = loadavg()[0];
for (const size of sizes) results.push(await benchSize(size));

const environment = {
	node: process.version,
	cores: availableParallelism(),
	runs: runCount,
	seed,
	rssMethod: method,
	wirefeed: cliAvailable ? values.wirefeed : null,
	cacheDirFlag,
	/** Version of the `hugo` on PATH, null when it is not installed (the Hugo row is left out). */
	hugo: hugoVersion,
	/** One-minute load average before and after: high values mean other work skewed the timings. */
	loadAverage: [loadBefore, loadavg()[0]].map((load) => Math.round(load * 100) / 100),
};
const busy = Math.max(...environment.loadAverage) > environment.cores / 2;
if (values.json) {
	console.log(JSON.stringify({ environment, results }, null, "\t"));
} else {
	const plural = runCount === 1 ? "" : "s";
	const cacheNote = cliAvailable && !cacheDirFlag ? " (no --cache-dir support: used its default cache)" : "";
	const busyNote = busy ? " (busy machine: expect noisy timings)" : "";
	const hugoNote = hugoVersion
		? `Hugo ${hugoVersion}: RSS only, rendered to memory (see bench/README.md).`
		: `Hugo: ${HUGO_MISSING}.`;
	console.log(
		[
			`Median wall time of ${runCount} run${plural} (peak RSS via ${method}); Node ${environment.node}, ${environment.cores} cores.`,
			`wirefeed: ${cliAvailable ? values.wirefeed : "not found"}${cacheNote}.`,
			hugoNote,
			`Load average ${environment.loadAverage.join(" → ")}${busyNote}.`,
			"",
		].join("\n"),
	);
	const labels = hugoVersion ? { hugo: hugoLabel(hugoVersion) } : {};
	console.log(formatReport(results, labels));
}

/**
 * @typedef {object} Scenario
 * @property {string} name for progress lines and failure reasons
 * @property {string[]} args node script and its arguments (or the program's arguments)
 * @property {string} [program] executable to run instead of node
 * @property {number[]} okCodes exit codes that count as success
 * @property {(run: number) => void} [before] prepares run number `run`, untimed
 * @property {() => string | null} [check] after a successful exit: what is wrong, or null
 */

/**
 * Runs every scenario on the corpus of one size, in a scratch folder removed afterwards.
 * @param {number} size
 * @returns {Promise<SizeResult>}
 */
async function benchSize(size) {
	const label = sizeLabel(size);
	log(`${label}: preparing corpus`);
	const corpus = ensureCorpus({ size, seed });
	const articles = corpus.articlesDir;
	const work = join(session, label);
	/** @type {SizeResult} */
	const result = {
		size,
		corpus,
		scenarios: {},
		noChangeOutputs: null,
		editReflected: null,
		hugoPages: null,
	};
	const { scenarios } = result;
	try {
		// Warm the page cache so the first timed run does not pay for disk reads.
		await measure(["bench/floor-read.js", articles], {
			method,
			cwd: REPO,
			rssFile,
		});
		scenarios.floorRead = await runScenario({
			name: `${label} floor-read`,
			args: ["bench/floor-read.js", articles],
			okCodes: [0],
		});
		scenarios.floorStat = await runScenario({
			name: `${label} floor-stat`,
			args: ["bench/floor-stat.js", articles],
			okCodes: [0],
		});
		scenarios.baseline = await runScenario({
			name: `${label} baseline`,
			args: ["bench/baseline.js", "--articles", articles, "--out", join(work, "baseline-out")],
			okCodes: [0],
		});
		if (hugoVersion) await benchHugo(result, work);
		if (!cliAvailable) {
			const unavailable = {
				status: /** @type {const} */ ("unavailable"),
				reason: `${values.wirefeed} not found`,
			};
			Object.assign(scenarios, {
				cold: unavailable,
				noChange: unavailable,
				oneEdited: unavailable,
			});
			return result;
		}
		const coldOut = join(work, "cold-out");
		const coldCache = join(work, "cold-cache");
		scenarios.cold = await runScenario({
			name: `${label} wirefeed cold`,
			args: [...buildArgs(articles, coldOut, coldCache, corpus.now), "--no-cache"],
			okCodes: WIREFEED_OK,
			before: () => {
				rmSync(coldOut, { recursive: true, force: true });
				rmSync(coldCache, { recursive: true, force: true });
			},
			check: () => missingOutputs(coldOut),
		});
		await benchRebuilds(result, work);
		return result;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/**
 * Hugo on a throwaway site in the scratch folder: one untimed build written to disk and checked
 * (pages loaded, items in the feed), then the timed builds, rendered to memory.
 * @param {SizeResult} result filled in place
 * @param {string} work scratch folder for this size
 */
async function benchHugo(result, work) {
	const label = sizeLabel(result.size);
	const { corpus } = result;
	const site = join(work, "hugo-site");
	const destination = join(site, "public");
	writeHugoSite(site, corpus.articlesDir);
	/** @type {number | null} */
	let pages = null;
	const checked = await runScenario(
		{
			name: `${label} Hugo check build`,
			program: "hugo",
			args: hugoArgs(site, corpus.now, destination),
			okCodes: [0],
			check: () => {
				const feed = checkHugoFeed(destination, corpus);
				pages = feed.pages;
				return feed.problem;
			},
		},
		1,
	);
	if (checked.status !== "ok") {
		result.scenarios.hugo = {
			...checked,
			reason: `check build: ${checked.reason}`,
		};
		return;
	}
	result.hugoPages = pages;
	result.scenarios.hugo = await runScenario({
		name: `${label} Hugo`,
		program: "hugo",
		args: hugoArgs(site, corpus.now),
		okCodes: [0],
	});
}

/**
 * The warm-cache scenarios. They edit an article, so they work on a scratch copy of the corpus
 * (the cached corpus is never modified, even if the harness is interrupted).
 * @param {SizeResult} result filled in place
 * @param {string} work scratch folder for this size
 */
async function benchRebuilds(result, work) {
	const label = sizeLabel(result.size);
	const articles = join(work, "articles");
	const out = join(work, "out");
	cpSync(result.corpus.articlesDir, articles, { recursive: true });
	const args = buildArgs(articles, out, join(work, "cache"), result.corpus.now);
	const check = () => missingOutputs(out);
	const warmUp = await runScenario({ name: `${label} warm-up build`, args, okCodes: WIREFEED_OK, check }, 1);
	if (warmUp.status !== "ok") {
		const failed = { ...warmUp, reason: `warm-up build: ${warmUp.reason}` };
		result.scenarios.noChange = failed;
		result.scenarios.oneEdited = failed;
		return;
	}

	const before = snapshotMtimes(out);
	result.scenarios.noChange = await runScenario({
		name: `${label} no-change rebuild`,
		args,
		okCodes: WIREFEED_OK,
		check,
	});
	if (result.scenarios.noChange.status === "ok") result.noChangeOutputs = compareMtimes(before, snapshotMtimes(out));

	const target = join(articles, result.corpus.editTarget);
	const original = readFileSync(target, "utf8");
	const bodyStart = original.indexOf("\n---\n", 3) + "\n---\n".length;
	let marker = "";
	let reflected = true;
	result.scenarios.oneEdited = await runScenario({
		name: `${label} one-edited rebuild`,
		args,
		okCodes: WIREFEED_OK,
		before: (run) => {
			marker = `bench-edit-${run}`;
			const correction = `\nCorrection (${marker}): an earlier version misstated a figure.\n`;
			writeFileSync(target, original.slice(0, bodyStart) + correction + original.slice(bodyStart));
		},
		check: () => {
			reflected &&= outputsContain(out, marker);
			return check();
		},
	});
	if (result.scenarios.oneEdited.status === "ok") result.editReflected = reflected;
}

/**
 * Runs a scenario `count` times as separate processes; stops at the first failed run.
 * @param {Scenario} scenario
 * @param {number} [count]
 * @returns {Promise<ScenarioResult>}
 */
async function runScenario({ name, args, program, okCodes, before, check }, count = runCount) {
	/** @type {Measurement[]} */
	const runs = [];
	for (let run = 0; run < count; run++) {
		before?.(run);
		const measurement = await measure(args, {
			method,
			cwd: REPO,
			rssFile,
			program,
		});
		const problem = diagnose(measurement, okCodes, check);
		if (problem) {
			log(`${name} FAILED (${problem}); stderr:\n${measurement.stderr.trimEnd() || "(empty)"}`);
			return {
				status: "failed",
				reason: problem,
				runs: [...runs, measurement],
			};
		}
		runs.push(measurement);
		log(`${name} ${run + 1}/${count}: ${measurement.seconds.toFixed(2)} s`);
	}
	const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b);
	const middle = Math.floor(seconds.length / 2);
	const rss = runs.flatMap((r) => (r.maxRssKiB === null ? [] : [r.maxRssKiB]));
	return {
		status: "ok",
		medianSeconds: seconds.length % 2 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2,
		peakRssKiB: rss.length > 0 ? Math.max(...rss) : null,
		exitCodes: [...new Set(runs.map((r) => /** @type {number} */ (r.code)))],
		runs,
	};
}

/**
 * Why a run counts as failed, or null when it succeeded.
 * @param {Measurement} measurement
 * @param {number[]} okCodes
 * @param {Scenario["check"]} check
 * @returns {string | null}
 */
function diagnose(measurement, okCodes, check) {
	if (measurement.code === null) return "killed";
	if (!okCodes.includes(measurement.code)) return `exit code ${measurement.code}`;
	const problem = check?.();
	return problem ? `exit code ${measurement.code}, ${problem}` : null;
}

/**
 * The wirefeed command line for one build.
 * @param {string} articles
 * @param {string} out
 * @param {string} cache used only when the CLI supports `--cache-dir`
 * @param {string} now
 */
function buildArgs(articles, out, cache, now) {
	const cacheArgs = cacheDirFlag ? ["--cache-dir", cache] : [];
	return [cli, "build", "--articles", articles, "--out", out, "--now", now, "--quiet", ...cacheArgs];
}

/**
 * An exit code of 1 is also what an uncaught exception gives, so a build must have written something.
 * @param {string} out
 * @returns {string | null}
 */
function missingOutputs(out) {
	return existsSync(out) && snapshotMtimes(out).size > 0 ? null : "no output files written";
}

/** Whether the CLI's help mentions `--cache-dir`; warns early when the CLI cannot even show help. */
function supportsCacheDir() {
	const help = spawnSync(process.execPath, [cli, "build", "--help"], {
		cwd: REPO,
		encoding: "utf8",
	});
	if (help.status !== 0)
		log(`warning: \`${values.wirefeed} build --help\` exited ${help.status}:\n${help.stderr.trimEnd()}`);
	return `${help.stdout}${help.stderr}`.includes("--cache-dir");
}

/**
 * Modification times of every file under a folder, by relative path.
 * @param {string} dir
 * @returns {Map<string, number>}
 */
function snapshotMtimes(dir) {
	const mtimes = new Map();
	for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
		const stats = statSync(join(dir, name));
		if (stats.isFile()) mtimes.set(name, stats.mtimeMs);
	}
	return mtimes;
}

/**
 * @param {Map<string, number>} before
 * @param {Map<string, number>} after
 */
function compareMtimes(before, after) {
	const names = new Set([...before.keys(), ...after.keys()]);
	const changed = [...names].filter((name) => before.get(name) !== after.get(name));
	return { untouched: changed.length === 0, files: before.size, changed };
}

/**
 * @param {string} dir
 * @param {string} text
 */
function outputsContain(dir, text) {
	return [...snapshotMtimes(dir).keys()].some((name) => readFileSync(join(dir, name), "utf8").includes(text));
}

/** @param {string} message */
function log(message) {
	console.error(message);
}
