// Formats benchmark results as a Markdown table, the goals of issue #16 (met, or missed by how much), and checks.

/**
 * @typedef {object} ScenarioResult
 * @property {"ok" | "failed" | "unavailable"} status
 * @property {number} [medianSeconds] median wall time over the runs (status "ok")
 * @property {number | null} [medianCpuSeconds] median user + system CPU time over the runs (status "ok")
 * @property {number | null} [peakRssKiB] highest peak RSS over the runs (status "ok")
 * @property {number[]} [exitCodes] distinct exit codes seen (status "ok")
 * @property {import("./measure.js").Measurement[]} [runs]
 * @property {string} [reason] why it failed or was not run
 */

/**
 * @typedef {object} SizeResult
 * @property {import("./generate.js").Layout} layout
 * @property {number} size
 * @property {import("./generate.js").Corpus} corpus
 * @property {Record<string, ScenarioResult>} scenarios keyed by SCENARIOS keys
 * @property {number[]} loadAverage one-minute load average before and after this corpus's rounds
 * @property {{ untouched: boolean, files: number, changed: string[] } | null} noChangeOutputs
 *   whether the no-change rebuilds left every output file's mtime as it was
 * @property {boolean | null} editReflected whether every one-article edit showed up in the outputs
 * @property {boolean | null} newReflected whether every new article showed up in the outputs
 * @property {{ firstCached: string | null, incremental: string | null } | null} identical what differs between
 *   the cold and the first-cached outputs, and between the incremental outputs and a cold build of the same input
 *   (null: identical)
 * @property {number | null} hugoPages how many articles Hugo loaded (its check build), null when not run
 */

/**
 * Row labels that replace the defaults below, by scenario key, e.g. `{ hugo: "Hugo 0.111 (RSS only)" }`.
 * @typedef {Partial<Record<string, string>>} Labels
 */

/** Row order and labels of the table. */
const SCENARIOS = /** @type {const} */ ([
	["floorRead", "floor: read every file"],
	["floorStat", "floor: stat every file"],
	["script", "script: gray-matter, newest 50 with marked, feed"],
	["baseline", "old baseline: every body through marked"],
	["hugo", "Hugo (RSS only)"],
	["cold", "wirefeed cold (`--no-cache`)"],
	["firstCached", "wirefeed first build, empty cache"],
	["noChange", "wirefeed nothing changed"],
	["oneNew", "wirefeed one new article"],
	["oneEdited", "wirefeed one article edited"],
]);

/**
 * The goals of issue #16: a scenario's median wall time against another's (measured in the same interleaved rounds),
 * or a peak RSS; `minSize` limits a goal to large corpora.
 * @typedef {{ text: string, subject: string, reference?: string, limit: number, unit: "ratio" | "MiB", minSize?: number }} Goal
 * @type {readonly Goal[]}
 */
export const GOALS = [
	{ text: "cold `--no-cache` ≤ 0.5× the script", subject: "cold", reference: "script", limit: 0.5, unit: "ratio" },
	{
		text: "first build with an empty cache ≤ 1.1× cold",
		subject: "firstCached",
		reference: "cold",
		limit: 1.1,
		unit: "ratio",
	},
	{ text: "one new article ≤ 0.25× the script", subject: "oneNew", reference: "script", limit: 0.25, unit: "ratio" },
	{ text: "nothing changed ≤ 0.15× the script", subject: "noChange", reference: "script", limit: 0.15, unit: "ratio" },
	{
		text: "nothing changed ≤ 2× the stat floor",
		subject: "noChange",
		reference: "floorStat",
		limit: 2,
		unit: "ratio",
		minSize: 100_000,
	},
	{ text: "peak RSS of any wirefeed build ≤ 400 MiB", subject: "wirefeed", limit: 400, unit: "MiB", minSize: 100_000 },
];

const WIREFEED_SCENARIOS = ["cold", "firstCached", "noChange", "oneNew", "oneEdited"];

