import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseArticle } from "../../src/article/parse-article.js";
import { readBlockFingerprints } from "../../src/evidence/read-block-fingerprints.js";
import { renderEntry } from "../../src/render/render-entry.js";
import { scanEvidenceFacts } from "../../src/scan/scan-evidence-facts.js";
import { makeSource } from "../factories.js";
import { BUILD_ARGS, makeSiteConfig, runCli, SITE, useTempDirs } from "./support.js";

const config = makeSiteConfig();
// A Jekyll site's rules, as its reader gives them.
const jekyllConfig: typeof config = {
	...config,
	site: {
		generator: "jekyll",
		contentPath: "_posts",
		permalinks: { "*": "/:title/" },
		timeZone: "UTC",
		isTypeset: true,
	},
};
// An Eleventy site's rules: a post's `permalink` is filled in, and its Image transform plugin renames its pictures.
const eleventyConfig: typeof config = {
	...config,
	site: {
		generator: "eleventy",
		contentPath: "posts",
		permalinks: {},
		timeZone: "UTC",
		imageTransform: { articles: "posts", copied: [] },
	},
};
// An Astro site's rules: its images relative to the post are dropped, and a `.mdx` post's components reduced.
const astroConfig: typeof config = {
	...config,
	site: { generator: "astro", contentPath: "blog", permalinks: { "*": "/blog/:id/" }, timeZone: "UTC" },
};
const WORDS = "The council met on Tuesday and voted on the harbour budget for the coming year. ";
const page = (body: string) => `---\ntitle: Adversarial\ndate: 2021-08-01\n---\n\n${body}\n`;

/**
 * Adversarial bodies that took quadratic time (issue #11, finding 5, and the same attack on every other rule and
 * parser): each is built at a size `n` (about n bytes), so 4 × n must cost about 4 × the time.
 */
interface Case {
	readonly name: string;
	readonly n: number;
	readonly make: (n: number) => string;
	/** An HTML body where markdown-it's own (slightly superlinear) link-label search would dominate the rule timed. */
	readonly format?: "html";
	/**
	 * The cross-article evidence's reading of the raw body (every article it learns from), instead of a render; its
	 * quick scan of the front matter ("scan"); or the render of a Jekyll site's post (its Liquid and kramdown syntax
	 * handled), of an Astro site's `.md` or `.mdx` post, or of an Eleventy site's post.
	 */
	readonly stage?: "evidence" | "scan" | "jekyll" | "astro" | "mdx" | "eleventy";
}

