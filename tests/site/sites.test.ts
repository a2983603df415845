import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../src/exit-code.js";
import { buildSite, fixtureSite } from "./build-fixture-site.js";

// Zero config: `wirefeed build` in a site's root, with nothing but the site's own files.
const NOW = new Date("2026-12-01T00:00:00Z");

const rulesOf = (result: Awaited<ReturnType<typeof buildSite>>["result"]) =>
	result.diagnostics.map((d) => `${d.severity} ${d.file.split("/").at(-1)} ${d.rule}`);

describe("a Hugo site (TOML config, page bundles, _index.md, two main sections)", () => {
	it("publishes each post once, with Hugo's links, dates and rules", async () => {
		const { result, items } = await buildSite(fixtureSite("hugo"), NOW);
		expect(result.site).toMatchObject({ generator: "hugo", files: ["hugo.toml"], articles: "content" });
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		expect(items.map((item) => [item.url, item.published])).toEqual([
			["https://tides.example/log/storm-log/", "2024-03-08T00:00:00.000Z"],
			["https://tides.example/log/posts/buoy-colours-v1.2/", "2024-03-03T00:00:00.000Z"],
			["https://tides.example/log/posts/archive-tour/", "2024-03-02T09:30:00.000Z"],
			["https://tides.example/log/posts/quay-lights/", "2024-03-01T08:00:00.000Z"],
			["https://tides.example/log/2024/02/fog-the-horn-notes/", "2024-02-11T00:00:00.000Z"],
			["https://tides.example/log/2024/02/spring-tide-march/", "2024-02-10T06:00:00.000Z"],
		]);
		// Hugo's own feed uses the permalink as the guid: moving to wirefeed shows no item twice.
		for (const item of items) expect(item.id).toBe(item.url);
		expect(rulesOf(result)).toEqual(
			expect.arrayContaining([
				"info _index.md select/list-page",
				"info hidden.md select/not-listed",
				"info draft.md select/draft",
				"info embargoed.md select/scheduled",
				"info expired.md select/expired",
			]),
		);
		expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
		// The embargo (publishDate) is the next change the clock makes.
		expect(result.nextScheduled?.toISOString()).toBe("2999-01-01T00:00:00.000Z");
	});

	it("resolves ref/relref to the target's permalink, ends the summary at <!--more-->, keeps highlight's language", async () => {
		const { items } = await buildSite(fixtureSite("hugo"), NOW);
		const quay = items.find((item) => item.url.endsWith("/quay-lights/"));
		expect(quay?.summary).toBe("The lamps on the east quay were relit after the storm.");
		expect(quay?.html).toContain('<a href="https://tides.example/log/posts/archive-tour/">the archive</a>');
		expect(quay?.html).toContain('<a href="https://tides.example/log/2024/02/spring-tide-march/">the tide note</a>');
		expect(quay?.html).toContain('<pre><code class="language-go">func relight() {}');
		expect(quay?.html).not.toMatch(/\{\{|\]\(\)/);
	});

	// Hugo reads a file opening with `{` as JSON front matter, and front matter after blank lines; the expected items
	// are what Debian's hugo 0.111 writes in its section feeds for these files.
	it("reads JSON front matter and front matter after blank lines, as Hugo does", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-hugo-json-"));
		try {
			cpSync(fixtureSite("hugo"), dir, { recursive: true });
			const write = (path: string, text: string) => {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), text);
			};
			write(
				"content/posts/harbour-json.md",
				'{\n  "Title": "Harbour {JSON} \\"log\\"",\n  "Date": "2024-03-04T08:00:00-05:00"\n}\n\nThe harbour log.\n',
			);
			write("content/posts/json-bundle/index.md", '{"title": "JSON bundle", "date": "2024-03-05"} Same line.\n');
			write(
				"content/notes/json-note.md",
				'{"title": "Note in JSON", "date": "2024-03-31T23:30:00-02:00", "slug": "jnote"}\nBody.\n',
			);
			write(
				"content/posts/late-start.md",
				"\n\n---\ntitle: Late start\ndate: 2024-03-06T07:00:00Z\n---\nBlank lines first.\n",
			);
			const { result, items } = await buildSite(dir, NOW);
			expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
			const added = items.filter((item) => /json|late-start|jnote/.test(item.url));
			expect(added.map((item) => [item.url, item.title, item.published, item.summary])).toEqual([
				["https://tides.example/log/2024/03/jnote/", "Note in JSON", "2024-04-01T01:30:00.000Z", "Body."],
				["https://tides.example/log/posts/late-start/", "Late start", "2024-03-06T07:00:00.000Z", "Blank lines first."],
				["https://tides.example/log/posts/json-bundle/", "JSON bundle", "2024-03-05T00:00:00.000Z", "Same line."],
				[
					"https://tides.example/log/posts/harbour-json/",
					'Harbour {JSON} "log"',
					"2024-03-04T13:00:00.000Z",
					"The harbour log.",
				],
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Hugo's `buildFuture` publishes pages dated, or with a publishDate, after the build (checked against hugo 0.111).
	it("publishes future pages now with buildFuture = true, as Hugo builds them", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-hugo-future-"));
		try {
			cpSync(fixtureSite("hugo"), dir, { recursive: true });
			const config = join(dir, "hugo.toml");
			writeFileSync(config, `buildFuture = true\n${readFileSync(config, "utf8")}`);
			const { result, items } = await buildSite(dir, NOW);
			expect(items.map((item) => item.url)).toContain("https://tides.example/log/posts/embargoed/");
			expect(rulesOf(result)).not.toContain("info embargoed.md select/scheduled");
			expect(result.nextScheduled).toBeUndefined();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Hugo's `buildExpired` and `buildDrafts` publish expired pages and drafts (checked against hugo 0.111).
	it("publishes expired pages and drafts with buildExpired and buildDrafts, as Hugo builds them", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-hugo-expired-"));
		try {
			cpSync(fixtureSite("hugo"), dir, { recursive: true });
			const config = join(dir, "hugo.toml");
			writeFileSync(config, `buildExpired = true\nbuildDrafts = true\n${readFileSync(config, "utf8")}`);
			const { result, items } = await buildSite(dir, NOW);
			expect(items.map((item) => item.url)).toEqual(
				expect.arrayContaining(["https://tides.example/log/posts/expired/", "https://tides.example/log/posts/draft/"]),
			);
			expect(rulesOf(result)).not.toContain("info expired.md select/expired");
			expect(rulesOf(result)).not.toContain("info draft.md select/draft");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Hugo 0.111 dates `2024-04-08 10:00` (no seconds) 1 January of year 1, and Hugo 0.135+ stops with an error.
	it("refuses a date Hugo cannot read, naming the form Hugo reads", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-hugo-no-seconds-"));
		try {
			cpSync(fixtureSite("hugo"), dir, { recursive: true });
			writeFileSync(
				join(dir, "content/posts/picked.md"),
				'+++\ntitle = "Picked"\ndate = "2024-04-08T10:00"\n+++\nA date picker wrote it.\n',
			);
			const { result, items } = await buildSite(dir, NOW);
			expect(items.map((item) => item.title)).not.toContain("Picked");
			const refused = result.diagnostics.filter((d) => d.file.endsWith("picked.md"));
			expect(refused).toEqual([
				expect.objectContaining({ severity: "error", rule: "front-matter/invalid-date", line: 3 }),
			]);
			expect(refused[0]?.message).toContain('write it as "2024-04-08T10:00:00"');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Hugo renders Org, AsciiDoc, reStructuredText and Pandoc pages too; wirefeed reads Markdown and HTML only.
	it("warns of each post Hugo publishes in a format wirefeed cannot read", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-hugo-org-"));
		try {
			cpSync(fixtureSite("hugo"), dir, { recursive: true });
			writeFileSync(join(dir, "content/posts/net-loft.org"), "#+TITLE: The net loft\n#+DATE: 2024-03-09\n\nNets.\n");
			writeFileSync(join(dir, "content/notes/swell.adoc"), "---\ntitle: Swell\ndate: 2024-03-09\n---\nSwell.\n");
			writeFileSync(join(dir, "content/posts/quay-lights/lamp.jpg"), "");
			const { result } = await buildSite(dir, NOW);
			expect(rulesOf(result)).toEqual(
				expect.arrayContaining(["warning swell.adoc site/unread-page", "warning net-loft.org site/unread-page"]),
			);
			expect(rulesOf(result)).toContain("info lamp.jpg load/ignored-file");
			const org = result.diagnostics.find((d) => d.file.endsWith("net-loft.org"));
			expect(org?.message).toMatch(/^Hugo publishes this Org page; wirefeed reads Markdown and HTML only/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// `hugo` builds for the production environment: `config/production/` lies over `config/_default/`.
	it("takes the published baseURL and permalinks from config/production/", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-hugo-production-"));
		try {
			cpSync(fixtureSite("hugo"), dir, { recursive: true });
			const config = readFileSync(join(dir, "hugo.toml"), "utf8").replace(
				/^baseURL = .*$/m,
				'baseURL = "http://localhost:1313/"',
			);
			rmSync(join(dir, "hugo.toml"));
			mkdirSync(join(dir, "config/_default"), { recursive: true });
			mkdirSync(join(dir, "config/production"), { recursive: true });
			writeFileSync(join(dir, "config/_default/hugo.toml"), config);
			writeFileSync(
				join(dir, "config/production/hugo.toml"),
				'baseURL = "https://tides.example/harbour/"\n[permalinks]\n  posts = "/:year/:slug/"\n',
			);
			const { result, items } = await buildSite(dir, NOW);
			expect(result.site?.settings.url).toEqual({
				value: "https://tides.example/harbour/",
				from: "config/production/hugo.toml baseURL",
			});
			expect(items.map((item) => item.url)).toEqual(
				expect.arrayContaining([
					"https://tides.example/harbour/2024/archive-tour/",
					"https://tides.example/harbour/2024/02/fog-the-horn-notes/",
				]),
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("lays config/_default/ over a root hugo.toml, as Hugo does", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-hugo-layers-"));
		try {
			cpSync(fixtureSite("hugo"), dir, { recursive: true });
			mkdirSync(join(dir, "config/_default"), { recursive: true });
			writeFileSync(join(dir, "config/_default/hugo.toml"), '[permalinks]\n  posts = "/:year/:slug/"\n');
			const { items } = await buildSite(dir, NOW);
			expect(items.map((item) => item.url)).toContain("https://tides.example/log/2024/archive-tour/");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// A section's `cascade` lies under its pages' front matter; a draft section takes its pages out (hugo 0.111).
	it("applies a section's cascade to its pages, under their own front matter", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-hugo-cascade-"));
		try {
			cpSync(fixtureSite("hugo"), dir, { recursive: true });
			const write = (path: string, text: string) => {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), text);
			};
			write("content/posts/hidden/_index.md", "---\ntitle: Hidden\ncascade:\n  _build:\n    list: never\n---\n");
			write("content/posts/hidden/unlisted.md", "---\ntitle: Unlisted\ndate: 2024-03-20\n---\nNot listed.\n");
			write("content/notes/wip/_index.md", '+++\ntitle = "WIP"\n[cascade]\n  draft = true\n+++\n');
			write("content/notes/wip/unfinished.md", "---\ntitle: Unfinished\ndate: 2024-03-21\n---\nNot yet.\n");
			write("content/notes/wip/finished.md", "---\ntitle: Finished\ndate: 2024-03-22\ndraft: false\n---\nDone.\n");
			write(
				"content/posts/hidden/listed.md",
				"---\ntitle: Listed\ndate: 2024-03-23\n_build:\n  list: always\n---\nx\n",
			);
			const { result, items } = await buildSite(dir, NOW);
			const titles = items.map((item) => item.title);
			expect(titles).toContain("Listed");
			for (const title of ["Unlisted", "Unfinished", "Finished"]) expect(titles).not.toContain(title);
			expect(rulesOf(result)).toEqual(
				expect.arrayContaining(["info unlisted.md select/not-listed", "info unfinished.md select/draft"]),
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Saved on Windows (Notepad writes a BOM, every editor there CRLF): Hugo reads the section all the same. Its
	// front matter was read as never closed, and the cascade lost without a word, publishing the draft section's pages.
	it("applies the cascade of a section page saved with a BOM and CRLF line endings", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-hugo-crlf-"));
		try {
			cpSync(fixtureSite("hugo"), dir, { recursive: true });
			const write = (path: string, text: string) => {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), text);
			};
			write("content/notes/wip/_index.md", "\ufeff---\r\ntitle: WIP\r\ncascade:\r\n  draft: true\r\n---\r\n");
			write("content/notes/wip/unfinished.md", "---\ntitle: Unfinished\ndate: 2024-03-21\n---\nNot yet.\n");
			write("content/posts/old/_index.md", '+++\r\ntitle = "Old"\r\ndraft = true\r\n+++\r\n');
			write("content/posts/old/ferry.md", "---\ntitle: Old ferry\ndate: 2024-03-22\n---\nRetired.\n");
			const { result, items } = await buildSite(dir, NOW);
			const titles = items.map((item) => item.title);
			expect(titles).not.toContain("Unfinished");
			expect(titles).not.toContain("Old ferry");
			expect(rulesOf(result)).toEqual(expect.arrayContaining(["info unfinished.md select/draft"]));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Hugo 0.112 and later read a top-level `mainSections` (the form Hugo's documentation gives now), and
	// `params.mainSections` over it, as Hugo 0.111 reads only that one; without either, the section with most pages.
	it("takes the posts from a top-level mainSections, under params.mainSections", async () => {
		const post = (title: string) => `---\ntitle: ${title}\ndate: 2024-03-20\n---\nText.\n`;
		const files = {
			"content/blog/one.md": post("Blog one"),
			"content/docs/a.md": post("Doc a"),
			"content/docs/b.md": post("Doc b"),
			"content/docs/c.md": post("Doc c"),
		};
		const config = 'baseURL = "https://sections.example/"\ntitle = "Sections"\nmainSections = ["blog"]\n';
		const top = await buildFiles({ ...files, "hugo.toml": config });
		expect(top.items.map((item) => item.title)).toEqual(["Blog one"]);
		expect(top.result.site?.articles).toBe("content/blog");
		const both = await buildFiles({ ...files, "hugo.toml": `${config}[params]\n  mainSections = ["docs"]\n` });
		expect(both.items.map((item) => item.title).sort()).toEqual(["Doc a", "Doc b", "Doc c"]);
	});

	// Hugo's `:title` and `:slug` (without a slug) make the title as written into a path: `&amp;` is `amp`, and a tag's
	// `/` a folder (hugo 0.111: /2024/fish-amp-chips-emnow/em/). The item's title is the cleaned one.
	it("links a pattern's :title as Hugo makes it of the title as written", async () => {
		const { items } = await buildFiles({
			"hugo.toml": 'baseURL = "https://title.example/"\ntitle = "T"\n[permalinks]\n  posts = "/:year/:title/"\n',
			"content/posts/fish.md": "---\ntitle: Fish &amp; chips <em>now</em>\ndate: 2024-03-20\n---\nSupper.\n",
		});
		expect(items.map((item) => [item.url, item.title])).toEqual([
			["https://title.example/2024/fish-amp-chips-emnow/em/", "Fish & chips now"],
		]);
	});

	// Hugo renders no page of a text file (nor of MDX): a bundle's notes, a licence, one with front matter, are no posts.
	it("publishes no text or MDX file, which Hugo renders no page of", async () => {
		const { result, items } = await buildFiles({
			"hugo.toml": 'baseURL = "https://text.example/"\ntitle = "T"\ncopyright = "© T"\n',
			"content/posts/lamp/index.md": "---\ntitle: Lamp\ndate: 2024-03-20\n---\nThe lamp.\n",
			"content/posts/lamp/wiring.txt": "Circuit 1: east quay\n",
			"content/posts/LICENSE.txt": "All rights reserved.\n",
			"content/posts/note.txt": "---\ntitle: Note\ndate: 2024-03-21\n---\nA note.\n",
			"content/posts/chart.mdx": "---\ntitle: Chart\ndate: 2024-03-22\n---\nA chart.\n",
		});
		expect(items.map((item) => item.title)).toEqual(["Lamp"]);
		expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
	});

	// A leaf bundle's other files are its resources, Markdown and HTML too (hugo 0.111 publishes no page of them).
	it("publishes no page bundle's resource, saying so with --verbose", async () => {
		const { result, items } = await buildFiles({
			"hugo.toml": 'baseURL = "https://bundle.example/"\ntitle = "T"\ncopyright = "© T"\n',
			"content/posts/lamp/index.md": "---\ntitle: Lamp\ndate: 2024-03-20\n---\nThe lamp.\n",
			"content/posts/lamp/extra.md": "---\ntitle: Lamp list\ndate: 2024-03-21\n---\nA resource.\n",
			"content/posts/lamp/demo.html": "<p>A demo.</p>\n",
			"content/posts/lamp/parts/list.md": "---\ntitle: Parts\ndate: 2024-03-22\n---\nParts.\n",
			"content/posts/rope.md": "---\ntitle: Rope\ndate: 2024-03-23\n---\nThe rope.\n",
		});
		expect(items.map((item) => item.title)).toEqual(["Rope", "Lamp"]);
		expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
		expect(rulesOf(result)).toEqual(
			expect.arrayContaining([
				"info demo.html select/not-listed",
				"info extra.md select/not-listed",
				"info list.md select/not-listed",
			]),
		);
	});

	// `ignoreFiles` holds regular expressions (Go's) that Hugo matches against each file's absolute path.
	it("leaves out the files ignoreFiles matches, as Hugo does", async () => {
		const { result, items } = await buildFiles({
			"hugo.toml":
				'baseURL = "https://ignore.example/"\ntitle = "T"\ncopyright = "© T"\nignoreFiles = ["\\\\.knit\\\\.md$", "drafts/", "(unclosed"]\n',
			"content/posts/tides.md": "---\ntitle: Tides\ndate: 2024-03-20\n---\nThe tides.\n",
			"content/posts/tides.knit.md": "---\ntitle: Tides knitted\ndate: 2024-03-20\n---\nKnitted.\n",
			"content/posts/drafts/rope.md": "---\ntitle: Rope\ndate: 2024-03-21\n---\nNot yet.\n",
		});
		expect(items.map((item) => item.title)).toEqual(["Tides"]);
		expect(rulesOf(result)).toEqual(
			expect.arrayContaining(["info tides.knit.md select/not-listed", "info rope.md select/not-listed"]),
		);
		// A pattern JavaScript cannot read (Hugo stops on one Go cannot read) leaves the files it meant published: said.
		expect(result.diagnostics.find((d) => d.rule === "site/unread-pattern")?.message).toMatch(/\(unclosed/);
	});

	// Hugo renders a front matter `summary` as Markdown, without emoji (its feed's description has the bold and the
	// link); a summary is plain text here, so it is that text, not the Markdown signs. A `description` is as written.
	it("reads a front matter summary as the Markdown Hugo renders it", async () => {
		const { items } = await buildFiles({
			"hugo.toml": 'baseURL = "https://summary.example/"\ntitle = "T"\nenableEmoji = true\n',
			"content/posts/tide.md":
				'---\ntitle: Tide\ndate: 2024-03-20\nsummary: "The **spring** tide, [charted](https://charts.example/) :ocean:"\n---\nBody.\n',
			"content/posts/rope.md":
				'---\ntitle: Rope\ndate: 2024-03-19\ndescription: "Rope **care**, in brief"\n---\nBody.\n',
		});
		expect(items.map((item) => item.summary)).toEqual(["The spring tide, charted :ocean:", "Rope **care**, in brief"]);
	});

	// Hugo's Markdown renderer (goldmark) leaves raw HTML out unless the site sets `unsafe`: a block goes whole, an inline
	// tag goes and its text stays (hugo 0.111 writes `<!-- raw HTML omitted -->` in its place, in the page and the feed).
	it("leaves out the raw HTML Hugo leaves out, and keeps it where the site sets unsafe = true", async () => {
		const post =
			'---\ntitle: Raw\ndate: 2024-03-20\n---\nBefore.\n\n<div class="note">\nBlock text.\n</div>\n\nPress <kbd>Ctrl</kbd> now.\n';
		const config = 'baseURL = "https://raw.example/"\ntitle = "Raw"\n';
		const safe = await buildFiles({ "hugo.toml": config, "content/posts/raw.md": post });
		expect(safe.items.map((item) => item.html)).toEqual(["<p>Before.</p>\n<p>Press Ctrl now.</p>"]);
		const unsafe = await buildFiles({
			"hugo.toml": `${config}[markup.goldmark.renderer]\n  unsafe = true\n`,
			"content/posts/raw.md": post,
		});
		expect(unsafe.items[0]?.html).toContain("Block text.");
		expect(unsafe.items[0]?.html).toContain("<kbd>Ctrl</kbd>");
		// Themes set it in their config folder's markup.toml, which holds the `[markup]` table.
		const folder = await buildFiles({
			"config/_default/hugo.toml": config,
			"config/_default/markup.toml": "[goldmark.renderer]\n  unsafe = true\n",
			"content/posts/raw.md": post,
		});
		expect(folder.items.map((item) => item.html)).toEqual(unsafe.items.map((item) => item.html));
		// A shortcode written without spaces (`{{<figure …>}}`) is no raw HTML: Hugo runs it before Markdown.
		const tight = await buildFiles({
			"hugo.toml": config,
			"content/posts/tight.md":
				'---\ntitle: Tight\ndate: 2024-03-20\n---\n{{<figure src="/lamp.png" caption="The lamp">}}\n',
			"content/posts/video.md": "---\ntitle: Video\ndate: 2024-03-21\n---\nSee {{<youtube abc123>}} now.\n",
		});
		const [video, figure] = tight.items.map((item) => item.html);
		expect(figure).toContain('<img src="https://raw.example/lamp.png"');
		expect(figure).toContain("The lamp");
		expect(video).toContain("youtube.com/watch?v=abc123");
	});

	// With `enableEmoji`, Hugo writes each emoji its shortcode names (`:smile:` is 😄) in the page and the feed.
	it("writes the emoji of :smile: where the site sets enableEmoji = true", async () => {
		const post =
			'---\ntitle: "Tide :ocean:"\ndate: 2024-03-20\n---\nHigh water :smile: :not_an_emoji: at 10:30:45 :)\n';
		const config = 'baseURL = "https://emoji.example/"\ntitle = "Emoji"\n';
		const plain = await buildFiles({ "hugo.toml": config, "content/posts/tide.md": post });
		expect(plain.items[0]?.html).toBe("<p>High water :smile: :not_an_emoji: at 10:30:45 :)</p>");
		const { items } = await buildFiles({ "hugo.toml": `enableEmoji = true\n${config}`, "content/posts/tide.md": post });
		// Hugo's feed title is the title as written.
		expect(items.map((item) => [item.title, item.html, item.summary])).toEqual([
			[
				"Tide :ocean:",
				"<p>High water \u{1F604} :not_an_emoji: at 10:30:45 :)</p>",
				"High water \u{1F604} :not_an_emoji: at 10:30:45 :)",
			],
		]);
	});

	it("takes the feed's settings from hugo.toml", async () => {
		const { result } = await buildSite(fixtureSite("hugo"), NOW);
		const rss = result.outputs?.rss ?? "";
		expect(rss).toContain("<title>Tide Tables</title>");
		expect(rss).toContain("<description>Notes from a small harbour office</description>");
		expect(rss).toContain("<language>en-gb</language>");
		expect(rss).toContain("<copyright>© Tide Tables crew</copyright>");
		expect(result.site?.settings.url).toEqual({ value: "https://tides.example/log/", from: "hugo.toml baseURL" });
	});
});

describe("a Jekyll site (_config.yml, _posts, _drafts, Liquid)", () => {
	it("gives Jekyll's dated links, with two posts of the same slug on different days", async () => {
		const { result, items } = await buildSite(fixtureSite("jekyll"), NOW);
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		expect(items.map((item) => [item.url, item.id])).toEqual([
			[
				"https://keeper.example/log/station/2024/04/03/lamp-check.html",
				"https://keeper.example/log/station/2024/04/03/lamp-check",
			],
			[
				"https://keeper.example/log/2024/04/03/Fog-Signal-(Test).html",
				"https://keeper.example/log/2024/04/03/Fog%20Signal%20(Test)",
			],
			[
				"https://keeper.example/log/station/maintenance/2024/04/01/lamp-check.html",
				"https://keeper.example/log/station/maintenance/2024/04/01/lamp-check",
			],
		]);
		expect(rulesOf(result)).toContain("info 2024-04-04-unpublished.md select/draft");
		expect(result.diagnostics.some((d) => d.file.includes("_drafts"))).toBe(false);
	});

	it("renders Liquid before Markdown: highlight, post_url, link, site.url + baseurl, raw", async () => {
		const { items } = await buildSite(fixtureSite("jekyll"), NOW);
		const first = items.find((item) => item.url.includes("/04/01/"));
		expect(first?.tags).toEqual(["station", "maintenance", "lamp", "lens"]);
		expect(first?.html).toContain(
			'<a href="https://keeper.example/log/station/2024/04/03/lamp-check.html">the next check</a>',
		);
		expect(first?.html).toContain('<a href="https://keeper.example/log/about.html">the station page</a>');
		expect(first?.html).toContain('<a href="https://keeper.example/log/">the log home</a>');
		expect(first?.html).toContain('<pre><code class="language-ruby">def rotate(lens)');
		expect(first?.html).toContain("write {{ page.title }}.");
	});

	// Jekyll 3 (GitHub Pages' Jekyll) gives `{% post_url %}` and `{% link %}` without the site's baseurl, so blogs write
	// `{{ site.baseurl }}{% post_url … %}`: the link is the post's, not the base glued to its whole URL.
	it("links a post_url or link tag written after {{ site.baseurl }} to the post", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-jekyll-baseurl-link-"));
		try {
			cpSync(fixtureSite("jekyll"), dir, { recursive: true });
			writeFileSync(
				join(dir, "_posts", "2024-04-05-links.md"),
				"---\ntitle: Links\n---\nSee [the check]({{ site.baseurl }}{% post_url 2024-04-02-lamp-check %}), " +
					"[the page]({{site.url}}{{site.baseurl}}{% link about.md %}) and " +
					'<a href="{{ site.baseurl }}{% post_url 2024-04-01-lamp-check %}">the first</a>.\n',
			);
			const { result, items } = await buildSite(dir, NOW);
			const html = items.find((item) => item.title === "Links")?.html ?? "";
			expect(html).toContain('<a href="https://keeper.example/log/station/2024/04/03/lamp-check.html">the check</a>');
			expect(html).toContain('<a href="https://keeper.example/log/about.html">the page</a>');
			expect(html).toContain(
				'<a href="https://keeper.example/log/station/maintenance/2024/04/01/lamp-check.html">the first</a>',
			);
			expect(result.diagnostics.filter((d) => d.rule.startsWith("site/"))).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// kramdown's extensions, as Jekyll 4.3 renders them: a `{::comment}` is nothing on the page, `{::nomarkdown}` its
	// HTML as written, an abbreviation's definition no text; in code they are an example, and stay.
	it("reads kramdown's comments, nomarkdown blocks and abbreviations as kramdown does", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-jekyll-kramdown-"));
		try {
			cpSync(fixtureSite("jekyll"), dir, { recursive: true });
			const body = [
				"The lamp was lit.{::comment} check the wick {:/comment} The LED array was fitted.",
				"",
				"{::comment}",
				"Ask the keeper about the fog horn.",
				"{:/comment}",
				"",
				"{::nomarkdown}",
				'<p class="plain">Kept *as written*.</p>',
				"{:/}",
				"",
				"*[LED]: Light-emitting diode",
				"",
				"```",
				"{::comment}an example{:/comment}",
				"```",
			].join("\n");
			writeFileSync(join(dir, "_posts", "2024-04-05-lamp.md"), `---\ntitle: Lamp\n---\n${body}\n`);
			const { items } = await buildSite(dir, NOW);
			const html = items.find((item) => item.title === "Lamp")?.html ?? "";
			expect(html).toMatch(/^<p>The lamp was lit\. The LED array was fitted\.<\/p>\n<p>Kept \*as written\*\.<\/p>/);
			expect(html.slice(0, html.indexOf("<pre>"))).not.toMatch(/wick|fog horn|Light-emitting|\{::|\{:\//);
			expect(html).toContain("<pre><code>{::comment}an example{:/comment}\n</code></pre>");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// What the common plugins and themes embed with a tag: jekyll-gist (a GitHub Pages default), jekyll-youtube, and
	// Minimal Mistakes' figure and video includes. Removed as unevaluated Liquid, the picture and the players were gone.
	it("keeps what embed tags and figure or video includes point at: a figure, and links", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-jekyll-embeds-"));
		try {
			cpSync(fixtureSite("jekyll"), dir, { recursive: true });
			const body = [
				"The new lens arrived.",
				"",
				'{% include figure image_path="/assets/lens.jpg" alt="The lens on its stand" caption="Fitted on <Monday>." %}',
				"",
				'{% include video id="XsxDH4HcOWA" provider="youtube" %}',
				"",
				"{% youtube dQw4w9WgXcQ %}",
				"",
				"{% gist keeper/0a1b2c3d4e5f rotate.rb %}",
				"",
				'{% include toc.html title="Contents" %}',
			].join("\n");
			writeFileSync(join(dir, "_posts", "2024-04-05-new-lens.md"), `---\ntitle: New lens\n---\n${body}\n`);
			const { result, items } = await buildSite(dir, NOW);
			const html = items.find((item) => item.title === "New lens")?.html ?? "";
			expect(html).toContain(
				'<figure><img src="https://keeper.example/log/assets/lens.jpg" alt="The lens on its stand"><figcaption>Fitted on &lt;Monday>.</figcaption></figure>',
			);
			expect(html).toContain('href="https://www.youtube.com/watch?v=XsxDH4HcOWA"');
			expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
			expect(html).toContain('href="https://gist.github.com/keeper/0a1b2c3d4e5f"');
			expect(html).not.toContain("{%");
			const removed = result.diagnostics.filter(
				(d) => d.rule === "site/template-tag-removed" && d.file.includes("new-lens"),
			);
			expect(removed.map((d) => d.message)).toEqual([
				'removed Liquid "{% include toc.html title="Contents" %}": wirefeed does not evaluate it',
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("cuts summaries at the excerpt separator (a blank line by default)", async () => {
		const { items } = await buildSite(fixtureSite("jekyll"), NOW);
		expect(items.map((item) => item.summary)).toEqual([
			"The second check found a cracked pane.",
			"The fog signal was tested and it sounded clearly.",
			expect.stringMatching(
				/^The lens was cleaned and the next check is booked; see the station page and the log home\.$/,
			),
		]);
	});

	// Jekyll names a post `YYYY-M-D-title` too, and a two-digit year is Ruby's Time.parse's (`24` → 2024, `99` → 1999);
	// the expected links and dates are what Jekyll 4.3 and jekyll-feed give these files.
	it("reads post file names with one-digit months and days and two-digit years, and such front matter dates", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-jekyll-short-dates-"));
		try {
			cpSync(fixtureSite("jekyll"), dir, { recursive: true });
			const write = (path: string, text: string) => writeFileSync(join(dir, "_posts", path), text);
			write("2024-1-5-short-date.md", "---\ntitle: Short date\n---\nOne-digit month and day.\n");
			write("24-02-08-short-year.md", "---\ntitle: Short year\n---\nA two-digit year.\n");
			write("99-12-31-last-century.md", "---\ntitle: Last century\n---\nA two-digit year from 69 on.\n");
			write("2024-1-6-timed.md", "---\ntitle: Timed\ndate: 2024-1-6 09:30\n---\nA time without seconds.\n");
			write("2024-1-9-stamped.md", "---\ntitle: Stamped\ndate: 2024-1-9 10:00:00\n---\nA YAML timestamp.\n");
			write("2024-1-7-untitled-entry.md", "---\ntags: lamp\n---\nNo title.\n");
			const { result, items } = await buildSite(dir, NOW);
			expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
			const added = items.filter((item) => !item.url.includes("/04/"));
			expect(added.map((item) => [item.url, item.published, item.title])).toEqual([
				["https://keeper.example/log/2024/02/08/short-year.html", "2024-02-07T22:00:00.000Z", "Short year"],
				["https://keeper.example/log/2024/01/09/stamped.html", "2024-01-09T10:00:00.000Z", "Stamped"],
				["https://keeper.example/log/2024/01/07/untitled-entry.html", "2024-01-06T22:00:00.000Z", "Untitled Entry"],
				["https://keeper.example/log/2024/01/06/timed.html", "2024-01-06T07:30:00.000Z", "Timed"],
				["https://keeper.example/log/2024/01/05/short-date.html", "2024-01-04T22:00:00.000Z", "Short date"],
				["https://keeper.example/log/1999/12/31/last-century.html", "1999-12-30T22:00:00.000Z", "Last century"],
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// jemoji (GitHub Pages' emoji plugin) turns `:smile:` into 😄 where the site lists it among its plugins; without it
	// the name stays as written, as Jekyll leaves it.
	it.each([
		["with jemoji", "  - jemoji\n", "Fog lifted 😄 at dawn"],
		["without it", "", "Fog lifted :smile: at dawn"],
	])("reads emoji names %s", async (_, plugin, text) => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-jekyll-emoji-"));
		try {
			cpSync(fixtureSite("jekyll"), dir, { recursive: true });
			writeFileSync(join(dir, "_config.yml"), `${readFileSync(join(dir, "_config.yml"), "utf8")}${plugin}`);
			writeFileSync(
				join(dir, "_posts", "2024-05-01-fog.md"),
				"---\ntitle: Fog\n---\nFog lifted :smile: at dawn, and `:smile:` in code stays.\n",
			);
			const { items } = await buildSite(dir, NOW);
			const html = items.find((item) => item.title === "Fog")?.html ?? "";
			expect(html).toContain(text);
			expect(html).toContain("<code>:smile:</code>");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Jekyll's `future: true` builds posts dated after the build, and jekyll-feed lists them (checked against Jekyll 4.3).
	it("publishes future posts now with future: true, as Jekyll builds them", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-jekyll-future-"));
		try {
			cpSync(fixtureSite("jekyll"), dir, { recursive: true });
			writeFileSync(join(dir, "_config.yml"), `${readFileSync(join(dir, "_config.yml"), "utf8")}future: true\n`);
			writeFileSync(join(dir, "_posts", "2999-01-01-next-season.md"), "---\ntitle: Next season\n---\nLater.\n");
			const { result, items } = await buildSite(dir, NOW);
			expect(items[0]?.url).toBe("https://keeper.example/log/2999/01/01/next-season.html");
			expect(result.nextScheduled).toBeUndefined();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Jekyll reads front matter dates with Ruby's Time.parse; the expected dates are Jekyll 4.3's for these (in the
	// fixture's Europe/Vilnius). A date whose day and month could be either way round is refused, never guessed.
	it("reads front matter dates in the forms Ruby's Time.parse reads, and refuses day/month orders it cannot be sure of", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-jekyll-dates-"));
		try {
			cpSync(fixtureSite("jekyll"), dir, { recursive: true });
			const write = (name: string, date: string) =>
				writeFileSync(join(dir, "_posts", `${name}.md`), `---\ntitle: ${name}\ndate: ${date}\n---\nx\n`);
			write("2024-06-01-hour", "2024-06-01 8:00");
			write("2024-06-02-words", "May 3, 2024");
			write("2024-06-03-slashes", "2024/06/08");
			write("2024-06-04-utc", "2024-06-09 08:00:00 UTC");
			write("2024-06-05-ambiguous", "01/02/2024");
			write("2024-06-06-season", "Summer 2024");
			const { result, items } = await buildSite(dir, NOW);
			const added = items.filter((item) => !item.url.includes("/04/"));
			expect(added.map((item) => [item.title, item.published])).toEqual([
				["2024-06-04-utc", "2024-06-09T08:00:00.000Z"],
				["2024-06-03-slashes", "2024-06-07T21:00:00.000Z"],
				["2024-06-01-hour", "2024-06-01T05:00:00.000Z"],
				["2024-06-02-words", "2024-05-02T21:00:00.000Z"],
			]);
			expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([
				expect.objectContaining({
					file: expect.stringContaining("ambiguous"),
					rule: "front-matter/invalid-date",
					line: 3,
				}),
				expect.objectContaining({ file: expect.stringContaining("season"), rule: "front-matter/invalid-date" }),
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Jekyll reads a `_posts` in any folder, with or without one at the top (findJekyllPosts).
	it("reads the posts of a site whose only _posts folder is a category's", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-jekyll-category-"));
		try {
			writeFileSync(join(dir, "_config.yml"), "title: Ferry Log\nurl: https://ferry.example\n");
			mkdirSync(join(dir, "news", "_posts"), { recursive: true });
			writeFileSync(
				join(dir, "news", "_posts", "2024-04-05-ferry-times.md"),
				"---\ntitle: Ferry times\n---\nThe ferry runs twice a day now.\n",
			);
			const { result, items } = await buildSite(dir, NOW);
			expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
			expect(items.map((item) => [item.url, item.tags])).toEqual([
				["https://ferry.example/news/2024/04/05/ferry-times.html", ["news"]],
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe("an Astro blog (.md and .mdx, z.coerce.date() dates)", () => {
	it("publishes both, with the blog route's links and JavaScript-readable dates", async () => {
		const { result, items } = await buildSite(fixtureSite("astro"), NOW);
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		expect(items.map((item) => [item.url, item.published, item.image])).toEqual([
			["https://orchard.example/blog/pruning-guide/", "2022-08-01T00:00:00.000Z", undefined],
			[
				"https://orchard.example/blog/first-blossom/",
				"2022-07-08T00:00:00.000Z",
				"https://orchard.example/blossom.jpg",
			],
		]);
		expect(result.site?.settings.url?.from).toMatch(/^astro\.config\.mjs site/);
		expect(result.outputs?.rss).toContain("<title>Orchard Notes</title>");
	});

	it("reduces MDX to its text: no import/export lines, components as their text, a link or an image", async () => {
		const { items } = await buildSite(fixtureSite("astro"), NOW);
		const mdx = items[0]?.html ?? "";
		expect(mdx).toContain("<p>Cut old wood in winter, never in spring.</p>");
		expect(mdx).toContain("<p>Sharp tools — Blunt shears tear the bark.</p>");
		expect(mdx).toContain("<p>Seal large cuts with wax.</p>");
		expect(mdx).toContain('<img src="https://orchard.example/shears.jpg" alt="Shears on a bench">');
		expect(mdx).toContain(
			'<p>Check the <a href="https://orchard.example/tools/">tool list</a> before the first cut.</p>',
		);
		expect(mdx).toContain("const note = &lt;Callout>kept as code&lt;/Callout>;");
		expect(mdx).not.toMatch(/import|export|<callout|<linkcard/i);
	});
});

// The shapes of AstroPaper, the most forked Astro blog theme: posts in src/data/blog (its glob base a template of a
// constant), the site URL in src/config.ts (`site: SITE.website`, the object `as const`), the route a folder
// (src/pages/posts/[...slug]/index.astro, its slug from getPath()) beside a paginated list ([...page].astro), dates
// pubDatetime/modDatetime, the glob pattern **/[^_]*.md. The links and dates are those real Astro 5.18 gave this site
// (astro build: dist/ pages and @astrojs/rss's rss.xml, with AstroPaper's getPath and getSortedPosts beside it),
// checked by hand: Astro is not a dependency and tests have no network.
describe("an AstroPaper blog (src/data/blog, SITE.website, posts/[...slug]/index.astro, pubDatetime)", () => {
	it("finds the posts where the glob base's constant points", async () => {
		const { result } = await buildSite(fixtureSite("astro-paper"), NOW);
		expect(result.site?.articles).toBe("src/data/blog");
	});

	it("takes the site URL from the config object astro.config.ts imports", async () => {
		const { result } = await buildSite(fixtureSite("astro-paper"), NOW);
		expect(result.site?.settings.url?.value).toBe("https://kiln.example/");
		expect(result.diagnostics.filter((d) => d.rule === "site/url-in-code")).toEqual([]);
	});

	// AstroPaper's getPath(): the folders of the file not starting with _, then the last segment of the entry's id.
	it("links each post where its getPath() publishes it, dated as its rss.xml.ts dates it (modDatetime ?? pubDatetime)", async () => {
		const { result, items } = await buildSite(fixtureSite("astro-paper"), NOW);
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		expect(items.map((item) => [item.url, item.published])).toEqual([
			["https://kiln.example/posts/kiln-firing/", "2025-03-22T06:25:46.734Z"],
			["https://kiln.example/posts/kiln-log-2/", "2023-02-10T09:00:00.000Z"],
			["https://kiln.example/posts/glaze-notes-for-beginners/", "2022-09-23T04:58:53.000Z"],
			["https://kiln.example/posts/techniques/trimming-feet/", "2022-07-01T08:00:00.000Z"],
			["https://kiln.example/posts/techniques/throwing-bowls/", "2022-06-12T23:00:00.000Z"],
		]);
		for (const item of items) expect(item.id).toBe(item.url);
		expect(rulesOf(result)).toContain("info unfinished-mugs.md select/draft");
	});

	it("leaves out the files its glob() pattern (**/[^_]*.md) does not match, saying so", async () => {
		const { result } = await buildSite(fixtureSite("astro-paper"), NOW);
		expect(rulesOf(result)).toEqual(
			expect.arrayContaining(["info _template.md select/not-listed", "info raku.mdx select/not-listed"]),
		);
		const note = result.diagnostics.find((d) => d.file.endsWith("_template.md"));
		expect(note?.message).toContain('glob() pattern "**/[^_]*.md"');
	});
});

// The shape of Astro Cactus and other themes: a collection named `post` rendered by src/pages/posts/[...slug].astro
// through a helper (no getCollection("post") in the page), beside notes/[...slug].astro for another collection, and
// the site URL a typed constant (`export const siteConfig: SiteConfig = {…}`). Real Astro 5.18 built this shape's
// pages and rss.xml at /posts/<id>/ (checked by hand; Astro is not a dependency).
describe("an Astro blog whose collection `post` is rendered under posts/", () => {
	it("links the posts under posts/, not the first folder with a route", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-astro-posts-"));
		try {
			const write = (path: string, text: string) => {
				mkdirSync(join(dir, path, ".."), { recursive: true });
				writeFileSync(join(dir, path), text);
			};
			write(
				"astro.config.ts",
				'import { defineConfig } from "astro/config";\nimport { siteConfig } from "./src/site.config";\n\nexport default defineConfig({\n\tsite: siteConfig.url,\n});\n',
			);
			write(
				"src/site.config.ts",
				'import type { SiteConfig } from "@/types";\n\nexport const siteConfig: SiteConfig = {\n\ttitle: "Cacti",\n\turl: "https://cacti.example/",\n};\n',
			);
			write(
				"src/content.config.ts",
				'const post = defineCollection({\n\tloader: glob({ base: "./src/content/post", pattern: "**/*.{md,mdx}" }),\n});\nconst note = defineCollection({\n\tloader: glob({ base: "./src/content/note", pattern: "**/*.{md,mdx}" }),\n});\nexport const collections = { post, note };\n',
			);
			write("src/pages/notes/[...slug].astro", '---\nconst notes = await getCollection("note");\n---\n');
			write("src/pages/posts/[...slug].astro", "---\nconst posts = await getAllPosts();\n---\n");
			write(
				"src/content/post/spines.md",
				"---\ntitle: Spines\ndescription: d\npublishDate: 22 Feb 2023\n---\n\nSharp.\n",
			);
			write("src/content/note/water.md", '---\ntitle: Water\npublishDate: "2023-05-01T00:00:00Z"\n---\n\nRarely.\n');
			const { result, items } = await buildSite(dir, NOW);
			expect(result.site?.settings.url?.value).toBe("https://cacti.example/");
			expect(items.map((item) => [item.url, item.published])).toEqual([
				["https://cacti.example/posts/spines/", "2023-02-22T00:00:00.000Z"],
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

// A site's files written to a temporary folder, built zero-config there, then removed.
async function buildFiles(files: Readonly<Record<string, string>>): Promise<Awaited<ReturnType<typeof buildSite>>> {
	const dir = mkdtempSync(join(tmpdir(), "wirefeed-site-"));
	try {
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(join(dir, path, ".."), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		return await buildSite(dir, NOW);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const ASTRO_CONFIG =
	'import { defineConfig } from "astro/config";\nexport default defineConfig({ site: "https://lab.example" });\n';
const astroPost = (title: string, date: string) =>
	`---\ntitle: "${title}"\ndescription: "d"\npubDate: "${date}"\n---\n\nAbout ${title}.\n`;

// Real Astro 5.18 built these shapes (dist/ pages and rss.xml checked by hand; Astro is not a dependency).
describe("an Astro site with several collections", () => {
	const config = (names: string) =>
		`import { glob } from "astro/loaders";\n\nconst projects = defineCollection({\n\tloader: glob({ base: "./src/content/projects", pattern: "**/*.md" }),\n});\n\nconst blog = defineCollection({\n\tloader: glob({ base: "./src/content/blog", pattern: "**/*.{md,mdx}" }),\n});\n\nexport const collections = { ${names} };\n`;
	const files = {
		"astro.config.mjs": ASTRO_CONFIG,
		"src/content/projects/robot-arm.md": astroPost("Robot arm", "2024-02-01"),
		"src/content/blog/post-one.md": astroPost("Post one", "2024-03-01"),
		"src/pages/blog/[...slug].astro": "---\nconst posts = await getCollection('blog');\n---\n",
		"src/pages/projects/[slug].astro": "---\nconst projects = await getCollection('projects');\n---\n",
	};

	it("reads the one the site's rss.xml lists, not the first defined", async () => {
		const { items } = await buildFiles({
			...files,
			"src/content.config.ts": config("projects, blog"),
			"src/pages/rss.xml.js":
				"export async function GET(context) {\n\tconst posts = await getCollection('blog');\n\treturn rss({ site: context.site, items: posts.map((post) => ({ ...post.data, link: '/blog/' + post.id + '/' })) });\n}\n",
		});
		expect(items.map((item) => item.url)).toEqual(["https://lab.example/blog/post-one/"]);
	});

	it("reads the one named blog when no feed names one, by the name it is exported under", async () => {
		const renamed = config("projects, blog: writing").replace("const blog =", "const writing =");
		const { items } = await buildFiles({ ...files, "src/content.config.ts": renamed });
		expect(items.map((item) => item.url)).toEqual(["https://lab.example/blog/post-one/"]);
	});
});

// The starter's rss.xml.js writes `/blog/${post.id}/` from the origin of `site` whatever the site's `base`,
// `build.format` and `trailingSlash`; Astro 5.18 writes the pages elsewhere (dist/ checked with each option, and the
// pages' own canonical `new URL(Astro.url.pathname, Astro.site)`): an item links to the page Astro writes, and keeps
// the site's feed link as its id, so a reader moved from that feed shows no item twice.
describe("an Astro blog's links and the pages Astro writes", () => {
	const feed = (options: string, link = `\`/blog/\${post.id}/\``) =>
		`import rss from "@astrojs/rss";\nimport { getCollection } from "astro:content";\n\nexport async function GET(context) {\n\tconst posts = await getCollection("blog");\n\treturn rss({\n\t\ttitle: "Lab",\n\t\tdescription: "Notes",\n\t\tsite: context.site,${options}\n\t\titems: posts.map((post) => ({ ...post.data, link: ${link} })),\n\t});\n}\n`;
	const config = (options: string, site = "https://lab.example") =>
		`import { defineConfig } from "astro/config";\nexport default defineConfig({\n\tsite: "${site}",${options}\n});\n`;
	const files = {
		"src/content.config.ts":
			"const blog = defineCollection({\n\tloader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),\n});\nexport const collections = { blog };\n",
		"src/pages/blog/[...slug].astro": "---\nconst posts = await getCollection('blog');\n---\n",
		"src/content/blog/first-post.md": astroPost("First", "Jul 08 2022"),
		"src/pages/rss.xml.js": feed(""),
	};
	const linkAndId = async (extra: Readonly<Record<string, string>>) => {
		const { items } = await buildFiles({ ...files, ...extra });
		return items.map((item) => [item.url, item.id]);
	};

	it("are the feed's when its rss() call says trailingSlash: false", async () => {
		const { items } = await buildFiles({
			...files,
			"astro.config.mjs": ASTRO_CONFIG,
			"src/pages/rss.xml.js": feed("\n\t\ttrailingSlash: false,"),
		});
		expect(items.map((item) => [item.url, item.id])).toEqual([
			["https://lab.example/blog/first-post", "https://lab.example/blog/first-post"],
		]);
	});

	it("are under base, where the site's feed leaves it out (base: '/docs' writes dist/blog/… served at /docs/blog/…)", async () => {
		expect(await linkAndId({ "astro.config.mjs": config("\n\tbase: '/docs',") })).toEqual([
			["https://lab.example/docs/blog/first-post/", "https://lab.example/blog/first-post/"],
		]);
	});

	it("keep base in the id when the site's feed starts its links with import.meta.env.BASE_URL", async () => {
		const extra = {
			"astro.config.mjs": config("\n\tbase: '/docs/',"),
			"src/pages/rss.xml.js": feed("", `\`\${import.meta.env.BASE_URL}blog/\${post.id}/\``),
		};
		expect(await linkAndId(extra)).toEqual([
			["https://lab.example/docs/blog/first-post/", "https://lab.example/docs/blog/first-post/"],
		]);
	});

	it("take only the origin of site, as Astro does (a path there is not base)", async () => {
		const extra = { "astro.config.mjs": config("\n\tbase: '/repo',", "https://someone.github.io/repo") };
		expect(await linkAndId(extra)).toEqual([
			["https://someone.github.io/repo/blog/first-post/", "https://someone.github.io/blog/first-post/"],
		]);
	});

	it("end in .html for build.format 'file', and for 'preserve' unless the route is [...slug]/index.astro", async () => {
		expect(await linkAndId({ "astro.config.mjs": config("\n\tbuild: { format: 'file' },") })).toEqual([
			["https://lab.example/blog/first-post.html", "https://lab.example/blog/first-post/"],
		]);
		expect(await linkAndId({ "astro.config.mjs": config("\n\tbuild: { format: 'preserve' },") })).toEqual([
			["https://lab.example/blog/first-post.html", "https://lab.example/blog/first-post/"],
		]);
		const folderRoute = {
			"astro.config.mjs": config("\n\tbuild: { format: 'preserve' },"),
			"src/pages/blog/[...slug].astro": "",
			"src/pages/blog/[...slug]/index.astro": "---\nconst posts = await getCollection('blog');\n---\n",
		};
		const { items } = await buildFiles(
			Object.fromEntries(Object.entries({ ...files, ...folderRoute }).filter(([, text]) => text !== "")),
		);
		expect(items.map((item) => item.url)).toEqual(["https://lab.example/blog/first-post/"]);
	});

	it("follow trailingSlash 'never' and 'always' in astro.config", async () => {
		expect(await linkAndId({ "astro.config.mjs": config("\n\ttrailingSlash: 'never',") })).toEqual([
			["https://lab.example/blog/first-post", "https://lab.example/blog/first-post/"],
		]);
		const always = {
			"astro.config.mjs": config("\n\ttrailingSlash: 'always',"),
			"src/pages/rss.xml.js": feed("\n\t\ttrailingSlash: false,"),
		};
		expect(await linkAndId(always)).toEqual([
			["https://lab.example/blog/first-post/", "https://lab.example/blog/first-post"],
		]);
	});
});

// The shape of Astro's own "Build a blog" tutorial: no content collections, the posts Markdown pages in
// src/pages/posts/ with a layout, listed by pagesGlobToRssItems(import.meta.glob(…)). Real Astro 5.18 wrote these
// pages as dist/posts/<path as written>/index.html (a folder's index.md is the folder) and none for `_draft.md`, which
// the glob lists in its rss.xml all the same (a link to no page).
describe("an Astro blog whose posts are Markdown pages (src/pages/posts/*.md)", () => {
	const post = (title: string, date: string, depth = "../..") =>
		`---\nlayout: ${depth}/layouts/MarkdownPostLayout.astro\ntitle: '${title}'\npubDate: ${date}\ndescription: 'About ${title}'\nauthor: 'Astro Learner'\ntags: ["astro"]\n---\n\nWelcome to ${title}.\n`;
	const files = {
		"astro.config.mjs": ASTRO_CONFIG,
		"src/pages/index.astro": "---\nconst pageTitle = 'Home';\n---\n<h1>{pageTitle}</h1>\n",
		"src/pages/posts/post-1.md": post("My First Blog Post", "2022-07-01"),
		"src/pages/posts/Second Post.md": post("Second Post", "2022-07-02"),
		"src/pages/posts/series/index.md": post("Series", "2022-07-03", "../../.."),
		"src/pages/posts/_draft.md": post("Draft", "2022-07-05"),
		"src/layouts/MarkdownPostLayout.astro": "---\nconst { frontmatter } = Astro.props;\n---\n<slot />\n",
	};

	it("links them as Astro routes pages, as written, and leaves out files named _…", async () => {
		const { result, items } = await buildFiles({
			...files,
			"src/pages/rss.xml.js":
				"import rss, { pagesGlobToRssItems } from '@astrojs/rss';\n\nexport async function GET(context) {\n\treturn rss({\n\t\ttitle: 'Astro Learner | Blog',\n\t\tdescription: 'My journey learning Astro',\n\t\tsite: context.site,\n\t\titems: await pagesGlobToRssItems(import.meta.glob('./**/*.md')),\n\t});\n}\n",
		});
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		expect(items.map((item) => [item.url, item.published])).toEqual([
			["https://lab.example/posts/series/", "2022-07-03T00:00:00.000Z"],
			["https://lab.example/posts/Second%20Post/", "2022-07-02T00:00:00.000Z"],
			["https://lab.example/posts/post-1/", "2022-07-01T00:00:00.000Z"],
		]);
		expect(result.outputs?.rss).toContain("<title>Astro Learner | Blog</title>");
	});

	it("reads src/pages/blog/ without a feed, in the pages' build.format", async () => {
		const { items } = await buildFiles({
			"astro.config.mjs":
				'import { defineConfig } from "astro/config";\nexport default defineConfig({ site: "https://lab.example", build: { format: "file" } });\n',
			"src/pages/blog/first.md": post("First", "2022-07-01"),
			"src/pages/blog/index.astro":
				"---\nconst posts = Object.values(import.meta.glob('./*.md', { eager: true }));\n---\n",
		});
		expect(items.map((item) => item.url)).toEqual(["https://lab.example/blog/first.html"]);
	});
});

// What real Astro 5.18 made of these in the page: astro-embed's <YouTube id> and <Tweet id> are the video and the
// post, and a Markdown image relative to the file is an asset Astro renames (`/_astro/pic.BnV1MXKY_Z1IueUG.webp`):
// no page serves it at `/assets/pic.png`, where its path leads from the post's page.
describe("an Astro post's embeds and images", () => {
	const files = {
		"astro.config.mjs": ASTRO_CONFIG,
		"src/pages/blog/[...slug].astro": "---\nconst posts = await getCollection('blog');\n---\n",
		"src/content/blog/trip.mdx": `${astroPost("Trip", "2024-06-01").replace(/About Trip\.\n$/, "")}import { YouTube, Tweet } from 'astro-embed';\nimport { Image } from 'astro:assets';\nimport tent from '../../assets/tent.jpg';\n\n<Image src={tent} alt="The tent at dawn" />\n\nThe ride:\n\n<YouTube id="dQw4w9WgXcQ" />\n\n<Tweet id="https://twitter.com/astrodotbuild/status/1511750228428435457" />\n\n![Our tent](../../assets/tent.jpg)\n\n![The logo](/logo.png)\n\n![Map](./map.png "The route")\n\n![Camp][camp] and ![The logo]\n\n[camp]: ./camp.jpg\n[the logo]: /logo.png\n`,
	};

	it("links astro-embed's players and posts instead of removing them", async () => {
		const { result, items } = await buildFiles(files);
		const html = items[0]?.html ?? "";
		expect(html).toContain("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
		expect(html).toContain("https://twitter.com/astrodotbuild/status/1511750228428435457");
		expect(result.diagnostics.filter((diagnostic) => diagnostic.rule === "site/component-removed")).toEqual([]);
	});

	it("removes images relative to the file or imported, which Astro renames, with a warning naming them", async () => {
		const { result, items } = await buildFiles(files);
		const html = items[0]?.html ?? "";
		expect(html).toContain('<img src="https://lab.example/logo.png" alt="The logo">');
		expect(html).not.toMatch(/tent\.jpg|map\.png|camp\.jpg|The tent at dawn/);
		const removed = result.diagnostics.filter((diagnostic) => diagnostic.rule === "site/image-removed");
		expect(removed.map((diagnostic) => diagnostic.message)).toEqual([
			expect.stringContaining("<Image src={…}>"),
			expect.stringContaining("../../assets/tent.jpg"),
			expect.stringContaining("./map.png"),
			expect.stringContaining("./camp.jpg"),
		]);
	});
});

// Real Astro 5.18 wrote these routes' pages at /<id>/ (src/pages/[...slug].astro), /en/journal/<id>/
// (src/pages/en/journal/[...slug].astro) and, for the i18n recipe's src/pages/[lang]/blog/[...slug].astro, whose
// getStaticPaths splits the id in code, at /en/blog/hello/ for blog/en/hello.md.
describe("an Astro blog whose post route is not src/pages/<folder>/, or whose code makes its links", () => {
	const files = {
		"astro.config.mjs": ASTRO_CONFIG,
		"src/content.config.ts":
			"const blog = defineCollection({\n\tloader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),\n});\nexport const collections = { blog };\n",
		"src/content/blog/en/hello.md": astroPost("Hello", "2024-01-01"),
	};
	const route = "---\nexport async function getStaticPaths() {\n\tconst posts = await getCollection('blog');\n}\n---\n";

	it("links under the root for src/pages/[...slug].astro, and under nested folders as written", async () => {
		const atRoot = await buildFiles({ ...files, "src/pages/[...slug].astro": route });
		expect(atRoot.items.map((item) => item.url)).toEqual(["https://lab.example/en/hello/"]);
		const nested = await buildFiles({
			...files,
			"src/pages/en/journal/[...slug].astro": route,
			"src/pages/tags/[tag].astro": route,
		});
		expect(nested.items.map((item) => item.url)).toEqual(["https://lab.example/en/journal/en/hello/"]);
	});

	it("warns naming the content config when glob's generateId makes the ids in code", async () => {
		const { result } = await buildFiles({
			...files,
			"src/content.config.ts":
				"const blog = defineCollection({\n\tloader: glob({\n\t\tbase: './src/content/blog',\n\t\tpattern: '**/*.md',\n\t\tgenerateId: ({ entry }) => entry.replace(/\\.md$/, ''),\n\t}),\n});\nexport const collections = { blog };\n",
			"src/pages/blog/[...slug].astro": route,
		});
		const warnings = result.diagnostics.filter((diagnostic) => diagnostic.rule === "site/permalink-in-code");
		expect(warnings.map((diagnostic) => diagnostic.message)).toEqual([
			expect.stringContaining('src/content.config.ts makes the ids of the collection "blog" in code'),
		]);
	});

	it("warns when no route file renders the collection (AstroWind's [...blog]/index.astro)", async () => {
		const { result, items } = await buildFiles({
			...files,
			"src/pages/[...blog]/index.astro": "---\nexport const getStaticPaths = () => getStaticPathsBlogPost();\n---\n",
		});
		expect(items.map((item) => item.url)).toEqual(["https://lab.example/blog/en/hello/"]);
		const warnings = result.diagnostics.filter((diagnostic) => diagnostic.rule === "site/permalink-in-code");
		expect(warnings.map((diagnostic) => diagnostic.message)).toEqual([
			expect.stringContaining('no src/pages/…/[...slug].astro renders the collection "blog"'),
		]);
	});

	it("links as Astro's i18n recipe splits the id: its first folder is the [lang] parameter", async () => {
		const { result, items } = await buildFiles({
			...files,
			"src/content/blog/fr/hello.md": astroPost("Bonjour", "2024-01-02"),
			"src/pages/[lang]/blog/[...slug].astro": route.replace(
				"\n}",
				"\n\treturn posts.map((post) => {\n\t\tconst [lang, ...slug] = post.id.split('/');\n\t\treturn { params: { lang, slug: slug.join('/') || undefined }, props: post };\n\t});\n}",
			),
		});
		expect(items.map((item) => item.url)).toEqual([
			"https://lab.example/fr/blog/hello/",
			"https://lab.example/en/blog/hello/",
		]);
		expect(result.diagnostics.filter((diagnostic) => diagnostic.rule === "site/permalink-in-code")).toEqual([]);
	});

	it("warns naming a route whose other parameters its getStaticPaths makes in code", async () => {
		const { result } = await buildFiles({
			...files,
			"src/pages/[lang]/blog/[...slug].astro": route.replace(
				"\n}",
				"\n\treturn posts.map((post) => ({ params: { lang: post.data.lang, slug: post.id.split('/').at(-1) } }));\n}",
			),
		});
		const warnings = result.diagnostics.filter((diagnostic) => diagnostic.rule === "site/permalink-in-code");
		expect(warnings.map((diagnostic) => diagnostic.message)).toEqual([
			expect.stringContaining("src/pages/[lang]/blog/[...slug].astro makes the links"),
		]);
	});
});

describe("an Astro site without a site URL", () => {
	const files = {
		"src/pages/blog/[...slug].astro": "---\nconst posts = await getCollection('blog');\n---\n",
		"src/content/blog/first-post.md": astroPost("First", "Jul 08 2022"),
	};
	const urlErrors = async (config: string) => {
		const { result } = await buildFiles({ ...files, "astro.config.mjs": config });
		return result.diagnostics.filter((diagnostic) => diagnostic.rule.startsWith("site/"));
	};

	it("says the config has none, rather than that it is code, when it sets no site", async () => {
		const errors = await urlErrors('import { defineConfig } from "astro/config";\nexport default defineConfig({});\n');
		expect(errors.map((diagnostic) => [diagnostic.rule, diagnostic.severity])).toEqual([["site/missing-url", "error"]]);
		expect(errors[0]?.message).toContain('astro.config.mjs has no absolute "site"');
	});

	it("says it is code when site is an expression wirefeed cannot read", async () => {
		const errors = await urlErrors(
			'import { defineConfig } from "astro/config";\nexport default defineConfig({ site: process.env.SITE_URL });\n',
		);
		expect(errors.map((diagnostic) => diagnostic.rule)).toEqual(["site/url-in-code"]);
	});
});

// Fuwari, a much-forked Astro theme, names its dates `published` and `updated` in its schema (z.date()), and its
// cover `image` a path relative to the post, which Astro renames on build; real Astro 5.18 dated its rss.xml items
// by `published` and linked /posts/<id>/.
describe("a Fuwari blog (published and updated dates, a relative cover image)", () => {
	it("dates the posts by published, and leaves out the cover it cannot link", async () => {
		const { result, items } = await buildFiles({
			"astro.config.mjs": ASTRO_CONFIG,
			"src/content.config.ts":
				"const postsCollection = defineCollection({\n\tloader: glob({ pattern: '**/*.md', base: './src/content/posts' }),\n\tschema: z.object({ title: z.string(), published: z.date(), updated: z.date().optional(), image: z.string().optional().default('') }),\n});\nexport const collections = { posts: postsCollection };\n",
			"src/pages/posts/[...slug].astro": "---\nconst entries = await getCollection('posts');\n---\n",
			"src/content/posts/guide/index.md":
				"---\ntitle: Simple Guides for Fuwari\npublished: 2024-04-01\nupdated: 2024-04-05\nimage: ./cover.jpeg\ndescription: How to use this template.\n---\n\nGuide.\n",
			"src/content/posts/markdown.md":
				"---\ntitle: Markdown Example\npublished: 2023-10-01T10:30:00+09:00\nimage: ''\n---\n\nMarkdown.\n",
		});
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		expect(items.map((item) => [item.url, item.published, item.image])).toEqual([
			["https://lab.example/posts/guide/", "2024-04-01T00:00:00.000Z", undefined],
			["https://lab.example/posts/markdown/", "2023-10-01T01:30:00.000Z", undefined],
		]);
	});
});

// Astro builds every entry getCollection() lists: real Astro 5.18 wrote the starter's post dated after the build
// (page and rss.xml item). AstroPaper holds such a post back in code, src/utils/postFilter.ts comparing its date with
// Date.now(); so do sites whose getCollection() filter compares it with new Date().
describe("an Astro post dated after the build", () => {
	const files = {
		"astro.config.mjs": ASTRO_CONFIG,
		"src/pages/blog/[...slug].astro": "---\nconst posts = await getCollection('blog');\n---\n",
		"src/content/blog/first-post.md": astroPost("First", "Jul 08 2022"),
		"src/content/blog/next-year.md": astroPost("Next year", "2027-03-01"),
	};
	const urls = async (extra: Readonly<Record<string, string>>) =>
		(await buildFiles({ ...files, ...extra })).items.map((item) => item.url);

	it("is published, as Astro builds it", async () => {
		expect(await urls({})).toEqual(["https://lab.example/blog/next-year/", "https://lab.example/blog/first-post/"]);
	});

	it("is held back when the site's code compares the post's date with the clock", async () => {
		expect(
			await urls({
				"src/utils/postFilter.ts":
					"const postFilter = ({ data }) => {\n\tconst isPublishTimePassed = Date.now() > new Date(data.pubDatetime).getTime() - SITE.scheduledPostMargin;\n\treturn !data.draft && (import.meta.env.DEV || isPublishTimePassed);\n};\nexport default postFilter;\n",
			}),
		).toEqual(["https://lab.example/blog/first-post/"]);
		expect(
			await urls({
				"src/pages/rss.xml.js":
					"export async function GET(context) {\n\tconst posts = await getCollection('blog', ({ data }) => data.pubDate <= new Date());\n\treturn rss({ site: context.site, items: posts.map((post) => ({ ...post.data, link: '/blog/' + post.id + '/' })) });\n}\n",
			}),
		).toEqual(["https://lab.example/blog/first-post/"]);
	});
});

describe("an Astro 4 blog (src/content/config.ts, type: 'content')", () => {
	const files = {
		"astro.config.mjs": ASTRO_CONFIG,
		"src/pages/blog/[...slug].astro": "---\nconst posts = await getCollection('blog');\n---\n",
		"src/content/blog/first-post.md": astroPost("First", "Jul 08 2022"),
		"src/content/blog/_hidden.md": astroPost("Hidden", "Jul 12 2022"),
		"src/content/blog/_drafts/wip.md": astroPost("Work in progress", "Jul 13 2022"),
		"src/content/blog/nested/Deep One.md": astroPost("Deep", "Jul 10 2022"),
	};

	it("leaves out the files and folders whose names start with _, as collections without a loader do", async () => {
		const { items } = await buildFiles({
			...files,
			"src/content/config.ts":
				"const blog = defineCollection({\n\ttype: 'content',\n});\nexport const collections = { blog };\n",
		});
		expect(items.map((item) => item.url)).toEqual([
			"https://lab.example/blog/nested/deep-one/",
			"https://lab.example/blog/first-post/",
		]);
	});

	// Real Astro 5.18 gives an entry of such a collection its file path as id (`nested/Deep One.md`), and wrote the
	// route's pages at blog/nested/Deep One.md/ when it passed `post.id` where Astro 4's passed `post.slug`.
	it("links by the file path as written when the route passes post.id, not post.slug", async () => {
		const { items } = await buildFiles({
			...files,
			"src/content/config.ts":
				"const blog = defineCollection({\n\ttype: 'content',\n});\nexport const collections = { blog };\n",
			"src/pages/blog/[...slug].astro":
				"---\nexport async function getStaticPaths() {\n\tconst posts = await getCollection('blog');\n\treturn posts.map((post) => ({ params: { slug: post.id }, props: post }));\n}\n---\n",
		});
		expect(items.map((item) => item.url)).toEqual([
			"https://lab.example/blog/nested/Deep%20One.md/",
			"https://lab.example/blog/first-post.md/",
		]);
	});

	it("reads the folder named posts when there is no blog/, beside other collections", async () => {
		const { items } = await buildFiles({
			"astro.config.mjs": ASTRO_CONFIG,
			"src/content/config.ts":
				"const posts = defineCollection({ type: 'content' });\nconst authors = defineCollection({ type: 'data' });\nexport const collections = { posts, authors };\n",
			"src/content/authors/ada.json": '{ "name": "Ada" }\n',
			"src/content/posts/first-post.md": astroPost("First", "Jul 08 2022"),
			"src/pages/posts/[slug].astro": "---\nconst posts = await getCollection('posts');\n---\n",
		});
		expect(items.map((item) => item.url)).toEqual(["https://lab.example/posts/first-post/"]);
	});

	it("keeps them with Astro 5's glob() loader, which reads every file its pattern matches", async () => {
		const { items } = await buildFiles({
			...files,
			"src/content.config.ts":
				"const blog = defineCollection({\n\tloader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),\n});\nexport const collections = { blog };\n",
		});
		expect(items.map((item) => item.url)).toEqual([
			"https://lab.example/blog/_drafts/wip/",
			"https://lab.example/blog/_hidden/",
			"https://lab.example/blog/nested/deep-one/",
			"https://lab.example/blog/first-post/",
		]);
	});
});

describe("an Eleventy site (input folder, directory data, JavaScript front matter)", () => {
	it("follows Eleventy's permalinks and leaves out what it never writes or lists", async () => {
		const { result, items } = await buildSite(fixtureSite("eleventy"), NOW);
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		expect(items.map((item) => [item.url, item.tags])).toEqual([
			["https://hives.example/harvest/honey-yield/", []],
			["https://hives.example/posts/with-photo/", []],
			// The directory data's "posts" tag names Eleventy's collection, not a topic.
			["https://hives.example/posts/swarm-day/", ["swarms"]],
		]);
		expect(rulesOf(result)).toEqual(
			expect.arrayContaining([
				"info no-page.md select/not-listed",
				"info excluded.md select/not-listed",
				"info draft.md select/draft",
			]),
		);
		expect(result.outputs?.rss).toContain("<title>Beekeeping Diary</title>");
	});

	// A site served under a path: Eleventy's page URLs hold the prefix (`/apiary/posts/x/`) and its feed plugin resolves
	// them against the metadata's URL as URLs resolve, so a URL that already names the prefix does not double it.
	it.each([
		["https://hives.example/", "https://hives.example/apiary/posts/swarm-day/"],
		["https://hives.example/apiary/", "https://hives.example/apiary/posts/swarm-day/"],
	])("puts pathPrefix in the links, once, with the site URL %s", async (url, expected) => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-eleventy-prefix-"));
		try {
			cpSync(fixtureSite("eleventy"), dir, { recursive: true });
			const config = join(dir, "eleventy.config.js");
			writeFileSync(config, readFileSync(config, "utf8").replace("dir: {", 'pathPrefix: "/apiary/",\n\tdir: {'));
			const metadata = join(dir, "src", "_data", "metadata.json");
			writeFileSync(metadata, readFileSync(metadata, "utf8").replace("https://hives.example/", url));
			const { items } = await buildSite(dir, NOW);
			expect(items.map((item) => item.url)).toContain(expected);
			expect(
				items.every(
					(item) =>
						item.url.startsWith("https://hives.example/apiary/posts/") ||
						item.url.startsWith("https://hives.example/apiary/harvest/"),
				),
			).toBe(true);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// `eleventyComputed` is computed after the data cascade, so its permalink wins over every plain one: the directory
	// data's over the front matter's, the front matter's own over the directory data's (as Eleventy 3 builds them).
	it("takes a permalink from eleventyComputed, which wins over the plain permalink", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-eleventy-computed-"));
		try {
			cpSync(fixtureSite("eleventy"), dir, { recursive: true });
			const write = (path: string, text: string) => {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), text);
			};
			write(
				"src/posts/smoker/smoker.11tydata.json",
				'{ "eleventyComputed": { "permalink": "/tools/{{ page.fileSlug }}/" } }',
			);
			write(
				"src/posts/smoker/fuel.md",
				'---\ntitle: Smoker fuel\ndate: 2023-06-01\npermalink: "/ignored/"\n---\nDry pine needles burn cool.\n',
			);
			write(
				"src/posts/smoker/lighting.md",
				'---\ntitle: Lighting The Smoker\ndate: 2023-06-02\neleventyComputed:\n  permalink: "/how-to/{{ title | slugify }}/"\n---\nLight it from the bottom.\n',
			);
			const { result, items } = await buildSite(dir, NOW);
			expect(result.diagnostics.filter((d) => d.severity === "error" || d.rule.startsWith("site/"))).toEqual([]);
			expect(items.map((item) => item.url)).toEqual(
				expect.arrayContaining([
					"https://hives.example/tools/fuel/",
					"https://hives.example/how-to/lighting-the-smoker/",
				]),
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// A permalink computed by a function in JavaScript directory data cannot be known without running it: said once,
	// with the key that sets the links, rather than publishing Eleventy's default links without a word.
	it("says when a JavaScript data file computes the permalink in code", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-eleventy-code-permalink-"));
		try {
			cpSync(fixtureSite("eleventy"), dir, { recursive: true });
			rmSync(join(dir, "src/posts/posts.11tydata.json"));
			writeFileSync(
				join(dir, "src/posts/posts.11tydata.js"),
				`export default {\n\ttags: ["posts"],\n\televentyComputed: {\n\t\tpermalink: (data) => \`/journal/\${data.page.fileSlug}/\`,\n\t},\n};\n`,
			);
			const { result } = await buildSite(dir, NOW);
			expect(rulesOf(result)).toContain("warning posts.11tydata.js site/permalink-in-code");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Sites from before the feed plugin's collection option name their posts by a glob in the config's code.
	it("finds the posts by the collection's getFilteredByGlob when no directory data tags them", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-eleventy-glob-"));
		try {
			cpSync(fixtureSite("eleventy"), dir, { recursive: true });
			rmSync(join(dir, "src/posts/posts.11tydata.json"));
			renameSync(join(dir, "src/posts"), join(dir, "src/articles"));
			const config = join(dir, "eleventy.config.js");
			writeFileSync(
				config,
				readFileSync(config, "utf8").replace(
					"{\n",
					'{\n\televentyConfig.addCollection("posts", function (collectionApi) {\n\t\treturn collectionApi.getFilteredByGlob("./src/articles/**/*.md");\n\t});\n',
				),
			);
			const { result, items } = await buildSite(dir, NOW);
			expect(result.site?.articles).toBe("src/articles");
			expect(items.map((item) => item.url)).toEqual(
				expect.arrayContaining([
					"https://hives.example/articles/swarm-day/",
					"https://hives.example/harvest/honey-yield/",
				]),
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Eleventy's `page.fileSlug` drops a date from the file name, and from the folder name of an `index.md`.
	it("gives page.fileSlug without the date, for a dated file and a dated folder's index", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-eleventy-fileslug-"));
		try {
			cpSync(fixtureSite("eleventy"), dir, { recursive: true });
			const write = (path: string, text: string) => {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), text);
			};
			const permalink = 'permalink: "/p/{{ page.fileSlug }}/"';
			write("src/posts/2023-07-01-wax-melt.md", `---\ntitle: Wax melt\n${permalink}\n---\nThe wax was melted.\n`);
			write("src/posts/2023-07-02-frames/index.md", `---\ntitle: Frames\n${permalink}\n---\nNew frames.\n`);
			const { items } = await buildSite(dir, NOW);
			expect(items.map((item) => item.url)).toEqual(
				expect.arrayContaining(["https://hives.example/p/wax-melt/", "https://hives.example/p/frames/"]),
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("reads each site file once: the posts folder's directory data is listed once", async () => {
		const { result } = await buildSite(fixtureSite("eleventy"), NOW);
		expect(result.site?.files).toEqual([
			"eleventy.config.js",
			"src/_data/metadata.json",
			"src/posts/posts.11tydata.json",
		]);
	});
});

describe("a Zola site (+++ TOML, [taxonomies], dated file names)", () => {
	it("gives Zola's paths and dates, and leaves undated pages out as Zola's feed does", async () => {
		const { result, items } = await buildSite(fixtureSite("zola"), NOW);
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		expect(items.map((item) => [item.url, item.published, item.tags])).toEqual([
			["https://pond.example/journal/frogspawn/", "2024-03-10T00:00:00.000Z", ["frogs", "spring"]],
			["https://pond.example/journal/cafe-visit/", "2024-02-01T00:00:00.000Z", []],
			["https://pond.example/journal/ice-on-the-pond/", "2024-01-20T00:00:00.000Z", []],
		]);
		expect(items[0]?.summary).toBe("The first frogspawn floated by the reeds.");
		expect(rulesOf(result)).toContain("info about.md select/not-listed");
	});
});

describe("a Zola site's internal links and shortcodes", () => {
	it("links @/ paths to their pages and keeps what shortcodes hold", async () => {
		const { result, items } = await buildSite(fixtureSite("zola-links"), NOW);
		const second = items.find((item) => item.title === "Second visit");
		expect(second?.html).toContain('<a href="https://pond.example/blog/first/#frogs">the first visit</a>');
		expect(second?.html).toContain('<a href="https://pond.example/blog/lamps/">the lamps</a>');
		expect(second?.html).toContain(
			"<blockquote>\n<p><strong>Mind the ice</strong></p>\n<p>The ice is thin in March.</p>\n</blockquote>",
		);
		expect(second?.html).toMatch(
			/<blockquote>\s*<p>Frogs are early this year.<\/p>\s*<p>— Ann Roe<\/p>\s*<\/blockquote>/,
		);
		expect(second?.html).toContain(
			'<figure><img src="https://pond.example/img/pond.jpg" alt=""><figcaption>The pond at dawn</figcaption></figure>',
		);
		expect(second?.html).toContain('<img src="https://pond.example/blog/second/reeds.png" alt="Reeds">');
		expect(second?.html).toContain("<p>A link to a page that is gone keeps its words.</p>");
		expect(second?.html).toContain("[kept](@/blog/first.md)");
		expect(second?.html).not.toMatch(/\{%|%\}|\{\{|\}\}|href="[^"]*@\//);
		expect(rulesOf(result).filter((rule) => rule.includes("second.md") && !rule.endsWith("license/check"))).toEqual([
			"warning second.md site/unresolved-link",
		]);
	});
});

describe("a WordPress export (_posts with WordPress keys)", () => {
	it("publishes only live posts, at their GMT time, with their guid and slug", async () => {
		const { result, items } = await buildSite(fixtureSite("wordpress"), NOW);
		expect(result.site?.generator).toBe("wordpress");
		expect(items).toEqual([
			expect.objectContaining({
				id: "https://market.example/?p=101",
				url: "https://market.example/2019/05/market-opens/",
				title: "Market opens – spring stalls",
				published: "2019-05-01T06:00:00.000Z",
			}),
		]);
		expect(rulesOf(result)).toEqual(
			expect.arrayContaining([
				"info 2019-05-02-stall-fees.md select/not-listed",
				"info 2019-05-03-about.md select/not-listed",
			]),
		);
	});
});

describe("the wirefeed config beside a site", () => {
	it("wins key by key over the site's settings", async () => {
		const { build } = await import("../../src/build.js");
		const config = { url: "https://mirror.example/", title: "Mirror" };
		const result = await build({
			cwd: fixtureSite("hugo"),
			site: ".",
			config,
			write: false,
			cacheDir: false,
			now: NOW,
		});
		expect(result.outputs?.rss).toContain("<title>Mirror</title>");
		// The site's rules still make the links, under the configured URL; what the config does not set, the site gives.
		expect(result.items.map((item) => item.link)).toContain("https://mirror.example/posts/archive-tour/");
		expect(result.outputs?.rss).toContain("<language>en-gb</language>");
	});
});

// A warning about a tag of the post's text names the tag's line, not the body's first line: with a long post, the
// author is sent to the right place.
describe("warnings about a post's template tags", () => {
	const POST = [
		"The lamp was lit at dusk.",
		"",
		"The fog came in at nine.",
		"",
		"{% include toc.html %}",
		"",
		"See [the last check]({% post_url 2099-01-01-no-such-post %}).",
		"",
		"{% include toc.html %}",
	].join("\n");
	const linesOf = (result: Awaited<ReturnType<typeof buildSite>>["result"], file: string) =>
		result.diagnostics.filter((d) => d.file.endsWith(file) && d.rule.startsWith("site/")).map((d) => [d.rule, d.line]);

	it.each([
		{ site: "jekyll", file: "_posts/2024-04-06-tag-lines.md" },
		{ site: "eleventy", file: "src/posts/tag-lines.md" },
	])("name the tag's line in a $site site", async ({ site, file }) => {
		const dir = mkdtempSync(join(tmpdir(), `wirefeed-${site}-lines-`));
		try {
			cpSync(fixtureSite(site), dir, { recursive: true });
			// Front matter of four lines: the body's first line is line 5, the first include line 9.
			writeFileSync(join(dir, file), `---\ntitle: Tag lines\ndate: 2024-04-06\n---\n${POST}\n`);
			const { result } = await buildSite(dir, NOW);
			expect(linesOf(result, file)).toEqual([
				["site/unresolved-link", 11],
				["site/template-tag-removed", 9],
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("name the shortcode's line in a Hugo site", async () => {
		const dir = mkdtempSync(join(tmpdir(), "wirefeed-hugo-lines-"));
		try {
			cpSync(fixtureSite("hugo"), dir, { recursive: true });
			const body =
				'The lamp was lit at dusk.\n\nThe fog came in at nine.\n\nSee [the last check]({{< ref "no-such-post" >}}).\n';
			writeFileSync(
				join(dir, "content", "posts", "tag-lines.md"),
				`---\ntitle: Tag lines\ndate: 2024-04-06\n---\n${body}`,
			);
			const { result } = await buildSite(dir, NOW);
			expect(linesOf(result, "tag-lines.md")).toEqual([["site/unresolved-link", 9]]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
