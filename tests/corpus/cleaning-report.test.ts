import { afterAll, describe, expect, it } from "vitest";
import { normalizeForComparison } from "../../src/clean/blocks.js";
import { cleanCorpus } from "./clean-corpus.js";
import { CLEANING_EXPECTATIONS } from "./cleaning-expectations.js";
import { type CleaningOutcome, formatCleaningMeasure, measureCleaning } from "./measure-cleaning.js";

// Issue #12, "measure it like a reader would": precision and recall of boilerplate removal and notice detection
// against the annotations of tests/corpus/cleaning-expectations.ts, word retention, glued words, repeated paragraphs
// and per-rule counts, printed by `npm run test:corpus` and held to the goals below. bench/cleaning measures Mozilla
// Readability on the same articles with the same code.

const outcomes: CleaningOutcome[] = cleanCorpus().map(({ name, html, result }) => ({
	name,
	input: html,
	output: result.html,
	...(result.notice !== undefined && { notice: result.notice }),
	removals: result.removals,
	hits: result.hits,
}));
const m = measureCleaning(outcomes, CLEANING_EXPECTATIONS);
const knownMisses = Object.values(CLEANING_EXPECTATIONS).flatMap((e) => e.knownMisses ?? []);

afterAll(() => {
	const lines = [
		"",
		...formatCleaningMeasure("wirefeed cleaning", m),
		"  changes per rule:",
		...[...m.hits].sort(([a], [b]) => a.localeCompare(b)).map(([rule, count]) => `    ${rule}: ${count}`),
		"  removed blocks per reason:",
		...[...m.reasons].sort(([a], [b]) => a.localeCompare(b)).map(([reason, count]) => `    ${reason}: ${count}`),
		...m.missedBoilerplate.map((miss) => `  missed: ${miss}`),
		...knownMisses.map((miss) => `  known miss: ${miss}`),
	];
	console.log(lines.join("\n"));
});

describe("the measures", () => {
	it("can fail: a glued word, a lost word, a repeat, a wrong notice and a wrong removal all show", () => {
		const bad: CleaningOutcome = {
			name: "notices/invented.md",
			input: "<p>The ferry left at dawn with four crew aboard today.</p><p>Old pier stays shut.</p>",
			output:
				"<p>Theferry left at dawn with four crew aboard today.</p><p>Theferry left at dawn with four crew aboard today.</p>",
			notice: "Old pier.",
		};
		const result = measureCleaning([bad], {});
		expect(result.gluedWords).toEqual(["notices/invented.md: theferry", "notices/invented.md: theferry"]);
		expect(result.lostWords).toContain("notices/invented.md: ferry");
		expect(result.repeated).toHaveLength(1);
		expect(result.noticeFp).toBe(1);
		expect(result.wrongRemovals).toEqual([
			"notices/invented.md: The ferry left at dawn with four crew aboard today.",
			"notices/invented.md: Old pier stays shut.",
		]);
	});
});

describe("cleaning measured against the corpus annotations", () => {
	it("annotates only articles that exist", () => {
		const names = new Set(outcomes.map((outcome) => outcome.name));
		expect(Object.keys(CLEANING_EXPECTATIONS).filter((name) => !names.has(name))).toEqual([]);
	});

	it("removes no block a reader would keep (boilerplate precision 100 %)", () => {
		expect(m.wrongRemovals).toEqual([]);
	});

	it("removes every annotated boilerplate block but the known misses", () => {
		const known = knownMisses.map((miss) => normalizeForComparison(miss.split(":")[0] ?? ""));
		const unknown = m.missedBoilerplate.filter((miss) => !known.some((k) => normalizeForComparison(miss).includes(k)));
		expect(unknown).toEqual([]);
	});

	it("finds every notice, and nothing that is not one", () => {
		expect({ missed: m.noticeFn, false: m.noticeFp }).toEqual({ missed: 0, false: 0 });
	});

	it("keeps every word of the article text, and glues none", () => {
		expect(m.lostWords).toEqual([]);
		expect(m.gluedWords).toEqual([]);
		expect(m.missedKeeps).toEqual([]);
	});

	it("leaves out junk-only items and only those, with no paragraph twice", () => {
		expect(m.junkOnlyPublished).toEqual([]);
		expect(m.wrongEmpty).toEqual([]);
		expect(m.repeated).toEqual([]);
	});
});