const CASES: readonly Case[] = [
	// src/clean/shortcodes.ts and tree.ts: a name whose characters the arguments also take, spaces the pattern could
	// split between two runs, and arguments no closing bracket ends were rescanned from every split.
	{ name: "a Hugo shortcode name run on, never closed {{<---", n: 20_000, make: (n) => page(`{{<${"-".repeat(n)}`) },
	{
		name: "a Hugo shortcode opened before a run of spaces",
		n: 20_000,
		make: (n) => page(`{{<${" ".repeat(n)}x`),
		format: "html",
	},
	{
		name: "a page builder tag run on, never closed [vc_-p-p",
		n: 20_000,
		make: (n) => page(`[vc_${"-p".repeat(n / 2)}[`),
		format: "html",
	},
	{
		name: "a WordPress player with sources, never closed [audio m4a=",
		n: 20_000,
		make: (n) => page(`[audio ${"m4a=/".repeat(n / 5)}[`),
		format: "html",
	},
	// src/clean/tree.ts: an attribute name may hold "<", so from every "<" the rest of the text was read as attributes.
	{
		name: "tags whose attribute names hold <, never self-closed",
		n: 20_000,
		make: (n) => page(`h${"<p\tb".repeat(n / 4)}"/>`),
		format: "html",
	},
	// src/clean/junk.ts: a FeedBurner redirect and a lazy loader's placeholder, looked for after every "/~r/" or word.
	{
		name: "a link of FeedBurner redirects never ended",
		n: 20_000,
		make: (n) => page(`<p><a href="/~r/${"~4/~r/r".repeat(n / 7)}~4/~a"></a> text</p>`),
		format: "html",
	},
	{
		name: "an image named by placeholder words, no extension",
		n: 20_000,
		make: (n) => page(`<p><img src="1${"-1X1C".repeat(n / 5)}"> text</p>`),
		format: "html",
	},
	// src/clean/notice-sentences.ts: the owner of a copyright line could start at any of its marks.
	{ name: "a line of © and (c) marks ending in a digit", n: 20_000, make: (n) => page(`©${"©(C)".repeat(n / 4)}0`) },
	// src/article/to-article.ts: an author's "<address>", every "@" of it tried with every later one (front matter is
	// at most 64 KiB, so n stays small).
	{
		name: "an author of @ between two <",
		n: 4_000,
		make: (n) => `---\ntitle: Adversarial\ndate: 2021-08-01\nauthor: "<${"@".repeat(n)}<x"\n---\n\nText.\n`,
	},
	// src/scan/scan-evidence-facts.ts: a front matter line the quick scan reads as a key and a value (the scan reads at
	// most 32 KiB of front matter, so n stays small).
	{
		name: "a front matter value of spaces before a line separator",
		n: 4_000,
		make: (n) => `---\ntitle: Adversarial\ndate: 2021-08-01\nsummary: ${" ".repeat(n)}\u2028x\n---\n\nText.\n`,
		stage: "scan",
	},
	// src/evidence/read-block-fingerprints.ts: hidden elements, links, images and fences whose end never comes.
	{ name: "evidence: <svg never closed", n: 20_000, make: (n) => `O${"<SVG-G".repeat(n / 6)}a`, stage: "evidence" },
	{ name: "evidence: images never closed ![](", n: 20_000, make: (n) => "![](".repeat(n / 4), stage: "evidence" },
	{
		name: "evidence: link labels never followed by (",
		n: 20_000,
		make: (n) => `${"[".repeat(n)}]x`,
		stage: "evidence",
	},
	{
		name: "evidence: fences ended by carriage returns",
		n: 20_000,
		make: (n) => "```\r".repeat(n / 4),
		stage: "evidence",
	},
	{ name: "an unclosed Hugo shortcode {{<a repeated", n: 160_000, make: (n) => page("{{<a ".repeat(n / 5)) },
	{ name: "an unclosed Hugo shortcode {{% repeated", n: 160_000, make: (n) => page("{{% ".repeat(n / 4)) },
	{ name: "paired Hugo shortcodes never closed", n: 40_000, make: (n) => page("{{< note >}} ".repeat(n / 13)) },
	{ name: "an unclosed Liquid tag {% repeated", n: 160_000, make: (n) => page("{% ".repeat(n / 3)) },
	{ name: "an unclosed Liquid output {{ repeated", n: 160_000, make: (n) => page("{{ ".repeat(n / 3)) },
	{ name: "a Liquid link label [ repeated", n: 40_000, make: (n) => page("[".repeat(n)) },
	{ name: "Liquid links never closed [a]({{", n: 160_000, make: (n) => page("[a]({{ ".repeat(n / 8)) },
	{ name: "an unclosed [caption repeated", n: 320_000, make: (n) => page("[caption ".repeat(n / 9)), format: "html" },
	{ name: "an unclosed [embed repeated", n: 320_000, make: (n) => page("[embed ".repeat(n / 7)), format: "html" },
	{
		name: "[caption] opened in many paragraphs, never closed",
		n: 40_000,
		make: (n) => page("[caption] <b>x</b> ".repeat(n / 19)),
		format: "html",
	},
	{ name: "an unclosed [ad_ repeated", n: 320_000, make: (n) => page("[ad_".repeat(n / 4)), format: "html" },
	{ name: "a '# a' heading title with a run of spaces", n: 2_000_000, make: (n) => `# a${" ".repeat(n)}b\n\nText.\n` },
	{ name: "a '# a' heading title with a run of #", n: 2_000_000, make: (n) => `# a ${"#".repeat(n)}b\n\nText.\n` },
	// src/clean/plain-text.ts: a title's tags were matched by searching every tag still open at each closing tag, and
	// a <script>'s end was searched for from the first tag.
	{
		name: "a '# …' heading title of tags opened, then others closed",
		n: 40_000,
		make: (n) => `---\ndate: 2021-08-01\n---\n\n# ${"<b>".repeat(n / 7)}${"</i>".repeat(n / 7)}x\n\nText.\n`,
	},
	{
		name: "a '# …' heading title of <script> elements",
		n: 40_000,
		make: (n) => `---\ndate: 2021-08-01\n---\n\n# a${"<script></script>".repeat(n / 17)}\n\nText.\n`,
	},
	// src/clean/tree.ts: a terminal escape sequence is removed whole; one never ended must not be read on from every ESC.
	{
		name: "terminal escape sequences never ended",
		n: 80_000,
		make: (n) => page(`a ${"\u001b]0;x \u001b[1;2;3".repeat(n / 14)} b`),
	},
	{ name: "a run of spaces before a comma", n: 800_000, make: (n) => page(`a${" ".repeat(n)},b`) },
	{ name: "a run of no-break spaces before a full stop", n: 800_000, make: (n) => page(`a${"\u00a0".repeat(n)}.B`) },
	{ name: "a run of tabs in a sentence", n: 400_000, make: (n) => page(`<p>a${"\t".repeat(n)}b</p>`) },
	{ name: "self-closing tags with an unclosed quote", n: 80_000, make: (n) => page('<a b="'.repeat(n / 6)) },
	{ name: "many unclosed elements", n: 10_000, make: (n) => page("<b><i>".repeat(n / 6)) },
	// src/clean/junk.ts: empty elements were removed one by one (splice), each moving the rest of the list; flattening
	// 130,000 nested <b>s leaves as many empty shells side by side, and that alone took 37 s.
	{
		name: "empty elements side by side",
		n: 200_000,
		make: (n) => page(`<div><p>x</p>${"<b></b>".repeat(n / 7)}</div>`),
	},
	// src/clean/junk.ts: each <picture> replaced by its <img> copied its parent's whole list of children (a gallery of
	// 16,000 pictures, 1.2 MB: 8 s; 100,000 in the 8 MiB a file may have: minutes, in one uninterruptible rule).
	{
		name: "pictures side by side (a gallery)",
		n: 160_000,
		make: (n) =>
			page(
				`<div>${Array.from({ length: n / 80 }, (_, i) => `<picture><source srcset="/g/${i}.webp"><img src="/g/${i}.jpg" alt="p"></picture>`).join("")}</div>`,
			),
		format: "html",
	},
	// src/clean/boilerplate.ts: each "Related:" label copied the rest of the body's blocks to look at the links under it.
	{
		name: '"Related:" labels, each over one link',
		n: 400_000,
		make: (n) =>
			page(
				Array.from({ length: n / 56 }, (_, i) => `<p>Related:</p><p><a href="/r/${i}">Story ${i}</a></p>`).join("\n"),
			),
		format: "html",
	},
	{
		name: "thousands of footnotes",
		n: 16_000,
		make: (n) => {
			const labels = Array.from({ length: n / 16 }, (_, i) => i);
			return page(`${labels.map((i) => `a[^${i}]`).join(" ")}\n\n${labels.map((i) => `[^${i}]: n`).join("\n")}`);
		},
	},
	{
		name: "adjacent styled spans (a word processor's paste)",
		n: 400_000,
		make: (n) => page(`<div>${`<span style="font-family: Arial">${"w".repeat(40)} </span>`.repeat(n / 80)}</div>`),
		format: "html",
	},
	{
		name: "repeated paragraphs (duplicate-body)",
		n: 100_000,
		make: (n) => page(Array.from({ length: n / 400 }, () => `<p>${WORDS.repeat(5)}</p>`).join("\n")),
	},
	{
		name: "repeated paragraphs, each a little different",
		n: 200_000,
		make: (n) => page(Array.from({ length: n / 400 }, (_, i) => `<p>${WORDS.repeat(5)}${i % 50}</p>`).join("\n")),
	},
	{
		name: "truncated copies (…) sharing their first words",
		n: 100_000,
		make: (n) =>
			page(
				Array.from({ length: n / 100 }, (_, i) => `<p>${WORDS.slice(0, 60)} and item ${i} of the list ...</p>`).join(
					"\n",
				),
			),
		format: "html",
	},
	{
		name: 'HTML blocks marked markdown="1", never closed',
		n: 80_000,
		make: (n) => page('<div markdown="1">\n'.repeat(n / 19)),
	},
	{
		name: 'HTML blocks marked markdown="1", nested',
		n: 20_000,
		make: (n) => page(`${'<div markdown="1">\n'.repeat(n / 38)}x\n${"</div>\n".repeat(n / 38)}`),
	},
	{
		name: "kramdown comments never closed",
		n: 80_000,
		make: (n) => page("{::comment} ".repeat(n / 12)),
		stage: "jekyll",
	},
	{
		name: "kramdown comments, each closed, none the short way ({:/})",
		n: 80_000,
		make: (n) => page("{::comment}a{:/comment} ".repeat(n / 24)),
		stage: "jekyll",
	},
	{ name: "Markdown emphasis never closed", n: 80_000, make: (n) => page("*a _b ".repeat(n / 6)) },
	// src/clean/blocks.ts: ICU's word breaker (Intl.Segmenter) costs far more than linear on one long run of text in a
	// script written without spaces: 27 s for 80 KB of short Chinese sentences, past the article's time budget.
	{ name: "one long paragraph of Chinese", n: 20_000, make: (n) => page("中文。".repeat(n / 3)) },
	{ name: "one long paragraph of Thai", n: 20_000, make: (n) => page("ภาษาไทย".repeat(n / 7)) },
	{ name: "Markdown links never closed", n: 160_000, make: (n) => page("[a](b ".repeat(n / 6)) },
	{ name: "evidence: a run of <", n: 20_000, make: (n) => "<".repeat(n), stage: "evidence" },
	{
		name: "evidence: <p never closed",
		n: 20_000,
		make: (n) => "<p ".repeat(n / 3),
		stage: "evidence",
		format: "html",
	},
	{
		name: "a long plain article",
		n: 200_000,
		make: (n) => page(Array.from({ length: n / 820 }, (_, i) => `${WORDS.repeat(10)}Paragraph ${i}.`).join("\n\n")),
	},
	// The regular expression audit's attacks (docs/cleaning.md, "Regular expressions and hostile input").
	{
		name: "Liquid link tags holding a run of tabs",
		n: 400,
		make: (n) => page(`{%link\t${"\t".repeat(n)}{%link\to%}`),
		stage: "jekyll",
	},
	{
		name: "a Liquid gist tag over lines, never closed",
		n: 20_000,
		make: (n) => page(`{%gist\nx${"\t".repeat(n)}s`),
		stage: "jekyll",
	},
	{
		name: "a Liquid highlight tag's long language",
		n: 20_000,
		make: (n) => page(`{%highlight\tl${"i".repeat(n)}`),
		stage: "jekyll",
	},
	{
		name: "Liquid highlight blocks never closed",
		n: 160_000,
		make: (n) => page("{% highlight js %}\nx\n".repeat(n / 21)),
		stage: "jekyll",
	},
	{
		name: "Liquid raw blocks never closed",
		n: 40_000,
		make: (n) => page("-endraw%}{%raw%}".repeat(n / 16)),
		stage: "jekyll",
	},
	{
		name: "Liquid comment blocks never closed",
		n: 40_000,
		make: (n) => page("{%comment%}".repeat(n / 11)),
		stage: "jekyll",
	},
	{
		name: "Liquid tags never closed, each after a }",
		n: 40_000,
		make: (n) => page("}{%a".repeat(n / 4)),
		stage: "jekyll",
	},
	{ name: "a Liquid link tag never closed, tabs after it", n: 300, make: (n) => page(`{%link\t${"\t".repeat(n)}`) },
	{ name: 'a {{ "…" link filter holding spaces and tabs', n: 4_000, make: (n) => page(`]({{"${" \t".repeat(n / 2)}s`) },
	{ name: "a run of tabs where a link could start", n: 20_000, make: (n) => page(`]( {{l${"\t\t".repeat(n / 2)}`) },
	{ name: "a link's address with a run of spaces", n: 20_000, make: (n) => page(`<a href="a${" ".repeat(n)}x">l</a>`) },
	{
		name: "a srcset of commas without spaces",
		n: 20_000,
		make: (n) => page(`<img src="a.png" srcset="${",a".repeat(n / 2)}">`),
	},
	{
		name: "a Hugo ref shortcode's long reference",
		n: 20_000,
		make: (n) => page(`{{<ref\t}${"=".repeat(n)}{{%ref\t}>}}`),
	},
	{
		name: "a Hugo highlight shortcode's long language",
		n: 20_000,
		make: (n) => page(`{{%highlight\nt${"t".repeat(n)}t{{%/highlight>}}`),
	},
	{ name: "Hugo commented shortcodes never closed", n: 160_000, make: (n) => page(`${">}}{{</*".repeat(n / 8)}%}}`) },
	{
		name: "Astro: images whose path never ends",
		n: 20_000,
		make: (n) => page(`${"![](<\t".repeat(n / 6)}\n`),
		stage: "astro",
	},
	{ name: "Astro: image alts never closed", n: 20_000, make: (n) => page(`${"![[(".repeat(n / 4)}\n`), stage: "astro" },
	{ name: "MDX: components never closed", n: 10_000, make: (n) => page("<Note>a ".repeat(n / 8)), stage: "mdx" },
	{
		name: "MDX: capitalised HTML tags in comments",
		n: 10_000,
		make: (n) => page(`<!--${"--><H1><".repeat(n / 8)}a`),
		stage: "mdx",
	},
	{
		name: "MDX: one closing tag after many opened",
		n: 10_000,
		make: (n) => page(`${"<Note>a ".repeat(n / 8)}</Note>`),
		stage: "mdx",
	},
	{
		name: "footnote labels with a space, over lines that U+2028 ends, never closed",
		n: 1_200,
		make: (n) => page(`${"[^\u2028".repeat(n / 6)}${" \u2028".repeat(n / 6)}`),
	},
	{
		// Front matter is capped at 64 KiB, so once n has doubled past a quarter of that both sizes are rejected early.
		name: "an Eleventy permalink of tabs after {{",
		n: 500,
		make: (n) => `---\ntitle: A\ndate: 2021-08-01\npermalink: "{{${"\t".repeat(n)}x"\n---\n\nText.\n`,
		stage: "eleventy",
	},
	{
		name: "Hugo ref shortcodes opened, never closed {{<ref x",
		n: 40_000,
		make: (n) => page(`${"{{<ref x ".repeat(n / 9)}}>}}`),
	},
	{
		name: "Eleventy: <img never closed, where the Image transform reads them",
		n: 20_000,
		make: (n) => page(`${"<img ".repeat(n / 5)}>`),
		stage: "eleventy",
	},
	{
		name: "Eleventy: <img src=a never closed, no > after",
		n: 2_000,
		make: (n) => page("<img src=a ".repeat(n / 11)),
		stage: "eleventy",
	},
	{ name: "MDX: props of code never closed <A {", n: 10_000, make: (n) => page("<A {".repeat(n / 4)), stage: "mdx" },
	{
		name: "MDX: components nested deep",
		n: 10_000,
		make: (n) => page(`${"<A>\n".repeat(n / 9)}x${"\n</A>".repeat(n / 9)}`),
		stage: "mdx",
	},
	{ name: "MDX: a run of blank lines", n: 40_000, make: (n) => page(`=${"\n".repeat(n)}x`), stage: "mdx" },
	{ name: "MDX: strings never closed", n: 20_000, make: (n) => page(`${"/\\\"\\'".repeat(n / 5)}/`), stage: "mdx" },
];

