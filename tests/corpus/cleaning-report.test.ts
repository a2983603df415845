import { afterAll, describe, expect, it } from "vitest";
import { collectBlocks, countWords, normalizeForComparison, readBlockText } from "../../src/clean/blocks.js";
import { CODE_TAGS, parseFragment, readText } from "../../src/clean/tree.js";
import { type CleanedArticle, cleanCorpus } from "./clean-corpus.js";
import { CLEANING_EXPECTATIONS, type CleaningExpectation } from "./cleaning-expectations.js";

// Issue #12, "measure it like a reader would": precision and recall of boilerplate removal and notice detection
// against the annotations of tests/corpus/cleaning-expectations.ts, word retention, glued words, repeated paragraphs
// and per-rule counts, printed by `npm run test:corpus` and held to the goals below.

const cleaned = cleanCorpus();
const expectationOf = (name: string): CleaningExpectation => CLEANING_EXPECTATIONS[name] ?? {};
const norm = (text: string) => normalizeForComparison(text);
const isNews = (name: string) => name.startsWith("wp-scraped/") || name.startsWith("notices/");
// Rules whose removals are boilerplate judgements (junk records only its dialogs and picture labels).
const BOILERPLATE_RULES: ReadonlySet<string> = new Set(["boilerplate", "junk"]);
// Words the cleaner writes itself: embed links ("Video: YouTube").
const WRITTEN_WORDS: ReadonlySet<string> = new Set([
	"video",
	"youtube",
	"vimeo",
	"post",
	"audio",
	"embedded",
	"x",
	"twitter",
]);
// What is removed on purpose besides blocks: ad placeholders, template tags, skip and pager links, Source links.
const NOISE_PATTERNS: readonly RegExp[] = [
	/\[(?:ad(?:_\d+)?|adsense)\]/gi,
	/\{\{<youtube>\}\}[\s\S]*?\{\{<\/youtube>\}\}/g,
	/\{\{[<%][\s\S]*?[>%]\}\}/g,
	/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g,
	/(?:Go Back to Top\. )?Skip To: Start of Article\./g,
	/Continued\.\.\./g,
	/\bSource(?: link)?\s*$/,
	/\bLicense\s+(?=This post is licensed)/g,
];

function visibleText(html: string): string {
	return readText(parseFragment(html)).replace(/\s+/g, " ");
}

