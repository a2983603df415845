// Benchmark harness for issues #6 and #16. See bench/README.md.
// npm run bench -- [--sizes 10000] [--layouts synthetic,wordpress] [--large] [--runs N] [--seed N] [--json]
//                  [--hugo] [--old-baseline] [--scenarios script,cold,...] [--wirefeed PATH]

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
import { ensureCorpus, LAYOUTS, newArticle } from "./generate.js";
import { checkHugoFeed, detectHugo, HUGO_MISSING, hugoArgs, hugoLabel, writeHugoSite } from "./hugo.js";
import { detectRssMethod, measure, withoutStartUpVariables } from "./measure.js";
import { evaluateGoals, formatReport, sizeLabel } from "./report.js";

/** @typedef {import("./measure.js").Measurement} Measurement */
/** @typedef {import("./report.js").ScenarioResult} ScenarioResult */
/** @typedef {import("./report.js").SizeResult} SizeResult */
/** @typedef {import("./generate.js").Layout} Layout */

const REPO = dirname(dirname(fileURLToPath(import.meta.url)));
/** Exit codes meaning "feeds written": 0, or 1 when some articles were rejected. */
const WIREFEED_OK = [0, 1];

const { values } = parseArgs({
	options: {
		sizes: { type: "string" },
		layouts: { type: "string", default: LAYOUTS.join(",") },
		large: { type: "boolean", default: false },
		runs: { type: "string", default: "5" },
		seed: { type: "string", default: "42" },
		json: { type: "boolean", default: false },
		hugo: { type: "boolean", default: false },
		scenarios: { type: "string" },
		"old-baseline": { type: "boolean", default: false },
		"keep-env": { type: "boolean", default: false },
		wirefeed: {
			type: "string",
			default: process.env.WIREFEED_BENCH_BIN ?? "bin/wirefeed.js",
		},
	},
});
const sizes = values.sizes?.split(",").map(Number) ?? (values.large ? [10_000, 200_000] : [10_000]);
const layouts = /** @type {Layout[]} */ (values.layouts.split(","));
const runCount = Number(values.runs);
const seed = Number(values.seed);
if (
	![...sizes, runCount].every((n) => Number.isInteger(n) && n > 0) ||
	!Number.isInteger(seed) ||
	!layouts.every((layout) => LAYOUTS.includes(layout))
) {
	console.error(
		`usage: node bench/run.js [--sizes N,N] [--layouts ${LAYOUTS.join(",")}] [--large] [--runs N] [--seed N] [--json] [--hugo] [--old-baseline] [--scenarios KEY,KEY] [--wirefeed PATH] [--keep-env]`,
	);
	process.exit(2);
}

const method = detectRssMethod();
// Every timed process, the script's and wirefeed's alike, runs without the start-up variables (measure.js) unless
// --keep-env: they cost each process a constant the programs do not cause, which weighs most on the fastest paths.
const { env: childEnv, removed: removedVariables } = values["keep-env"]
	? { env: process.env, removed: [] }
	: withoutStartUpVariables();
const cli = resolve(REPO, values.wirefeed);
const cliAvailable = existsSync(cli);
const cacheDirFlag = cliAvailable && supportsCacheDir();
const hugoVersion = values.hugo ? detectHugo() : null;
if (values.hugo && !hugoVersion) log(HUGO_MISSING);
mkdirSync(join(tmpdir(), "wirefeed-bench"), { recursive: true });

/** @type {SizeResult[]} */
const results = [];
const session = mkdtempSync(join(tmpdir(), "wirefeed-bench", "run-"));
const rssFile = join(session, "rss.txt");
// Also runs on Ctrl-C, which measure.js turns into process.exit().
process.on("exit", () => rmSync(session, { recursive: true, force: true }));
const loadBefore = loadavg()[0];
for (const layout of layouts) for (const size of sizes) results.push(await benchSize(layout, size));