/** CPU time of one parse and render, in ms: unlike the clock, it does not count the time other processes had the CPU. */
function renderOnce(text: string, format: Case["format"], stage: Case["stage"]): number {
	const started = process.cpuUsage();
	if (stage === "evidence" || stage === "scan") {
		if (stage === "scan") scanEvidenceFacts(makeSource("adversarial.md", text), config);
		else readBlockFingerprints(format ?? "markdown", text);
		const used = process.cpuUsage(started);
		return (used.user + used.system) / 1000;
	}
	// A Jekyll post is named by its date.
	const siteConfig =
		stage === "jekyll"
			? jekyllConfig
			: stage === "eleventy"
				? eleventyConfig
				: stage === "astro" || stage === "mdx"
					? astroConfig
					: config;
	const name = stage === "jekyll" ? "2021-08-01-adversarial" : "adversarial";
	const parsed = parseArticle(
		format === "html"
			? makeSource(`${name}.html`, text, "html")
			: makeSource(`${name}.${stage === "mdx" ? "mdx" : "md"}`, text),
		siteConfig,
	);
	if (parsed.article !== undefined) renderEntry(parsed.article, siteConfig);
	const used = process.cpuUsage(started);
	return (used.user + used.system) / 1000;
}

// Below this, a garbage collection is a large part of a run.
const MIN_SMALL_MS = 25;