/**
 * @typedef {object} GoalResult
 * @property {string} goal
 * @property {string} corpus e.g. "wordpress 10k"
 * @property {number} value the ratio of wall times (or MiB)
 * @property {number | null} cpuRatio the same ratio of CPU times, for comparison on a busy machine
 * @property {number} limit
 * @property {boolean} met
 * @property {string} text "0.42× — met" or "0.61× — missed by 0.11× (22 %, 0.35 s too slow)"
 */

/**
 * Every goal at every corpus it applies to, with whether it is met and, if not, by how much.
 * @param {SizeResult[]} results
 * @returns {GoalResult[]}
 */
export function evaluateGoals(results) {
	return GOALS.flatMap((goal) =>
		results.flatMap((r) => {
			if (goal.minSize !== undefined && r.size < goal.minSize) return [];
			const corpus = `${r.layout} ${sizeLabel(r.size)}`;
			if (goal.unit === "MiB") {
				const peaks = WIREFEED_SCENARIOS.map((key) => r.scenarios[key]?.peakRssKiB ?? null).filter((x) => x !== null);
				if (peaks.length === 0) return [];
				const value = Math.max(...peaks) / 1024;
				const met = value <= goal.limit;
				const text = `${value.toFixed(0)} MiB — ${met ? "met" : `missed by ${(value - goal.limit).toFixed(0)} MiB`}`;
				return [{ goal: goal.text, corpus, value, cpuRatio: null, limit: goal.limit, met, text }];
			}
			const subject = r.scenarios[goal.subject];
			const reference = r.scenarios[goal.reference ?? ""];
			if (subject?.status !== "ok" || reference?.status !== "ok") return [];
			const value = (subject.medianSeconds ?? 0) / (reference.medianSeconds ?? 1);
			const cpuRatio =
				subject.medianCpuSeconds && reference.medianCpuSeconds
					? subject.medianCpuSeconds / reference.medianCpuSeconds
					: null;
			const met = value <= goal.limit;
			const over = (subject.medianSeconds ?? 0) - goal.limit * (reference.medianSeconds ?? 0);
			const cpu = cpuRatio === null ? "" : ` (CPU ${cpuRatio.toFixed(2)}×)`;
			const text = met
				? `${value.toFixed(2)}×${cpu} — met`
				: `${value.toFixed(2)}×${cpu} — missed by ${(value - goal.limit).toFixed(2)}× (${(((value - goal.limit) / goal.limit) * 100).toFixed(0)} % over, ${over.toFixed(2)} s too slow)`;
			return [{ goal: goal.text, corpus, value, cpuRatio, limit: goal.limit, met, text }];
		}),
	);
}

/**
 * The Markdown report: table, goals, corpus descriptions and checks. A scenario no corpus has a result for gets no
 * row.
 * @param {SizeResult[]} results
 * @param {Labels} [labels]
 * @returns {string}
 */
export function formatReport(results, labels = {}) {
	const scenarios = SCENARIOS.filter(([key]) => results.some((r) => r.scenarios[key])).map(([key, label]) => [
		key,
		labels[key] ?? label,
	]);
	const header = `| | ${results.map((r) => `${r.layout} ${sizeLabel(r.size)}`).join(" | ")} |`;
	const rule = `|---|${results.map(() => "---:").join("|")}|`;
	const rows = scenarios.map(
		([key, label]) => `| ${label} | ${results.map((r) => formatCell(r.scenarios[key])).join(" | ")} |`,
	);
	const lines = [header, rule, ...rows, "", "Cells: median wall time (median CPU time, peak RSS).", ""];
	const goals = evaluateGoals(results);
	if (goals.length > 0) {
		lines.push("Goals of issue #16 (ratios of median wall times from the same rounds):");
		for (const goal of goals) lines.push(`- ${goal.goal}, ${goal.corpus}: ${goal.text}`);
		lines.push("");
	}
	const linear = linearity(results);
	if (linear.length > 0) lines.push(...linear, "");
	for (const r of results) lines.push(...describeSize(r, scenarios));
	return lines.join("\n");
}

/**
 * "1k", "10k", "1500".
 * @param {number} size
 */
