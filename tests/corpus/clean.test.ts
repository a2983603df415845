import type { Element, Root } from "hast";
import { describe, expect, it } from "vitest";
import { normalizeForComparison } from "../../src/clean/blocks.js";
import { DROPPED_WITH_CONTENT } from "../../src/clean/html-vocabulary.js";
import { type CleanResult, cleanHtml, DEFAULT_CLEAN_OPTIONS } from "../../src/clean/index.js";
import { CODE_TAGS, hasContent, INVISIBLE_TAGS, parseFragment, readText } from "../../src/clean/tree.js";
import { CLEANING_EXPECTATIONS } from "./cleaning-expectations.js";
import { readCorpus } from "./read-corpus.js";

const articles = readCorpus();
const results = new Map<string, CleanResult>(
	articles.map((article) => [
		article.name,
		cleanHtml(article.html, {
			baseUrl: "https://corpus.example/posts/article/",
			file: article.name,
			bodyLine: article.bodyLine,
			options: DEFAULT_CLEAN_OPTIONS,
		}),
	]),
);
const resultOf = (name: string): CleanResult => {
	const result = results.get(name);
	if (result === undefined) throw new Error(`no corpus article ${name}`);
	return result;
};
const byPrefix = (prefix: string) =>
	articles.filter((article) => article.name.startsWith(prefix)).map((article) => article.name);

// Text a reader sees before cleaning, minus what the cleaner removes on purpose.
const NOISE_PATTERNS: readonly RegExp[] = [
	/\[(?:ad(?:_\d+)?|adsense)\]/gi,
	// A YouTube shortcode's arguments (start/end seconds) are not words; its video becomes a link.
	/\{\{<youtube>\}\}[\s\S]*?\{\{<\/youtube>\}\}/g,
	/\{\{[<%][\s\S]*?[>%]\}\}/g,
	/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g,
	/(?:Go Back to Top\. )?Skip To: Start of Article\./g,
	/Continued\.\.\./g,
	// The trailing link moved into sourceUrl, and the heading above a licence footer.
	/\bSource(?: link)?\s*$/,
	/\bLicense\s+(?=This post is licensed)/g,
];

function visibleText(node: Root | Element, skip: ReadonlySet<string>): string {
	return node.children
		.map((child) => {
			if (child.type === "text") return child.value;
			if (child.type !== "element" || skip.has(child.tagName) || INVISIBLE_TAGS.has(child.tagName)) return " ";
			return ` ${visibleText(child, skip)} `;
		})
		.join("");
}

function wordsOf(text: string): Set<string> {
	return new Set(
		text
			.toLowerCase()
			.normalize("NFC")
			.match(/[\p{L}\p{N}]+/gu) ?? [],
	);
}

/** Every element of a tree, with whether it sits inside code. */
function listElements(node: Root | Element, insideCode = false): { element: Element; insideCode: boolean }[] {
	return node.children.flatMap((child) => {
		if (child.type !== "element") return [];
		const inCode = insideCode || CODE_TAGS.has(child.tagName);
		return [{ element: child, insideCode }, ...listElements(child, inCode)];
	});
}

/** Text outside code blocks and inline code. */
function proseText(node: Root | Element): string {
	return node.children
		.map((child) => {
			if (child.type === "text") return child.value;
			return child.type === "element" && !CODE_TAGS.has(child.tagName) ? proseText(child) : "";
		})
		.join(" ");
}