/**
 * Times `make(n)` and `make(4n)`, best of several interleaved runs so that one pause of a loaded machine cannot make a
 * linear case fail. `n` is doubled until the small input's best run takes long enough to time: a probe before the runs
 * is not enough, as the code gets faster once optimized (a 14 ms best after a 25 ms probe gave 8.2× on a busy machine).
 */
function measureRatio({ make, n: start, format, stage }: Case): {
	n: number;
	small: number;
	large: number;
	ratio: number;
} {
	for (let n = start; ; n *= 2) {
		const small = make(n);
		const large = make(4 * n);
		// Warm: the first run of a size also compiles what it runs (and the first of the larger one, more of it).
		renderOnce(small, format, stage);
		renderOnce(large, format, stage);
		let bestSmall = Number.POSITIVE_INFINITY;
		let bestLarge = Number.POSITIVE_INFINITY;
		for (let run = 0; run < 3; run++) {
			bestSmall = Math.min(bestSmall, renderOnce(small, format, stage));
			bestLarge = Math.min(bestLarge, renderOnce(large, format, stage));
			// A quadratic case is already far over; stop there instead of waiting for more runs of it.
			if (bestLarge > 40 * bestSmall) break;
		}
		// 4 × n stays within the 8 MiB file limit.
		if (bestSmall >= MIN_SMALL_MS || n >= 2_000_000) {
			return { n, small: bestSmall, large: bestLarge, ratio: bestLarge / bestSmall };
		}
	}
}

