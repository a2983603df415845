import { beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse-article.js";
import { scanArticleFacts } from "../../src/scan/scan-article-facts.js";
import { selectArticles } from "../../src/select/select-articles.js";
import { astroEntryId } from "../../src/site/astro-link.js";
import { buildEleventyPath } from "../../src/site/eleventy-link.js";
import { buildHugoPath, makeHugoPath } from "../../src/site/hugo-link.js";
import { slugifyJekyll } from "../../src/site/jekyll-link.js";
import { EMPTY_LINK_INDEX } from "../../src/site/link-index.js";
import { loadGeneratorSlugs } from "../../src/site/load-generator-slugs.js";
import { readSiteDate } from "../../src/site/read-site-date.js";
import { renderHugoShortcodes } from "../../src/site/render-hugo-shortcodes.js";
import { renderLiquid } from "../../src/site/render-liquid.js";
import type { SiteRules } from "../../src/site/site-rules.js";
import { stripMdx } from "../../src/site/strip-mdx.js";
import { buildZolaPath } from "../../src/site/zola-link.js";
import { makeConfig, makeSource } from "../factories.js";

const rules = (generator: SiteRules["generator"]): SiteRules => ({
	generator,
	contentPath: "",
	permalinks: {},
	timeZone: "UTC",
});

describe("embargo and expiry (Hugo publishDate, expiryDate)", () => {
	const config = makeConfig();
	const parse = (frontMatter: string) =>
		parseArticle(makeSource("a.md", `---\ntitle: A\ndate: 2024-01-01\n${frontMatter}---\nText.\n`), config);

	it("holds an article back until its publishDate, keeping its date, and wakes the scheduler for it", () => {
		const article = parse("publishDate: 2031-01-01\n").article;
		expect(article?.published.toISOString()).toBe("2024-01-01T00:00:00.000Z");
		expect(article?.availableFrom?.toISOString()).toBe("2031-01-01T00:00:00.000Z");
		const selection = selectArticles(article === undefined ? [] : [article], new Date("2026-01-01T00:00:00Z"));
		expect(selection.candidates).toEqual([]);
		expect(selection.diagnostics.map((d) => d.rule)).toEqual(["select/scheduled"]);
		expect(selection.nextScheduled?.toISOString()).toBe("2031-01-01T00:00:00.000Z");
	});

	it("publishes until expiryDate, says when that is, and leaves the article out after it", () => {
		const article = parse("expiryDate: 2026-06-01\n").article;
		const articles = article === undefined ? [] : [article];
		const before = selectArticles(articles, new Date("2026-01-01T00:00:00Z"));
		expect(before.candidates).toHaveLength(1);
		expect(before.nextScheduled?.toISOString()).toBe("2026-06-01T00:00:00.000Z");
		const after = selectArticles(articles, new Date("2026-06-01T00:00:00Z"));
		expect(after.candidates).toEqual([]);
		expect(after.diagnostics.map((d) => d.rule)).toEqual(["select/expired"]);
	});

	it("refuses an embargo it cannot read rather than publishing early", () => {
		const result = parse("publishDate: next week\n");
		expect(result.article).toBeUndefined();
		expect(result.diagnostics.map((d) => d.rule)).toEqual(["front-matter/invalid-date"]);
	});

	it("leaves the quick scan to the full parser whenever a rule key is there", () => {
		for (const line of ["publishDate: 2031-01-01", "expiryDate: 2020-01-01", "post_status: draft", "headless: true"]) {
			const source = makeSource("a.md", `---\ntitle: A\ndate: 2024-01-01\n${line}\n---\nText.\n`);
			expect(scanArticleFacts(source, config), line).toBeUndefined();
		}
		expect(scanArticleFacts(makeSource("posts/_index.md", "---\ntitle: A\ndate: 2024-01-01\n---\n"), config)).toBe(
			undefined,
		);
	});
});

describe("hints in the file's own syntax", () => {
	it("shows TOML syntax for a +++ file and YAML for a --- one", () => {
		const config = makeConfig();
		const toml = parseArticle(makeSource("a.md", '+++\ntitle = "A"\n+++\nText.\n'), config);
		expect(toml.diagnostics[0]?.message).toContain('add "date = 2020-09-14T10:00:00"');
		const yaml = parseArticle(makeSource("a.md", "---\ntitle: A\n---\nText.\n"), config);
		expect(yaml.diagnostics[0]?.message).toContain('add "date: 2020-09-14 10:00"');
		const noTitle = parseArticle(makeSource("a.md", "+++\ndate = 2024-01-01\n+++\nText.\n"), config);
		expect(noTitle.diagnostics[0]?.message).toContain(`add 'title = "…"'`);
	});
});

describe("ignore", () => {
	it("adds to the default patterns; ignoreDefaults: false replaces them", () => {
		expect(makeConfig({ ignore: ["**/_index.md"] }).ignore).toEqual([
			"**/README.md",
			"**/README.markdown",
			"**/_index.md",
		]);
		expect(makeConfig({ ignore: ["drafts/**"], ignoreDefaults: false }).ignore).toEqual(["drafts/**"]);
	});
});

describe("dates as each generator reads them", () => {
	it("Astro: any string JavaScript's Date reads, naive ones in the site's zone", () => {
		const astro = rules("astro");
		const read = (text: string, zone = "UTC") => {
			const result = readSiteDate(text, zone, astro);
			return result.ok ? result.date.toISOString() : result.reason;
		};
		expect(read("Jul 08 2022")).toBe("2022-07-08T00:00:00.000Z");
		expect(read("Jul 08 2022", "Europe/Vilnius")).toBe("2022-07-07T21:00:00.000Z");
		expect(read("August 1, 2022 10:30")).toBe("2022-08-01T10:30:00.000Z");
		expect(read("Mon, 01 Aug 2022 10:30:00 GMT+0200")).toBe("2022-08-01T08:30:00.000Z");
		expect(read("2022-07-08")).toBe("2022-07-08T00:00:00.000Z");
		expect(read("not a date")).toMatch(/not a date wirefeed can read/);
	});

	it("Jekyll: a naive YAML timestamp with seconds is UTC, a date alone is in the site's zone", () => {
		const jekyll = rules("jekyll");
		const read = (text: string) => {
			const result = readSiteDate(text, "Europe/Vilnius", jekyll);
			return result.ok ? result.date.toISOString() : result.reason;
		};
		expect(read("2024-04-02 21:30:00")).toBe("2024-04-02T21:30:00.000Z");
		expect(read("2024-04-02")).toBe("2024-04-01T21:00:00.000Z");
	});

	it("other sites keep wirefeed's strict reader; without a site a day named with its month is read", () => {
		expect(readSiteDate("Jul 08 2022", "UTC", rules("hugo")).ok).toBe(false);
		expect(readSiteDate("Jul 08 2022", "UTC", undefined)).toEqual({ ok: true, date: new Date("2022-07-08T00:00:00Z") });
		expect(readSiteDate("07/08/2022", "UTC", undefined).ok).toBe(false);
	});
});

describe("Hugo's uglyURLs by section", () => {
	it("makes a .html file of the pages of the sections it names only (checked against hugo 0.111)", () => {
		const hugo = { ...rules("hugo"), permalinks: { notes: "/:year/:slug/" }, uglySections: ["notes"] };
		const page = { title: "Swell", published: new Date("2024-03-11T08:00:00Z"), categories: [] };
		expect(buildHugoPath(hugo, { ...page, relPath: "notes/swell.md" })).toBe("/2024/swell.html");
		expect(buildHugoPath(hugo, { ...page, relPath: "notes/swell/index.md" })).toBe("/2024/swell.html");
		expect(buildHugoPath(hugo, { ...page, relPath: "posts/swell.md" })).toBe("/posts/swell/");
	});
});

describe("Hugo's published and date keys", () => {
	// Hugo reads a true or false `published` as the opposite of `draft` (Jekyll's flag), any other value as a date.
	const config = { ...makeConfig(), site: rules("hugo") };
	const parse = (line: string) =>
		parseArticle(makeSource("a.md", `---\ntitle: A\ndate: 2024-01-01\n${line}\n---\nText.\n`), config);

	it("passes over empty date keys to the next, as Hugo does", () => {
		const text = '---\ntitle: B\ndate: ""\npublishDate:\nexpiryDate: ""\nlastmod: 2024-02-01\n---\nText.\n';
		const article = parseArticle(makeSource("b.md", text), config).article;
		expect(article?.published.toISOString()).toBe("2024-02-01T00:00:00.000Z");
		expect(article?.availableFrom).toBeUndefined();
		expect(article?.expires).toBeUndefined();
	});

	it("reads a key left empty as not set, as Hugo does", () => {
		const text = "---\ntitle: C\ndate: 2024-02-01\ntags:\nslug:\nurl:\ndescription:\nauthor:\nimages:\n---\nText.\n";
		const { article, diagnostics } = parseArticle(makeSource("notes/c.md", text), config);
		expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
		expect(article?.link).toBe("https://news.example.org/notes/c/");
	});

	it("is a flag when true or false, else the publish date", () => {
		expect(parse("published: false").article?.draft).toBe(true);
		expect(parse("published: true").article?.draft).toBe(false);
		expect(parse("published: 2031-01-01").article?.availableFrom?.toISOString()).toBe("2031-01-01T00:00:00.000Z");
	});
});

describe("slugs as each generator makes them", () => {
	// A build loads them once it reads a Zola or Eleventy site; these tests call the link builders directly.
	beforeAll(loadGeneratorSlugs);

	it("Hugo's MakePath keeps letters, digits, marks and ./_-#+~@, one hyphen per run of spaces", () => {
		expect(makeHugoPath("Odd Name (v2)")).toBe("Odd-Name-v2");
		expect(makeHugoPath("Café & more")).toBe("Café-more");
		expect(makeHugoPath("  v1.2 notes ")).toBe("v1.2-notes");
		expect(makeHugoPath("a%20b c")).toBe("a%20b-c");
		// No hyphen is added next to one (checked against hugo 0.111): titles say "part 1 - intro".
		expect(makeHugoPath("Part 1 - Intro")).toBe("Part-1-Intro");
		expect(makeHugoPath("x -- y")).toBe("x--y");
		expect(makeHugoPath("trail -")).toBe("trail-");
		expect(makeHugoPath("a- b")).toBe("a-b");
		// removePathAccents: marks go, a letter without a decomposition stays.
		expect(makeHugoPath("Über café ørret", true)).toBe("Uber-cafe-ørret");
	});

	it("Hugo links lower-case letter by letter, as Go does (checked against hugo 0.111)", () => {
		const hugo = { ...rules("hugo"), permalinks: { notes: "/:slug/" } };
		const page = { title: "ΟΔΟΣ İSTANBUL", published: new Date("2024-03-11T08:00:00Z"), categories: [] };
		expect(decodeURI(buildHugoPath(hugo, { ...page, relPath: "notes/greek.md" }))).toBe("/οδοσ-istanbul/");
		expect(decodeURI(buildHugoPath(hugo, { ...page, relPath: "posts/ΟΔΟΣ.md" }))).toBe("/posts/οδοσ/");
	});

	it("Hugo links: a pattern's `+` is a space, a slug loses its outer hyphens (checked against hugo 0.111)", () => {
		const hugo = { ...rules("hugo"), permalinks: { notes: "/:year/:slug/" } };
		const page = { title: "C++ on the quay", published: new Date("2024-03-11T08:00:00Z"), categories: [] };
		expect(buildHugoPath(hugo, { ...page, relPath: "notes/quay.md" })).toBe("/2024/c-on-the-quay/");
		expect(buildHugoPath(hugo, { ...page, relPath: "notes/sums.md", slug: "a+b tides" })).toBe("/2024/a-b-tides/");
		expect(buildHugoPath(hugo, { ...page, relPath: "posts/sums.md", slug: "a+b tides" })).toBe("/posts/a+b-tides/");
		expect(buildHugoPath(hugo, { ...page, relPath: "notes/gate.md", slug: "-harbour-gate-" })).toBe(
			"/2024/harbour-gate/",
		);
	});

	it("Hugo links keep the case of titles and slugs in a pattern with disablePathToLower (checked against hugo 0.111)", () => {
		const hugo = { ...rules("hugo"), permalinks: { notes: "/:year/:slug/" }, keepPathCase: true };
		const page = { title: "Part 1 - The Neaps", published: new Date("2024-03-11T08:00:00Z"), categories: [] };
		expect(buildHugoPath(hugo, { ...page, relPath: "notes/neaps.md" })).toBe("/2024/Part-1-The-Neaps/");
		expect(buildHugoPath(hugo, { ...page, relPath: "notes/gate.md", slug: "Harbour Gate" })).toBe(
			"/2024/Harbour-Gate/",
		);
	});

	it("Jekyll's slugify: pretty mode keeps more punctuation and, cased, the case", () => {
		expect(slugifyJekyll("Fog Signal (Test)", "pretty", true)).toBe("Fog-Signal-(Test)");
		expect(slugifyJekyll("Fog Signal (Test)", "default", false)).toBe("fog-signal-test");
		expect(slugifyJekyll("Žalia jūra!", "default", false)).toBe("žalia-jūra");
	});

	it("Zola's slugify (the slug crate): other scripts spelled in Latin letters, accents dropped", () => {
		const path = (relPath: string) =>
			buildZolaPath(rules("zola"), { relPath, title: "", published: new Date(0), categories: [] });
		expect(path("blog/Привет мир.md")).toBe("/blog/privet-mir/");
		expect(path("Grüße aus Köln.md")).toBe("/grusse-aus-koln/");
		expect(path("2024-03-01-Café & more.md")).toBe("/cafe-more/");
	});

	it("Eleventy's slugify (@sindresorhus/slugify) and slug (slugify) filters", () => {
		const path = (permalink: string, title: string) =>
			buildEleventyPath(rules("eleventy"), {
				relPath: "posts/x.md",
				title,
				published: new Date(0),
				categories: [],
				path: permalink,
			});
		expect(path("/{{ title | slugify }}/", "Don't panic: fooBar")).toBe("/dont-panic-foo-bar/");
		expect(path("/{{ title | slugify }}/", "Grüße, Привет!")).toBe("/gruesse-privet/");
		expect(path("/{{ title | slug }}/", "Grüße, Привет!")).toBe("/grusse-privet!/");
	});

	it("Astro's entry ids: each segment slugified as GitHub does headings, /index dropped, slug wins", () => {
		const page = (relPath: string, slug?: string) => ({
			relPath,
			title: "",
			published: new Date(0),
			slug,
			categories: [],
		});
		expect(astroEntryId(page("Pruning Guide.mdx"))).toBe("pruning-guide");
		expect(astroEntryId(page("2022/Spring Notes/index.md"))).toBe("2022/spring-notes");
		expect(astroEntryId(page("a.md", "custom/id"))).toBe("custom/id");
	});
});

describe("MDX reduced to Markdown", () => {
	it("drops multi-line imports and exports, keeps code, reduces nested components", () => {
		const body = [
			"import {",
			"  Card,",
			"  Note,",
			'} from "../components";',
			"export const meta = {",
			'  author: "x",',
			"};",
			"",
			'<Card title="Outer">',
			"Some **bold** text with `<Note>` in code.",
			"<Note>Inner note.</Note>",
			"</Card>",
			"",
			"{/* a comment */}",
			"<Spacer />",
		].join("\n");
		const stripped = stripMdx(body);
		expect(stripped.body).not.toMatch(/import|export|<Card|<\/Card>|<Note>Inner|Spacer|comment/);
		expect(stripped.body).toContain("Some **bold** text with `<Note>` in code.");
		expect(stripped.body).toContain("Inner note.");
		expect(stripped.dropped).toEqual(["Spacer"]);
	});

	it("reduces components nested 100,000 deep (once a call per level, which overflowed the stack and failed the build)", () => {
		const depth = 100_000;
		const stripped = stripMdx(`${'<Card title="t">\n'.repeat(depth)}Deep text.${"\n</Card>".repeat(depth)}`);
		expect(stripped.body.trim()).toBe("Deep text.");
		expect(stripped.dropped).toEqual([]);
	});
});

describe("Jekyll Liquid", () => {
	it("reports a post_url it cannot find and removes tags it does not evaluate", () => {
		const rendered = renderLiquid(
			"[x]({% post_url 2020-01-01-missing %}) {% include note.html %} {{ page.title }}",
			"https://keeper.example/log/",
			() => undefined,
		);
		expect(rendered.body).toBe("[x]()  ");
		expect(rendered.unresolved).toEqual(["{% post_url 2020-01-01-missing %}"]);
		expect(rendered.removed).toEqual(["{% include note.html %}", "{{ page.title }}"]);
	});
});

describe("Jekyll Liquid comments", () => {
	it("removes a comment block with what it holds, without a warning: Jekyll renders none of it", () => {
		const rendered = renderLiquid(
			"Open at six.\n\n{% comment %}\nCheck with the {{ site.title }} desk.\n{% endcomment %}\n\nClosed at ten.{% # a note %}",
			"https://keeper.example/",
			() => undefined,
		);
		expect(rendered.body).toBe("Open at six.\n\n\n\nClosed at ten.");
		expect(rendered.removed).toEqual([]);
	});
});

describe("highlight blocks (Jekyll's tag, Hugo's shortcode) as fenced code", () => {
	// The code shows a Markdown fence of its own: the block's fence must be longer, or the code would close it.
	const code = "Write:\n```\nquay\n```";
	it.each([
		[
			"Jekyll",
			renderLiquid(`{% highlight md %}\n${code}\n{% endhighlight %}`, "https://a.example/", () => undefined).body,
		],
		["Hugo", renderHugoShortcodes(`{{< highlight md >}}\n${code}\n{{< /highlight >}}`, EMPTY_LINK_INDEX).body],
	])("%s: a fence longer than any backtick run in the code", (_, body) => {
		expect(body).toBe(`\`\`\`\`md\n${code}\n\`\`\`\``);
	});
});