export function sizeLabel(size) {
	return size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

/** @param {ScenarioResult | undefined} result */
function formatCell(result) {
	if (!result || result.status === "unavailable") return "n/a";
	if (result.status === "failed") return "failed";
	const cpu = result.medianCpuSeconds == null ? [] : [`${result.medianCpuSeconds.toFixed(2)} s CPU`];
	const rss = result.peakRssKiB ? [`${Math.round(result.peakRssKiB / 1024)} MiB`] : [];
	const detail = [...cpu, ...rss];
	return `${(result.medianSeconds ?? 0).toFixed(2)} s${detail.length > 0 ? ` (${detail.join(", ")})` : ""}`;
}

/**
 * Cost per article of each wirefeed scenario across the sizes of one layout: flat means linear.
 * @param {SizeResult[]} results
 */
function linearity(results) {
	const lines = [];
	for (const layout of new Set(results.map((r) => r.layout))) {
		const sized = results.filter((r) => r.layout === layout).sort((a, b) => a.size - b.size);
		if (sized.length < 2) continue;
		for (const key of ["cold", "noChange", "oneNew"]) {
			const parts = sized.flatMap((r) => {
				const s = r.scenarios[key];
				return s?.status === "ok"
					? [`${sizeLabel(r.size)} ${(((s.medianSeconds ?? 0) / r.size) * 1e6).toFixed(0)} µs`]
					: [];
			});
			if (parts.length > 1) lines.push(`- ${layout} ${key} per article: ${parts.join(" · ")}`);
		}
	}
	return lines.length > 0 ? ["Per article (flat = linear):", ...lines] : [];
}

/**
 * @param {SizeResult} r
 * @param {string[][]} scenarios [key, label] of the table's rows
 */
function describeSize(r, scenarios) {
	const { corpus } = r;
	const { drafts, future, wordpress, naiveDates } = corpus.counts;
	const lines = [
		`${r.layout} ${sizeLabel(r.size)}: ${corpus.size.toLocaleString("en-US")} files, ${(corpus.bytes / 2 ** 20).toFixed(1)} MiB ` +
			`(${drafts} drafts, ${future} future-dated, ${wordpress} WordPress-style, ${naiveDates} naive dates); ` +
			`load average ${r.loadAverage.join(" → ")}`,
	];
	if (r.noChangeOutputs) {
		const { untouched, files, changed } = r.noChangeOutputs;
		lines.push(
			untouched
				? `  - no-change rebuilds left all ${files} output files untouched (mtimes unchanged)`
				: `  - no-change rebuilds REWROTE output files: ${changed.join(", ")}`,
		);
	}
	if (r.newReflected !== null) {
		lines.push(`  - new articles ${r.newReflected ? "showed up" : "did NOT show up"} in the outputs`);
	}
	if (r.editReflected !== null) {
		lines.push(`  - one-article edits ${r.editReflected ? "showed up" : "did NOT show up"} in the outputs`);
	}
	if (r.identical) {
		const { firstCached, incremental } = r.identical;
		lines.push(
			`  - first-cached outputs ${firstCached === null ? "identical to cold" : `NOT identical to cold (${firstCached})`}; ` +
				`incremental outputs ${incremental === null ? "identical to a cold build of the same input" : `NOT identical (${incremental})`}`,
		);
	}
	if (r.hugoPages !== null) {
		lines.push(
			`  - Hugo loaded ${r.hugoPages.toLocaleString("en-US")} articles (drafts and future-dated left out) and rendered the newest 50`,
		);
	}
	const rejecting = scenarios.filter(([key]) => r.scenarios[key]?.exitCodes?.includes(1)).map(([, label]) => label);
	if (rejecting.length > 0) lines.push(`  - exit code 1 (some articles rejected) from: ${rejecting.join(", ")}`);
	for (const [key, label] of scenarios) {
		const result = r.scenarios[key];
		if (result && result.status !== "ok" && result.reason) lines.push(`  - ${label}: ${result.reason}`);
	}
	return lines;
}