describe("security: every rule and parser is linear in its input (issue #11, finding 5)", () => {
	// One retry: a quadratic case is over 8× every time (16× in theory), a load spike on a shared CI machine is not.
	test.each(CASES)("$name: 4× the input costs under 8× the time", { timeout: 300_000, retry: 1 }, (testCase) => {
		const measured = measureRatio(testCase);
		const { small, large, ratio } = measured;
		expect(ratio, `${small.toFixed(0)} ms at ${measured.n}, ${large.toFixed(0)} ms at 4×`).toBeLessThan(8);
	});
});

/**
 * Below the 64 levels it allows, a body's elements keep their nesting (deeper ones are flattened into the 64th), so a
 * rule that reads or copies what is below an element at every level above it costs up to 64 × the body: in time
 * linear in the size, which the ratios above cannot see. 480 KB of nested table cells took 20 s where the same cells
 * side by side take 1 s (src/clean/shortcodes.ts, source-link.ts and blocks.ts; and the flattened body was cleaned
 * twice more only to give its warning a line it does not have, src/clean/index.ts).
 */
const NESTED: readonly { readonly name: string; readonly nested: string; readonly sideBySide: string }[] = [
	{ name: "table cells", nested: "<table><tr><td>x ", sideBySide: "<table><tr><td>x </td></tr></table>" },
	{ name: "divs", nested: "<div><p>x</p>", sideBySide: "<div><p>x</p></div>" },
];