const environment = {
	node: process.version,
	cores: availableParallelism(),
	runs: runCount,
	seed,
	rssMethod: method,
	wirefeed: cliAvailable ? values.wirefeed : null,
	cacheDirFlag,
	/** Version of the `hugo` on PATH when `--hugo` was given and it is installed, else null. */
	hugo: hugoVersion,
	/** Start-up variables set here and removed from every timed process (none with --keep-env). */
	removedVariables,
	/** One-minute load average before and after: high values mean other work skewed the timings. */
	loadAverage: [loadBefore, loadavg()[0]].map(round2),
};
const busy = Math.max(...environment.loadAverage) > environment.cores / 2;
if (values.json) {
	console.log(JSON.stringify({ environment, results, goals: evaluateGoals(results) }, null, "\t"));
} else {
	const plural = runCount === 1 ? "" : "s";
	const cacheNote = cliAvailable && !cacheDirFlag ? " (no --cache-dir support: used its default cache)" : "";
	const busyNote = busy ? " (busy machine: compare the ratios, which are measured side by side, not the times)" : "";
	const hugoNote = hugoVersion ? `\nHugo ${hugoVersion}: RSS only, rendered to memory (see bench/README.md).` : "";
	const envNote =
		removedVariables.length > 0
			? `\nEvery timed process ran without ${removedVariables.join(", ")} (Node reads it at start-up; --keep-env keeps it).`
			: "";
	console.log(
		[
			`Median wall time of ${runCount} interleaved round${plural} (peak RSS via ${method}); Node ${environment.node}, ${environment.cores} cores.`,
			`wirefeed: ${cliAvailable ? values.wirefeed : "not found"}${cacheNote}.${hugoNote}${envNote}`,
			`Load average ${environment.loadAverage.join(" → ")}${busyNote}.`,
			"",
		].join("\n"),
	);
	const labels = hugoVersion ? { hugo: hugoLabel(hugoVersion) } : {};
	console.log(formatReport(results, labels));
}

/**
 * @typedef {object} Scenario
 * @property {string} key scenario key (see report.js)
 * @property {string[]} args node script and its arguments (or the program's arguments)
 * @property {string} [program] executable to run instead of node
 * @property {number[]} okCodes exit codes that count as success
 * @property {(run: number) => void} [before] prepares run number `run`, untimed
 * @property {(run: number) => string | null} [check] after a successful exit: what is wrong, or null
 */

/**
 * Runs every scenario on one corpus in interleaved rounds (each round runs each scenario once, in order), so a change
 * of load on this shared machine weighs on every scenario alike and the ratios stay side by side. Scratch folders are
 * removed afterwards.
 * @param {Layout} layout
 * @param {number} size
 * @returns {Promise<SizeResult>}
 */
