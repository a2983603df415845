// Formats benchmark results as a Markdown table plus ratio and check lines.

/**
 * @typedef {object} ScenarioResult
 * @property {"ok" | "failed" | "unavailable"} status
 * @property {number} [medianSeconds] median wall time over the runs (status "ok")
 * @property {number | null} [peakRssKiB] highest peak RSS over the runs (status "ok")
 * @property {number[]} [exitCodes] distinct exit codes seen (status "ok")
 * @property {import("./measure.js").Measurement[]} [runs]
 * @property {string} [reason] why it failed or was not run
 */

/**
 * @typedef {object} SizeResult
 * @property {number} size
 * @property {import("./generate.js").Corpus} corpus
 * @property {Record<string, ScenarioResult>} scenarios keyed by SCENARIOS keys
 * @property {{ untouched: boolean, files: number, changed: string[] } | null} noChangeOutputs
 *   whether the no-change rebuilds left every output file's mtime as it was
 * @property {boolean | null} editReflected whether every one-article edit showed up in the outputs
 * @property {number | null} hugoPages how many articles Hugo loaded (its check build), null when not run
 */

/**
 * Row labels that replace the defaults below, by scenario key, e.g.
 * `{ hugo: "Hugo 0.111 (RSS only)" }`.
 * @typedef {Partial<Record<string, string>>} Labels
 */

/** Row order and labels of the table. */
const SCENARIOS = /** @type {const} */ ([
	["floorRead", "floor: read every file"],
	["floorStat", "floor: stat every file"],
	["baseline", "baseline: gray-matter + marked + feed"],
	["hugo", "Hugo (RSS only)"],
	["cold", "wirefeed cold (`--no-cache`)"],
	["noChange", "wirefeed no-change rebuild"],
	["oneEdited", "wirefeed one article edited"],
]);

/** Ratio lines: [label, scenario being judged, scenario it is compared with]. */
const RATIOS = [
	["wirefeed cold vs baseline", "cold", "baseline"],
	["wirefeed cold vs Hugo", "cold", "hugo"],
	["wirefeed cold vs read floor", "cold", "floorRead"],
	["no-change rebuild vs wirefeed cold", "noChange", "cold"],
	["no-change rebuild vs stat floor", "noChange", "floorStat"],
	["one-edited rebuild vs wirefeed cold", "oneEdited", "cold"],
];

/**
 * The Markdown report: table, ratios, corpus description and checks. A scenario no size has a
 * result for (Hugo when it is not installed) gets no row.
 * @param {SizeResult[]} results
 * @param {Labels} [labels]
 * @returns {string}
 */
export function formatReport(results, labels = {}) {
	const scenarios = SCENARIOS.filter(([key]) => results.some((r) => r.scenarios[key])).map(([key, label]) => [
		key,
		labels[key] ?? label,
	]);
	const header = `| | ${results.map((r) => sizeLabel(r.size)).join(" | ")} |`;
	const rule = `|---|${results.map(() => "---:").join("|")}|`;
	const rows = scenarios.map(
		([key, label]) => `| ${label} | ${results.map((r) => formatCell(r.scenarios[key])).join(" | ")} |`,
	);
	const ratios = RATIOS.flatMap(([label, subject, reference]) => {
		const parts = results.flatMap((r) => {
			const ratio = compare(r.scenarios[subject], r.scenarios[reference]);
			return ratio ? [`${sizeLabel(r.size)} ${ratio}`] : [];
		});
		return parts.length > 0 ? [`- ${label}: ${parts.join(" · ")}`] : [];
	});
	const lines = [header, rule, ...rows, ""];
	if (ratios.length > 0) lines.push(...ratios, "");
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
	const rss = result.peakRssKiB ? ` (${Math.round(result.peakRssKiB / 1024)} MiB)` : "";
	return `${(result.medianSeconds ?? 0).toFixed(2)} s${rss}`;
}

/**
 * "2.3× faster" / "1.4× slower" / "about the same" (within 5%) for subject compared with
 * reference, or null if either is missing.
 * @param {ScenarioResult | undefined} subject
 * @param {ScenarioResult | undefined} reference
 */
function compare(subject, reference) {
	if (subject?.status !== "ok" || reference?.status !== "ok") return null;
	const ratio = (reference.medianSeconds ?? 0) / (subject.medianSeconds ?? 1);
	const round = (/** @type {number} */ x) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
	if (Math.abs(ratio - 1) < 0.05) return "about the same";
	return ratio > 1 ? `${round(ratio)}× faster` : `${round(1 / ratio)}× slower`;
}

/**
 * @param {SizeResult} r
 * @param {string[][]} scenarios [key, label] of the table's rows
 */
function describeSize(r, scenarios) {
	const { corpus } = r;
	const { drafts, future, wordpress, naiveDates } = corpus.counts;
	const lines = [
		`${sizeLabel(r.size)}: ${corpus.size.toLocaleString("en-US")} files, ${(corpus.bytes / 2 ** 20).toFixed(1)} MiB ` +
			`(${drafts} drafts, ${future} future-dated, ${wordpress} WordPress-style, ${naiveDates} naive dates)`,
	];
	if (r.noChangeOutputs) {
		const { untouched, files, changed } = r.noChangeOutputs;
		lines.push(
			untouched
				? `  - no-change rebuilds left all ${files} output files untouched (mtimes unchanged)`
				: `  - no-change rebuilds REWROTE output files: ${changed.join(", ")}`,
		);
	}
	if (r.hugoPages !== null) {
		lines.push(
			`  - Hugo loaded ${r.hugoPages.toLocaleString("en-US")} articles (drafts and future-dated left out) and rendered the newest 50`,
		);
	}
	if (r.editReflected !== null) {
		lines.push(`  - one-article edits ${r.editReflected ? "showed up" : "did NOT show up"} in the outputs`);
	}
	const rejecting = scenarios.filter(([key]) => r.scenarios[key]?.exitCodes?.includes(1)).map(([, label]) => label);
	if (rejecting.length > 0) lines.push(`  - exit code 1 (some articles rejected) from: ${rejecting.join(", ")}`);
	for (const [key, label] of scenarios) {
		const result = r.scenarios[key];
		if (result && result.status !== "ok" && result.reason) lines.push(`  - ${label}: ${result.reason}`);
	}
	return lines;
}