describe("security: nesting costs about what the same elements side by side cost", () => {
	test.each(NESTED)(
		"$name nested 6,000 deep: under 3.5× the time side by side",
		{ timeout: 300_000, retry: 1 },
		(shape) => {
			const count = 6_000;
			const nested = page(shape.nested.repeat(count));
			const sideBySide = page(shape.sideBySide.repeat(count));
			// Warm, then the best of three interleaved runs, as above.
			renderOnce(nested, "html", undefined);
			renderOnce(sideBySide, "html", undefined);
			let bestNested = Number.POSITIVE_INFINITY;
			let bestSide = Number.POSITIVE_INFINITY;
			for (let run = 0; run < 3; run++) {
				bestNested = Math.min(bestNested, renderOnce(nested, "html", undefined));
				bestSide = Math.min(bestSide, renderOnce(sideBySide, "html", undefined));
			}
			expect(
				bestNested / bestSide,
				`${bestNested.toFixed(0)} ms nested, ${bestSide.toFixed(0)} ms side by side`,
			).toBeLessThan(3.5);
		},
	);
});

/**
 * Patterns that backtracked exponentially: a few hundred bytes, far too small for the ratio above, stalled the build
 * for minutes (each repetition multiplied the time), and a regular expression cannot be interrupted, so the time
 * budget never came. Each is built by the CLI, killed if it has not finished within the limit; it takes under a second.
 */