async function benchSize(layout, size) {
	const label = `${layout} ${sizeLabel(size)}`;
	log(`${label}: preparing corpus`);
	const corpus = ensureCorpus({ size, seed, layout });
	const articles = corpus.articlesDir;
	const work = join(session, `${layout}-${sizeLabel(size)}`);
	/** @type {SizeResult} */
	const result = {
		layout,
		size,
		corpus,
		scenarios: {},
		loadAverage: [round2(loadavg()[0])],
		noChangeOutputs: null,
		editReflected: null,
		newReflected: null,
		identical: null,
		hugoPages: null,
	};
	try {
		// Warm the page cache so the first timed run does not pay for disk reads.
		await measure(["bench/floor-read.js", articles], { method, cwd: REPO, rssFile, env: childEnv });
		/** @type {Scenario[]} */
		const scenarios = [
			{ key: "floorRead", args: ["bench/floor-read.js", articles], okCodes: [0] },
			{ key: "floorStat", args: ["bench/floor-stat.js", articles], okCodes: [0] },
			{
				key: "script",
				args: ["bench/script.js", "--articles", articles, "--out", join(work, "script-out")],
				okCodes: [0],
			},
		];
		if (values["old-baseline"]) {
			scenarios.push({
				key: "baseline",
				args: ["bench/baseline.js", "--articles", articles, "--out", join(work, "baseline-out")],
				okCodes: [0],
			});
		}
		if (hugoVersion) {
			const hugo = await prepareHugo(result, work);
			if (hugo) scenarios.push(hugo);
		}
		if (cliAvailable) scenarios.push(...wirefeedScenarios(result, work));
		else {
			const unavailable = { status: /** @type {const} */ ("unavailable"), reason: `${values.wirefeed} not found` };
			for (const key of ["cold", "firstCached", "noChange", "oneNew", "oneEdited"]) result.scenarios[key] = unavailable;
		}
		const only = values.scenarios?.split(",");
		await runRounds(
			label,
			only === undefined ? scenarios : scenarios.filter((s) => only.includes(s.key)),
			result.scenarios,
		);
		if (cliAvailable) checkOutputs(result, work);
		result.loadAverage.push(round2(loadavg()[0]));
		return result;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/**
 * wirefeed's scenarios: cold (`--no-cache`, fresh output folder), first build with an empty cache, and, on a scratch
 * copy of the corpus warmed by one untimed build, nothing changed, one new article, one article edited.
 * @param {SizeResult} result filled in place by the checks
 * @param {string} work scratch folder for this corpus
 * @returns {Scenario[]}
 */
function wirefeedScenarios(result, work) {
	const { corpus } = result;
	const coldOut = join(work, "cold-out");
	const firstOut = join(work, "first-out");
	const firstCache = join(work, "first-cache");
	const articles = join(work, "articles");
	const out = join(work, "out");
	const cache = join(work, "cache");
	cpSync(corpus.articlesDir, articles, { recursive: true });
	const warm = buildArgs(articles, out, cache, corpus.now);
	const warmUp = spawnSync(process.execPath, warm, { cwd: REPO, encoding: "utf8", env: childEnv });
	const warmFailure =
		warmUp.status === 0 || warmUp.status === 1 ? missingOutputs(out) : `warm-up build: exit code ${warmUp.status}`;
	const target = join(articles, corpus.editTarget);
	const original = readFileSync(target, "utf8");
	const bodyStart = original.indexOf("\n---\n", 3) + "\n---\n".length;
	let before = snapshotMtimes(existsSync(out) ? out : work);
	result.editReflected = true;
	result.newReflected = true;
	/** @type {Scenario[]} */
	const scenarios = [
		{
			key: "cold",
			args: [...buildArgs(corpus.articlesDir, coldOut, join(work, "unused-cache"), corpus.now), "--no-cache"],
			okCodes: WIREFEED_OK,
			before: () => rmSync(coldOut, { recursive: true, force: true }),
			check: () => missingOutputs(coldOut),
		},
		{
			key: "firstCached",
			args: buildArgs(corpus.articlesDir, firstOut, firstCache, corpus.now),
			okCodes: WIREFEED_OK,
			before: () => {
				rmSync(firstOut, { recursive: true, force: true });
				rmSync(firstCache, { recursive: true, force: true });
			},
			check: () => missingOutputs(firstOut),
		},
	];
	if (warmFailure !== null) {
		log(`${corpus.layout} ${sizeLabel(corpus.size)} ${warmFailure}\n${warmUp.stderr}`);
		const failed = { status: /** @type {const} */ ("failed"), reason: warmFailure };
		Object.assign(result.scenarios, { noChange: failed, oneNew: failed, oneEdited: failed });
		return scenarios;
	}
	scenarios.push(
		{
			key: "noChange",
			args: warm,
			okCodes: WIREFEED_OK,
			before: () => {
				before = snapshotMtimes(out);
			},
			check: () => {
				const compared = compareMtimes(before, snapshotMtimes(out));
				if (result.noChangeOutputs === null || result.noChangeOutputs.untouched) result.noChangeOutputs = compared;
				return missingOutputs(out);
			},
		},
		{
			key: "oneNew",
			args: warm,
			okCodes: WIREFEED_OK,
			before: (run) => {
				const added = newArticle(corpus.layout, run);
				mkdirSync(dirname(join(articles, added.path)), { recursive: true });
				writeFileSync(join(articles, added.path), added.text);
			},
			check: (run) => {
				result.newReflected &&= outputsContain(out, `(update ${run + 1})`);
				return missingOutputs(out);
			},
		},
		{
			key: "oneEdited",
			args: warm,
			okCodes: WIREFEED_OK,
			before: (run) => {
				const correction = `\nCorrection (bench-edit-${run}): an earlier version misstated a figure.\n`;
				writeFileSync(target, original.slice(0, bodyStart) + correction + original.slice(bodyStart));
			},
			check: (run) => {
				result.editReflected &&= outputsContain(out, `bench-edit-${run}`);
				return missingOutputs(out);
			},
		},
	);
	return scenarios;
}

/**
 * Byte equality: the cold and first-cached builds of the corpus, and the incremental build against a cold build of the
 * edited scratch copy, must write the same files.
 * @param {SizeResult} result
 * @param {string} work
 */
function checkOutputs(result, work) {
	const compare = (/** @type {string} */ a, /** @type {string} */ b) => {
		if (!existsSync(a) || !existsSync(b)) return "missing";
		const names = [...snapshotMtimes(a).keys()].filter((name) => !name.startsWith(".")).sort();
		const other = [...snapshotMtimes(b).keys()].filter((name) => !name.startsWith(".")).sort();
		if (names.join() !== other.join()) return `different files: ${names.join(", ")} / ${other.join(", ")}`;
		const differing = names.filter((name) => !readFileSync(join(a, name)).equals(readFileSync(join(b, name))));
		return differing.length === 0 ? null : `differ: ${differing.join(", ")}`;
	};
	const articles = join(work, "articles");
	const recold = join(work, "recold-out");
	spawnSync(
		process.execPath,
		[...buildArgs(articles, recold, join(work, "unused-cache"), result.corpus.now), "--no-cache"],
		{ cwd: REPO },
	);
	result.identical = {
		firstCached: compare(join(work, "cold-out"), join(work, "first-out")),
		incremental: compare(recold, join(work, "out")),
	};
}

/**
 * Hugo on a throwaway site in the scratch folder: one untimed build written to disk and checked (pages loaded, items
 * in the feed); the timed builds render to memory. Returns the scenario, or null when the check failed.
 * @param {SizeResult} result filled in place
 * @param {string} work scratch folder for this size
 * @returns {Promise<Scenario | null>}
 */
async function prepareHugo(result, work) {
	const { corpus } = result;
	const site = join(work, "hugo-site");
	const destination = join(site, "public");
	writeHugoSite(site, corpus.articlesDir);
	const checked = await measure(hugoArgs(site, corpus.now, destination), {
		method,
		cwd: REPO,
		rssFile,
		program: "hugo",
		env: childEnv,
	});
	const feed = checked.code === 0 ? checkHugoFeed(destination, corpus) : { pages: null, problem: "check build failed" };
	if (feed.problem) {
		result.scenarios.hugo = { status: "failed", reason: `check build: ${feed.problem}`, runs: [checked] };
		return null;
	}
	result.hugoPages = feed.pages;
	return { key: "hugo", program: "hugo", args: hugoArgs(site, corpus.now), okCodes: [0] };
}

/**
 * Runs the scenarios round by round; a scenario that fails stops being run and is reported as failed.
 * @param {string} label
 * @param {Scenario[]} scenarios
 * @param {Record<string, ScenarioResult>} into
 */
async function runRounds(label, scenarios, into) {
	/** @type {Map<string, Measurement[]>} */
	const runs = new Map(scenarios.map((s) => [s.key, []]));
	/** @type {Map<string, string>} */
	const failures = new Map();
	for (let run = 0; run < runCount; run++) {
		for (const { key, args, program, okCodes, before, check } of scenarios) {
			if (failures.has(key)) continue;
			before?.(run);
			const measurement = await measure(args, { method, cwd: REPO, rssFile, program, env: childEnv });
			const problem = diagnose(measurement, okCodes, () => check?.(run) ?? null);
			runs.get(key)?.push(measurement);
			if (problem) {
				log(`${label} ${key} FAILED (${problem}); stderr:\n${measurement.stderr.trimEnd() || "(empty)"}`);
				failures.set(key, problem);
				continue;
			}
			const cpu = measurement.cpuSeconds === null ? "" : `, ${measurement.cpuSeconds.toFixed(2)} s CPU`;
			log(
				`${label} ${key} ${run + 1}/${runCount}: ${measurement.seconds.toFixed(2)} s${cpu}, load ${round2(loadavg()[0])}`,
			);
		}
	}
	for (const { key } of scenarios) {
		const measured = runs.get(key) ?? [];
		const failure = failures.get(key);
		into[key] = failure ? { status: "failed", reason: failure, runs: measured } : summarize(measured);
	}
}

/**
 * @param {Measurement[]} runs
 * @returns {ScenarioResult}
 */
function summarize(runs) {
	const rss = runs.flatMap((r) => (r.maxRssKiB === null ? [] : [r.maxRssKiB]));
	const cpu = runs.flatMap((r) => (r.cpuSeconds === null ? [] : [r.cpuSeconds]));
	return {
		status: "ok",
		medianSeconds: median(runs.map((r) => r.seconds)),
		medianCpuSeconds: cpu.length > 0 ? median(cpu) : null,
		peakRssKiB: rss.length > 0 ? Math.max(...rss) : null,
		exitCodes: [...new Set(runs.map((r) => /** @type {number} */ (r.code)))],
		runs,
	};
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Why a run counts as failed, or null when it succeeded.
 * @param {Measurement} measurement
 * @param {number[]} okCodes
 * @param {() => string | null} check
 * @returns {string | null}
 */
function diagnose(measurement, okCodes, check) {
	if (measurement.code === null) return "killed";
	if (!okCodes.includes(measurement.code)) return `exit code ${measurement.code}`;
	const problem = check();
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
	const help = spawnSync(process.execPath, [cli, "build", "--help"], { cwd: REPO, encoding: "utf8" });
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

/** @param {number} value */
function round2(value) {
	return Math.round(value * 100) / 100;
}

/** @param {string} message */
function log(message) {
	console.error(message);
}