describe("the corpus (shared/corpus)", () => {
	it("has all 58 articles", () => {
		expect(articles).toHaveLength(58);
	});

	describe.each(articles.map((article) => article.name))("%s", (name) => {
		const result = resultOf(name);
		const tree = parseFragment(result.html);
		const elements = listElements(tree);

		it("leaves no ad placeholder, shortcode or template tag outside code", () => {
			const prose = proseText(tree);
			expect(prose).not.toMatch(/\[ad_?\d*\]|\[adsense\]/i);
			expect(prose).not.toMatch(/\{\{|\{%|%\}|\[\/?(?:caption|embed)\b/);
		});

		it("leaves no script, handler, presentational attribute, comment or skip link", () => {
			expect(result.html).not.toMatch(/<script|<style|<iframe|<object|<embed|<!--/i);
			for (const { element } of elements) {
				// A code block's language (`<code class="language-ruby">`) is its meaning, not its presentation.
				const isCodeLanguage = (key: string) =>
					key === "className" &&
					element.tagName === "code" &&
					/^language-[\w+#.-]+$/.test(String(element.properties.className).replaceAll(",", " "));
				const names = Object.keys(element.properties).filter((key) => !isCodeLanguage(key));
				expect(
					names.filter((key) => /^on|^style$|^className$|^id$|^data|^readability$/i.test(key)),
					element.tagName,
				).toEqual([]);
			}
			expect(readText(tree)).not.toMatch(/skip to:? start of article|back to top/i);
		});

		it("leaves no empty element", () => {
			const empty = elements
				.filter(({ element }) => !["br", "hr", "img", "td", "th", "tr", "video", "audio"].includes(element.tagName))
				.filter(({ element }) => !hasContent(element))
				.map(({ element }) => element.tagName);
			expect(empty).toEqual([]);
		});

		it("keeps every word of the article text", () => {
			const article = articles.find((candidate) => candidate.name === name);
			let before = visibleText(parseFragment(article?.html ?? ""), DROPPED_WITH_CONTENT);
			for (const pattern of NOISE_PATTERNS) before = before.replace(pattern, " ");
			const after = wordsOf(`${visibleText(tree, new Set())} ${result.notice ?? ""}`);
			// Words of blocks a reader marked as boilerplate (cleaning-expectations.ts) may go with them.
			const snippets = (CLEANING_EXPECTATIONS[name]?.boilerplate ?? []).map(normalizeForComparison);
			const junk = wordsOf(
				result.removals
					.filter((removal) => snippets.some((snippet) => normalizeForComparison(removal.text).startsWith(snippet)))
					.map((removal) => removal.text)
					.join(" "),
			);
			const lost = [...wordsOf(before)].filter((word) => !after.has(word) && !junk.has(word));
			expect(lost, `${name} lost words`).toEqual([]);
		});

		it("is idempotent", () => {
			const again = cleanHtml(result.html, {
				baseUrl: "https://corpus.example/posts/article/",
				file: name,
				bodyLine: 1,
				options: DEFAULT_CLEAN_OPTIONS,
			});
			expect(again.html).toBe(result.html);
		});
	});

	it("extracts a notice from every notices/ file except the Reuters credit-line-only one", () => {
		const withoutNotice = byPrefix("notices/").filter((name) => resultOf(name).notice === undefined);
		// A credit line ("(Reporting By …; Editing by …)") names reporters; it grants or reserves no rights.
		expect(withoutNotice).toEqual(["notices/2016-06-24-td-ameritrade-fidelity-problems-rile-social-media-users.md"]);
		expect(resultOf(withoutNotice[0] ?? "").html).toMatch(
			/\(Reporting By Amy Tennery; .*Editing by Phil Berlowitz\)<\/p>/,
		);
	});

	it.each([
		[
			"notices/2016-05-23-bombs-rockets-tear-through-syrian-regime-strongholds-cbs-news.md",
			/^© 2016 CBS Interactive Inc\. All Rights Reserved\. .*redistributed\.$/,
		],
		["notices/2016-05-21-solar-impulse-plane-leaves-oklahoma-for-dayton-phys-org.md", /^© 2016 AFP$/],
		[
			"notices/2016-06-05-hpd-makes-arrest-in-murder-of-11-year-old-josue-flores-ktrk-tv.md",
			/^Copyright ©2016 KTRK-TV\. All Rights Reserved\.$/,
		],
		[
			"notices/2016-02-22-106-year-old-meets-obamas-dances-like-schoolgirl-video-nola-com.md",
			/^\(c\) 2016, The Washington Post/,
		],
		[
			"blog-b/2024-01-14-htmx/index.md",
			/^This post is licensed under Creative Commons Attribution-NonCommercial-ShareAlike 4\.0 International\.$/,
		],
	])("extracts the notice of %s", (name, notice) => {
		expect(resultOf(name).notice).toMatch(notice);
	});

	it("leaves a licence footer that a References section follows in the body (not trailing)", () => {
		const result = resultOf("blog-b/2023-11-23-lindley_paradox/index.md");
		expect(result.notice).toBeUndefined();
		expect(result.html).toContain("This post is licensed under");
	});

	it("keeps the CBS credit line in the body", () => {
		expect(
			resultOf("notices/2016-05-23-bombs-rockets-tear-through-syrian-regime-strongholds-cbs-news.md").html,
		).toMatch(/<p>The Associated Press contributed to this report\.<\/p>$/);
	});

	it("empties the body that is only a Gatehouse footer (a site footer is not an article)", () => {
		expect(
			resultOf(
				"wp-scraped/2016-04-03-the-latest-trump-says-experts-coming-around-to-nato-view-the-providence-journal.md",
			).html,
		).toBe("");
	});

	it("takes the trailing Source link of every scraped article as its source URL", () => {
		for (const name of [...byPrefix("wp-scraped/"), ...byPrefix("notices/")]) {
			expect(resultOf(name).sourceUrl, name).toMatch(/^https?:\/\//);
			expect(resultOf(name).html, name).not.toMatch(/>Source(?: link)? ?<\/a>/);
		}
	});

	it("keeps one copy of the Connecticut Zika story", () => {
		const html = resultOf(
			"wp-scraped/2016-04-14-connecticut-cdc-maintain-focus-on-zika-virus-west-hartford-news.md",
		).html;
		expect(html.match(/only been one confirmed case of Zika/g)).toHaveLength(1);
		expect(html.match(/Asian Tiger mosquito/g)).toHaveLength(1);
	});

	it("keeps the article after a self-closed iframe (Wired)", () => {
		const html = resultOf("wp-scraped/2016-06-14-hideo-kojima-returns-with-naked-norman-reedus.md").html;
		expect(html).toContain('<a href="https://www.youtube.com/watch?v=CJ_GCPaKywg">');
		expect(html).toContain("No release date was announced.");
	});

	it("keeps template syntax inside the DO tutorials' code blocks", () => {
		const jekyll = resultOf("do-tutorials/controlling-urls-and-links-in-jekyll.md");
		const ansible = resultOf("do-tutorials/how-to-use-ansible-to-install-and-set-up-docker-on-ubuntu-18-04.md");
		expect(jekyll.html).toMatch(/<code>[^<]*\[Link Text\]\(\{% post_url 2010-09-08-welcome-to-jekyll %\}\)/);
		expect(ansible.html).toMatch(/<code>[^<]*name: "\{\{ default_container_name \}\}\{\{ item \}\}"/);
		expect([...jekyll.diagnostics, ...ansible.diagnostics]).toEqual([]);
	});

	it("turns the protocol-relative YouTube iframe into an https link", () => {
		expect(resultOf("do-tutorials/webinar-series-getting-started-with-containers.md").html).toContain(
			'<a href="https://www.youtube.com/watch?v=KXp06cdCySc">',
		);
	});

	it("reports the stray Liquid include of blog-a", () => {
		expect(resultOf("blog-a/2016-01-02-winning-the-bias-variance-tradeoff.markdown").diagnostics).toEqual([
			expect.objectContaining({
				rule: "clean/template-tag-removed",
				file: "blog-a/2016-01-02-winning-the-bias-variance-tradeoff.markdown",
			}),
		]);
	});
});