const EXPONENTIAL: readonly { readonly name: string; readonly file: string; readonly text: string }[] = [
	{
		// src/article/read-html-document.ts: 271 bytes took 0.3 s, each 32 more ten times longer.
		name: "a saved page of comments that hold <HTML",
		file: "page.html",
		text: `<!---->${"\t<!--L><HTML\t-->\t<!--L><HTML\t-->".repeat(12)}\t><HTML\t`,
	},
	{
		// src/clean/boilerplate.ts (a block of web addresses only): 160 bytes took 10 s.
		name: "a line of www..www..www",
		file: "addresses.md",
		text: page(`www${"..www..www".repeat(20)} w`),
	},
	{
		// src/clean/boilerplate-phrases.ts (media player labels): 320 bytes took 6 s.
		name: "a media player's labels followed by a word that is none",
		file: "player.md",
		text: page(`First paragraph of the story.\n\nProgress: 5% ${"fullscreen ".repeat(40)}%`),
	},
	{
		// src/clean/notice-sentences.ts (a site footer's address line after a notice): 8 segments took 3 s, each one more
		// doubled it.
		name: "a notice, then a footer line of many short segments",
		file: "footer.md",
		text: page(
			`First paragraph of the story.\n\n© 2016 Harbour Media.\na.example${"|x    ".repeat(40)}|${"y".repeat(70)}`,
		),
	},
	{
		// src/site/read-js-literals.ts: not a pattern but a loop that never ended (the object reader stood still at the
		// `;`), for ever on 60 bytes.
		name: "an MDX post exporting an object cut short by a ;",
		file: "cut.mdx",
		text: page("export const x = {;\n\nText."),
	},
];

describe("security: no pattern backtracks exponentially on a short article", () => {
	const tempDir = useTempDirs();
	test.each(EXPONENTIAL)("$name: the build ends by itself", { timeout: 120_000 }, async ({ file, text }) => {
		const tmp = await tempDir();
		await mkdir(join(tmp, "articles"));
		await writeFile(join(tmp, "articles", file), text);
		await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
		const run = await runCli(BUILD_ARGS, { cwd: tmp, timeout: 60_000 });
		expect(run.signal, "killed after 60 s").toBeNull();
		expect([0, 1], run.stderr).toContain(run.code);
	});
});
