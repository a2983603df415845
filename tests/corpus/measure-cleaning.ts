import { collectBlocks, countWords, normalizeForComparison, readBlockText } from "../../src/clean/blocks.js";
import { HIDDEN_IN_FEED } from "../../src/clean/html-vocabulary.js";
import type { CleanRemoval } from "../../src/clean/index.js";
import { CODE_TAGS, parseFragment, readText } from "../../src/clean/tree.js";
import type { CleaningExpectation } from "./cleaning-expectations.js";

// How well a cleaner did on one annotated corpus, measured the same way for wirefeed and for any other extractor
// (bench/cleaning/compare.ts runs Mozilla Readability through it): which blocks of the input a reader sees in the
// output, against which of them the annotations call boilerplate.

/** What a cleaner made of one article. */
export interface CleaningOutcome {
	readonly name: string;
	/** The body as rendered to HTML, before cleaning. */
	readonly input: string;
	/** The cleaned body (HTML); empty when the item is left out. */
	readonly output: string;
	/** A rights notice moved out of the body, if the cleaner does that. */
	readonly notice?: string;
	/** Blocks the cleaner says it removed, with why (wirefeed only). */
	readonly removals?: readonly CleanRemoval[];
	/** Changes per rule (wirefeed only). */
	readonly hits?: Readonly<Record<string, number>>;
}

/** The numbers of one measurement. */
export interface CleaningMeasure {
	articles: number;
	/** Annotated boilerplate blocks, and how many of them are gone from the output. */
	annotated: number;
	annotatedRemoved: number;
	/** Input blocks gone from the output (rights notices and markup noise aside), and how many were annotated. */
	removed: number;
	removedAnnotated: number;
	noticeTp: number;
	noticeFp: number;
	noticeFn: number;
	/** Distinct words of the article text (boilerplate and noise aside), and the ones lost. */
	inputWords: number;
	lostWords: string[];
	gluedWords: string[];
	repeated: string[];
	missedKeeps: string[];
	wrongEmpty: string[];
	junkOnlyPublished: string[];
	/** Removed blocks no annotation calls boilerplate: article text lost. */
	wrongRemovals: string[];
	missedBoilerplate: string[];
	hits: Map<string, number>;
	reasons: Map<string, number>;
}

// What cleaning removes on purpose besides blocks: ad placeholders, template tags, skip and pager links, Source links.
const NOISE_PATTERNS: readonly RegExp[] = [
	/\[(?:ad(?:_\d+)?|adsense)\]/gi,
	/\{\{<youtube>\}\}[\s\S]*?\{\{<\/youtube>\}\}/g,
	/\{\{[<%][\s\S]*?[>%]\}\}/g,
	/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g,
	/(?:Go Back to Top\. )?Skip To: Start of Article\./g,
	/Continued\.\.\./g,
	/^\s*Source(?: link)?\s*$/,
	/\bLicense\s*$/,
];
// Words a cleaner writes itself: embed links ("Video: YouTube").
const WRITTEN_WORDS: ReadonlySet<string> = new Set(["video", "youtube", "vimeo", "post", "audio", "embedded", "x"]);
// Rules whose removals are judgements about boilerplate (junk records only its dialogs and picture labels).
const JUDGING_RULES: ReadonlySet<string> = new Set(["boilerplate", "junk"]);

const norm = (text: string) => normalizeForComparison(text);
const wordsOf = (text: string): string[] =>
	text
		.toLowerCase()
		.normalize("NFC")
		.match(/[\p{L}\p{N}]+/gu) ?? [];
const isNews = (name: string) => name.startsWith("wp-scraped/") || name.startsWith("notices/");

// An annotated sentence inside a block ("… wires. The post X appeared first on Y.") is judged apart from the text before it.
function splitAtSnippets(text: string, snippets: readonly string[]): string[] {
	for (const snippet of snippets) {
		const words = snippet.split(" ");
		const pattern = new RegExp(
			`[^\\p{L}\\p{N}]${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\p{L}\\p{N}]+")}`,
			"iu",
		);
		const at = pattern.exec(text)?.index;
		if (at !== undefined && at > 0) return [text.slice(0, at + 1), text.slice(at + 1)];
	}
	return [text];
}

function denoise(text: string): string {
	let value = text;
	for (const pattern of NOISE_PATTERNS) value = value.replace(pattern, " ");
	return value;
}