function wordsOf(text: string): string[] {
	return (
		text
			.toLowerCase()
			.normalize("NFC")
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

function proseOf(html: string): string {
	return readText(parseFragment(html), new Set([...CODE_TAGS, "script", "style"]));
}

interface Measure {
	annotated: number;
	annotatedRemoved: number;
	removed: number;
	removedAnnotated: number;
	noticeTp: number;
	noticeFp: number;
	noticeFn: number;
	inputWords: number;
	lostWords: string[];
	gluedWords: string[];
	repeated: string[];
	missedKeeps: string[];
	wrongEmpty: string[];
	junkOnlyPublished: string[];
	unannotatedRemovals: string[];
	missedBoilerplate: string[];
	hits: Map<string, number>;
	reasons: Map<string, number>;
}

function measure(articles: readonly CleanedArticle[]): Measure {
	const m: Measure = {
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
		unannotatedRemovals: [],
		missedBoilerplate: [],
		hits: new Map(),
		reasons: new Map(),
	};
	for (const { name, html, result } of articles) {
		const expected = expectationOf(name);
		const output = norm(visibleText(result.html));
		const notice = norm(result.notice ?? "");
		const snippets = (expected.boilerplate ?? []).map(norm);
		for (const [rule, count] of Object.entries(result.hits)) m.hits.set(rule, (m.hits.get(rule) ?? 0) + count);

		// Boilerplate: recall over annotated blocks, precision over the blocks the rules removed.
		for (const snippet of snippets) {
			m.annotated++;
			if (!output.includes(snippet)) m.annotatedRemoved++;
			else m.missedBoilerplate.push(`${name}: ${snippet}`);
		}
		const judged = result.removals.filter((r) => BOILERPLATE_RULES.has(r.rule) && /[\p{L}\p{N}]/u.test(r.text));
		for (const removal of judged) {
			m.removed++;
			const text = norm(removal.text);
			if (snippets.some((snippet) => text.startsWith(snippet) || snippet.startsWith(text))) m.removedAnnotated++;
			else m.unannotatedRemovals.push(`${name}: ${removal.text.slice(0, 80)} (${removal.reason})`);
			const reason = removal.reason.replace(/\d+ articles from \S+/, "N articles from the host");
			m.reasons.set(`${removal.rule}: ${reason}`, (m.reasons.get(`${removal.rule}: ${reason}`) ?? 0) + 1);
		}

		// Notices: what should become the item's rights, and nothing else.
		const wanted = expected.notice ?? null;
		if (wanted !== null && result.notice?.startsWith(wanted) === true) m.noticeTp++;
		else {
			if (wanted !== null) m.noticeFn++;
			if (result.notice !== undefined && expected.isJunkOnly !== true) m.noticeFp++;
		}

		// Junk-only items are left out; nothing else is.
		if (expected.isJunkOnly === true && result.html !== "") m.junkOnlyPublished.push(name);
		if (expected.isJunkOnly !== true && result.html === "") m.wrongEmpty.push(name);
		for (const keep of expected.keep ?? []) {
			if (!output.includes(norm(keep)) && !notice.includes(norm(keep))) m.missedKeeps.push(`${name}: ${keep}`);
		}

		// Every word of the article stays: in the body, in the notice, or in a block annotated as boilerplate.
		let before = visibleText(html);
		for (const pattern of NOISE_PATTERNS) before = before.replace(pattern, " ");
		const inputWords = new Set(wordsOf(before));
		const kept = new Set([...wordsOf(visibleText(result.html)), ...wordsOf(result.notice ?? "")]);
		const allowed = new Set(
			result.removals
				.filter((removal) => snippets.some((snippet) => norm(removal.text).startsWith(snippet)))
				.flatMap((removal) => wordsOf(removal.text)),
		);
		m.inputWords += inputWords.size;
		if (expected.isJunkOnly !== true) {
			for (const word of inputWords) if (!kept.has(word) && !allowed.has(word)) m.lostWords.push(`${name}: ${word}`);
		}

		// Glued words: a word of the output that no input had ("theshooting").
		const inputAll = new Set(wordsOf(visibleText(html)));
		for (const word of wordsOf(proseOf(result.html))) {
			if (!inputAll.has(word) && !WRITTEN_WORDS.has(word)) m.gluedWords.push(`${name}: ${word}`);
		}

		// Repeated paragraphs in news items.
		if (isNews(name)) {
			const seen = new Set<string>();
			for (const block of collectBlocks(parseFragment(result.html))) {
				const text = norm(readBlockText(block));
				if (countWords(text) < 8) continue;
				if (seen.has(text)) m.repeated.push(`${name}: ${text.slice(0, 60)}`);
				seen.add(text);
			}
		}
	}
	return m;
}

const m = measure(cleaned);
const percent = (part: number, whole: number) => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)} %`);

afterAll(() => {
	const knownMisses = Object.values(CLEANING_EXPECTATIONS).flatMap((e) => e.knownMisses ?? []);
	const lines = [
		"",
		`cleaning report over ${cleaned.length} corpus articles (${cleaned.filter((a) => isNews(a.name)).length} scraped news)`,
		`  boilerplate: precision ${percent(m.removedAnnotated, m.removed)} (${m.removedAnnotated}/${m.removed} removed blocks annotated), recall ${percent(m.annotatedRemoved, m.annotated)} (${m.annotatedRemoved}/${m.annotated} annotated blocks removed)`,
		`  notices: precision ${percent(m.noticeTp, m.noticeTp + m.noticeFp)}, recall ${percent(m.noticeTp, m.noticeTp + m.noticeFn)} (${m.noticeTp} found, ${m.noticeFn} missed, ${m.noticeFp} false)`,
		`  word retention of non-boilerplate text: ${percent(m.inputWords - m.lostWords.length, m.inputWords)} (${m.lostWords.length} lost)`,
		`  glued words: ${m.gluedWords.length}; repeated paragraphs in news: ${m.repeated.length}; junk-only items published: ${m.junkOnlyPublished.length}`,
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
	it("can fail: a glued word, a lost word, a repeat, a wrong notice and a stray removal all show", () => {
		const base = { hits: {}, diagnostics: [], text: "" };
		const bad: CleanedArticle = {
			name: "notices/invented.md",
			article: cleaned[0]?.article ?? ({} as CleanedArticle["article"]),
			html: "<p>The ferry left at dawn with four crew aboard today.</p><p>Old pier.</p>",
			result: {
				...base,
				html: "<p>Theferry left at dawn with four crew aboard today.</p><p>Theferry left at dawn with four crew aboard today.</p>",
				notice: "Old pier.",
				removals: [{ rule: "boilerplate", text: "Old pier.", reason: "invented" }],
			},
		};
		const result = measure([bad]);
		expect(result.gluedWords).toEqual(["notices/invented.md: theferry", "notices/invented.md: theferry"]);
		expect(result.lostWords).toContain("notices/invented.md: ferry");
		expect(result.repeated).toHaveLength(1);
		expect(result.noticeFp).toBe(1);
		expect(result.unannotatedRemovals).toHaveLength(1);
	});
});

describe("cleaning measured against the corpus annotations", () => {
	it("annotates only articles that exist", () => {
		const names = new Set(cleaned.map((article) => article.name));
		expect(Object.keys(CLEANING_EXPECTATIONS).filter((name) => !names.has(name))).toEqual([]);
	});

	it("removes no block a reader would keep (boilerplate precision 100 %)", () => {
		expect(m.unannotatedRemovals).toEqual([]);
	});

	it("removes every annotated boilerplate block but the known misses", () => {
		const known = Object.values(CLEANING_EXPECTATIONS).flatMap((e) =>
			(e.knownMisses ?? []).map((miss) => norm(miss.split(":")[0] ?? "")),
		);
		expect(m.missedBoilerplate.filter((miss) => !known.some((k) => norm(miss).includes(k)))).toEqual([]);
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
