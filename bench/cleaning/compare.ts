import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { cleanHtml } from "../../src/clean/index.js";
import { cleanContextFor } from "../../src/render/clean-context.js";
import { cleanCorpus, corpusConfig } from "../../tests/corpus/clean-corpus.js";
import { CLEANING_EXPECTATIONS } from "../../tests/corpus/cleaning-expectations.js";
import { type CleaningOutcome, formatCleaningMeasure, measureCleaning } from "../../tests/corpus/measure-cleaning.js";

// wirefeed's cleaner beside Mozilla Readability (Firefox Reader View) on the same corpus articles, measured by the
// same code against the same annotations (tests/corpus/cleaning-expectations.ts). Readability gets each body as a
// page (the rendered body in <body>, the title in <title>) and its defaults; it removes boilerplate by block scores
// but moves no notice out. Run with `npm run bench:cleaning`; the numbers go in docs/cleaning.md.

const cleaned = cleanCorpus();

const ours: CleaningOutcome[] = cleaned.map(({ name, html, result }) => ({
	name,
	input: html,
	output: result.html,
	...(result.notice !== undefined && { notice: result.notice }),
	removals: result.removals,
}));

const readable = (html: string, title: string): string => {
	const { document } = parseHTML(
		`<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body>${html}</body></html>`,
	);
	// linkedom's document implements what Readability reads; its types are not the DOM's.
	return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.content ?? "";
};
const theirs: CleaningOutcome[] = cleaned.map(({ name, html, article }) => ({
	name,
	input: html,
	output: readable(html, article.title),
}));

// CPU time of the cleaning alone (bodies already rendered), warmed up, the median of 7 passes over the corpus.
const medianCpuMs = (pass: () => void): number => {
	for (let round = 0; round < 3; round++) pass();
	const times: number[] = [];
	for (let round = 0; round < 7; round++) {
		const start = process.cpuUsage().user;
		pass();
		times.push((process.cpuUsage().user - start) / 1000);
	}
	return times.sort((a, b) => a - b)[3] ?? Number.NaN;
};
const config = corpusConfig();
const bodies = cleaned.map(({ article, html, evidence }) => ({
	html,
	context: cleanContextFor(article, config, evidence),
}));
const ourMs = medianCpuMs(() => {
	for (const { html, context } of bodies) cleanHtml(html, context);
});
const readabilityMs = medianCpuMs(() => {
	for (const { html, article } of cleaned) readable(html, article.title);
});

const news = (outcomes: CleaningOutcome[]) => outcomes.filter((o) => /^(?:wp-scraped|notices)\//.test(o.name));
const lines = [
	...formatCleaningMeasure("wirefeed, all articles", measureCleaning(ours, CLEANING_EXPECTATIONS)),
	...formatCleaningMeasure("Readability 0.6, all articles", measureCleaning(theirs, CLEANING_EXPECTATIONS)),
	...formatCleaningMeasure("wirefeed, scraped news", measureCleaning(news(ours), CLEANING_EXPECTATIONS)),
	...formatCleaningMeasure("Readability 0.6, scraped news", measureCleaning(news(theirs), CLEANING_EXPECTATIONS)),
	`CPU time for the ${cleaned.length} bodies (median of 7 warm passes): wirefeed cleanHtml ${ourMs.toFixed(0)} ms; Readability ${readabilityMs.toFixed(0)} ms (linkedom parse + parse())`,
];
console.log(lines.join("\n"));
const detail = process.argv.includes("--detail");
if (detail) {
	const m = measureCleaning(theirs, CLEANING_EXPECTATIONS);
	for (const line of [
		...m.wrongRemovals.map((r) => `readability removed: ${r}`),
		...m.missedBoilerplate.map((r) => `readability kept: ${r}`),
		...m.wrongEmpty.map((r) => `readability emptied: ${r}`),
	])
		console.log(line);
}

function escapeHtml(text: string): string {
	return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