/** Measures cleaning outcomes against the annotations (a file without annotations has no boilerplate or notice). */
export function measureCleaning(
	outcomes: readonly CleaningOutcome[],
	expectations: Readonly<Record<string, CleaningExpectation>>,
): CleaningMeasure {
	const m: CleaningMeasure = {
		articles: outcomes.length,
		annotated: 0,
		annotatedRemoved: 0,
		removed: 0,
		removedAnnotated: 0,
		noticeTp: 0,
		noticeFp: 0,
		noticeFn: 0,
		inputWords: 0,
		lostWords: [],
		gluedWords: [],
		repeated: [],
		missedKeeps: [],
		wrongEmpty: [],
		junkOnlyPublished: [],
		wrongRemovals: [],
		missedBoilerplate: [],
		hits: new Map(),
		reasons: new Map(),
	};
	for (const outcome of outcomes) {
		const { name } = outcome;
		const expected = expectations[name] ?? {};
		const snippets = (expected.boilerplate ?? []).map(norm);
		const outputText = readText(parseFragment(outcome.output));
		const output = norm(outputText);
		const notice = norm(outcome.notice ?? "");
		const expectedNotice = expected.notice === undefined || expected.notice === null ? "" : norm(expected.notice);
		for (const [rule, count] of Object.entries(outcome.hits ?? {})) m.hits.set(rule, (m.hits.get(rule) ?? 0) + count);
		for (const removal of outcome.removals ?? []) {
			if (!JUDGING_RULES.has(removal.rule) || !/[\p{L}\p{N}]/u.test(removal.text)) continue;
			const reason = `${removal.rule}: ${removal.reason.replace(/\d+ articles from \S+/, "N articles from the host")}`;
			m.reasons.set(reason, (m.reasons.get(reason) ?? 0) + 1);
		}

		// Block by block: annotated boilerplate should be gone, everything else should be there.
		const articleWords = new Set<string>();
		// Code is never cleaned: only prose blocks are judged.
		const blocks = collectBlocks(parseFragment(outcome.input), {
			hidden: HIDDEN_IN_FEED,
			isSkipped: (element) => element.tagName === "pre",
		});
		for (const raw of blocks.flatMap((block) =>
			splitAtSnippets(denoise(readBlockText(block, HIDDEN_IN_FEED)), snippets),
		)) {
			const text = norm(raw);
			if (text === "") continue;
			const isBoilerplate = snippets.some((snippet) => text.startsWith(snippet) || snippet.startsWith(text));
			const isNotice = expectedNotice !== "" && (text.includes(expectedNotice) || expectedNotice.includes(text));
			const isKept = output.includes(text) || notice.includes(text);
			if (isBoilerplate) {
				m.annotated++;
				if (isKept) m.missedBoilerplate.push(`${name}: ${raw.trim().slice(0, 70)}`);
				else m.annotatedRemoved++;
			} else for (const word of wordsOf(raw)) articleWords.add(word);
			if (isKept || isNotice) continue;
			m.removed++;
			if (isBoilerplate) m.removedAnnotated++;
			else if (expected.isJunkOnly !== true && countWords(raw) > 0)
				m.wrongRemovals.push(`${name}: ${raw.trim().slice(0, 70)}`);
		}

		// Notices: what should become the item's rights, and nothing else.
		const wanted = expected.notice ?? null;
		if (wanted !== null && outcome.notice?.startsWith(wanted) === true) m.noticeTp++;
		else {
			if (wanted !== null) m.noticeFn++;
			if (outcome.notice !== undefined && expected.isJunkOnly !== true) m.noticeFp++;
		}

		// Junk-only items are left out; nothing else is.
		if (expected.isJunkOnly === true && outcome.output !== "") m.junkOnlyPublished.push(name);
		if (expected.isJunkOnly !== true && outcome.output === "") m.wrongEmpty.push(name);
		for (const keep of expected.keep ?? []) {
			if (!output.includes(norm(keep)) && !notice.includes(norm(keep))) m.missedKeeps.push(`${name}: ${keep}`);
		}

		// Every word of the article text stays (in the body or the notice), and no word is made of two.
		const kept = new Set([...wordsOf(outputText), ...wordsOf(outcome.notice ?? "")]);
		if (expected.isJunkOnly !== true) {
			m.inputWords += articleWords.size;
			for (const word of articleWords) if (!kept.has(word)) m.lostWords.push(`${name}: ${word}`);
		}
		const inputWords = new Set(wordsOf(readText(parseFragment(outcome.input), HIDDEN_IN_FEED)));
		const prose = readText(parseFragment(outcome.output), new Set([...CODE_TAGS, "script", "style"]));
		for (const word of wordsOf(prose)) {
			if (!inputWords.has(word) && !WRITTEN_WORDS.has(word)) m.gluedWords.push(`${name}: ${word}`);
		}

		// Repeated paragraphs in news items.
		if (isNews(name)) {
			const seen = new Set<string>();
			for (const block of collectBlocks(parseFragment(outcome.output))) {
				const text = norm(readBlockText(block));
				if (countWords(text) < 8) continue;
				if (seen.has(text)) m.repeated.push(`${name}: ${text.slice(0, 60)}`);
				seen.add(text);
			}
		}
	}
	return m;
}

/** The measurement as the lines `npm run test:corpus` and the bench print. */
export function formatCleaningMeasure(label: string, m: CleaningMeasure): string[] {
	const percent = (part: number, whole: number) => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)} %`);
	return [
		`${label} over ${m.articles} corpus articles`,
		`  boilerplate: precision ${percent(m.removedAnnotated, m.removed)} (${m.removedAnnotated} of ${m.removed} removed blocks annotated), recall ${percent(m.annotatedRemoved, m.annotated)} (${m.annotatedRemoved} of ${m.annotated} annotated blocks removed)`,
		`  notices: precision ${percent(m.noticeTp, m.noticeTp + m.noticeFp)}, recall ${percent(m.noticeTp, m.noticeTp + m.noticeFn)} (${m.noticeTp} found, ${m.noticeFn} missed, ${m.noticeFp} false)`,
		`  word retention of article text: ${percent(m.inputWords - m.lostWords.length, m.inputWords)} (${m.lostWords.length} of ${m.inputWords} distinct words lost)`,
		`  glued words: ${m.gluedWords.length}; repeated paragraphs in news: ${m.repeated.length}; junk-only items published: ${m.junkOnlyPublished.length}; articles wrongly emptied: ${m.wrongEmpty.length}`,
	];
}
