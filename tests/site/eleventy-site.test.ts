import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeWith, program } from "../support/require-reader.js";
import { buildSite, fixtureSite } from "./build-fixture-site.js";

// Eleventy 3 and its feed plugin (@11ty/eleventy-plugin-rss 3) as they read a blog, checked by building the same
// sites with both (Eleventy 3.1.8): which posts are in, in what order, with what dates. The fixture site is copied and
// given the files of each case.

const NOW = new Date("2026-12-01T00:00:00Z");
const copies: string[] = [];
afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function eleventySite(files: Readonly<Record<string, string>>): string {
	const dir = mkdtempSync(join(tmpdir(), "wirefeed-eleventy-"));
	copies.push(dir);
	cpSync(fixtureSite("eleventy"), dir, { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const rulesOf = (result: Awaited<ReturnType<typeof buildSite>>["result"]) =>
	result.diagnostics.map((d) => `${d.severity} ${d.file?.split("/").at(-1)} ${d.rule}`);
const publishedOf = (items: Awaited<ReturnType<typeof buildSite>>["items"], title: string) =>
	items.find((item) => item.title === title)?.published;
const post = (title: string, front = "") => `---\ntitle: ${title}\n${front}---\n${title}, in a sentence.\n`;

describe("an Eleventy site's posts, as its feed plugin lists them", () => {
	// The collection is sorted by date, then by input path; the feed reverses it: equal dates, the last path first.
	it("orders posts of the same date by input path, last first", async () => {
		const { items } = await buildSite(
			eleventySite({
				"src/posts/wax-b.md": post("Wax B", "date: 2024-06-01\n"),
				"src/posts/wax-a.md": post("Wax A", "date: 2024-06-01\n"),
				"src/posts/wax-c.md": post("Wax C", "date: 2024-06-01\n"),
			}),
			NOW,
		);
		expect(items.slice(0, 3).map((item) => item.title)).toEqual(["Wax C", "Wax B", "Wax A"]);
	});

	// Eleventy has no scheduled posts: a page dated after the build is written, and listed, like any other.
	it("lists a post dated after the build, as Eleventy writes it", async () => {
		const { result, items } = await buildSite(
			eleventySite({ "src/posts/spring-plans.md": post("Spring plans", "date: 2027-03-01\n") }),
			NOW,
		);
		expect(items[0]?.title).toBe("Spring plans");
		expect(result.nextScheduled).toBeUndefined();
	});
});

// Sites moved from Jekyll keep dated links with Liquid's `date` filter, which Eleventy's Liquid has built in; its clock
// is the build machine's (UTC on the usual hosts), wirefeed's the config's `timezone` (UTC unless set).
describe("an Eleventy permalink with Liquid's date filter", () => {
	it("fills page.date | date with strftime's fields", async () => {
		const { result, items } = await buildSite(
			eleventySite({
				"src/posts/posts.11tydata.json":
					'{ "tags": ["posts"], "permalink": "/{{ page.date | date: \'%Y/%m/%d\' }}/{{ page.fileSlug }}/" }',
				"src/posts/2023-04-05-kites.md": post("Kites"),
				"src/posts/late.md": post("Late", "date: 2023-04-06T23:30:00-05:00\n"),
				"src/posts/named.md": post("Named", "date: 2023-01-09\npermalink: \"/{{ page.date | date: '%b-%-d-%y' }}/\"\n"),
			}),
			NOW,
		);
		expect(rulesOf(result).filter((rule) => rule.includes("site/permalink-template"))).toEqual([]);
		expect(items.map((item) => item.url)).toEqual(
			expect.arrayContaining([
				"https://hives.example/2023/04/05/kites/",
				"https://hives.example/2023/04/07/late/",
				"https://hives.example/Jan-9-23/",
			]),
		);
	});
});

// Eleventy's page.fileSlug and page.filePathStem leave out a date from the file name (TemplateFileSlug): what follows
// the first `YYYY-MM-DD-` in it, wherever it is.
describe("an Eleventy permalink with page.filePathStem or page.fileSlug of a dated file name", () => {
	it("leaves the date out of both, as Eleventy does", async () => {
		const { items } = await buildSite(
			eleventySite({
				"src/posts/2024-01-05-new-year.md": post("New year", 'permalink: "{{ page.filePathStem }}/"\n'),
				"src/posts/notes-2024-01-08-mid.md": post("Mid", 'permalink: "/m/{{ page.fileSlug }}/"\n'),
				"src/posts/notes-2024-01-09-plain.md": post("Plain"),
			}),
			NOW,
		);
		const urlOf = (title: string) => items.find((item) => item.title === title)?.url;
		expect(urlOf("New year")).toBe("https://hives.example/posts/new-year/");
		expect(urlOf("Mid")).toBe("https://hives.example/m/mid/");
		// Without a permalink, the input path as it is.
		expect(urlOf("Plain")).toBe("https://hives.example/posts/notes-2024-01-09-plain/");
	});
});

// A tag collection (`collections.posts`) is made of the pages tagged with its name, wherever they are; a page of the
// posts folder without the tag is in no feed.
describe("an Eleventy site's tag collection", () => {
	it("finds posts tagged in their front matter, in any folder, and leaves out the untagged pages", async () => {
		const dir = eleventySite({
			"src/writing/moss.md": post("Moss", "date: 2022-02-01\ntags: [posts, moss]\n"),
			"src/writing/lichen.md": post("Lichen", "date: 2022-03-01\ntags: posts\n"),
			"src/writing/index.md": post("Writing", "permalink: /writing/\n"),
			"src/notes/ferns.md": post("Ferns", "date: 2022-04-01\ntags:\n  - posts\n  - ferns\n"),
			"src/about.md": post("About", "permalink: /about/\n"),
			"src/drafts/old.md": post("Old", "date: 2022-01-01\n"),
		});
		rmSync(join(dir, "src/posts"), { recursive: true });
		const { result, items } = await buildSite(dir, NOW);
		expect(items.map((item) => [item.url, item.tags])).toEqual([
			["https://hives.example/notes/ferns/", ["ferns"]],
			["https://hives.example/writing/lichen/", []],
			["https://hives.example/writing/moss/", ["moss"]],
		]);
		expect(rulesOf(result)).toEqual(
			expect.arrayContaining(["info index.md select/not-listed", "info about.md select/not-listed"]),
		);
		expect(rulesOf(result).filter((rule) => rule.includes("old.md"))).toEqual([]);
	});

	// Directory data tags whole folders and front matter single pages: the collection holds both, from any folder.
	it("holds the posts of every folder its directory data tags, and pages tagged elsewhere", async () => {
		const { result, items } = await buildSite(
			eleventySite({
				"src/til/til.11tydata.json": '{ "tags": ["posts"] }',
				"src/til/smoke.md": post("Smoke calms", "date: 2023-09-02\n"),
				"src/notes/ferns.md": post("Ferns", "date: 2023-09-03\ntags: [posts, ferns]\n"),
				"src/notes/todo.md": post("To do", "date: 2023-09-04\n"),
				"src/about.md": post("About", "permalink: /about/\n"),
			}),
			NOW,
		);
		expect(result.site?.articles).toBe("src");
		expect(items.map((item) => item.url)).toEqual([
			"https://hives.example/notes/ferns/",
			"https://hives.example/til/smoke/",
			"https://hives.example/harvest/honey-yield/",
			"https://hives.example/posts/with-photo/",
			"https://hives.example/posts/swarm-day/",
		]);
		expect(rulesOf(result)).toEqual(
			expect.arrayContaining(["info todo.md select/not-listed", "info about.md select/not-listed"]),
		);
	});

	// Eleventy writes Nunjucks and Liquid templates as pages too, and lists them; wirefeed reads Markdown and HTML only.
	it("says which Nunjucks or Liquid templates Eleventy lists as posts, which wirefeed leaves out", async () => {
		const { result } = await buildSite(
			eleventySite({
				"src/posts/field-day.njk": post("Field day", "date: 2023-09-10\n"),
				"src/posts/recipes/mead.liquid": post("Mead", "date: 2023-09-11\n"),
				"src/posts/index.njk": post("All posts", "eleventyExcludeFromCollections: true\n"),
				"src/posts/archive.njk": post("Archive", "permalink: false\n"),
				"src/calendar.njk": post("Calendar", "date: 2023-09-12\n"),
			}),
			NOW,
		);
		expect(rulesOf(result).filter((rule) => rule.includes("site/unread-page"))).toEqual([
			"warning field-day.njk site/unread-page",
			"warning mead.liquid site/unread-page",
		]);
	});

	// Without the feed plugin's options, the site's own feed template says which collection the feed lists.
	it("lists the collection the site's feed template loops over", async () => {
		const { result, items } = await buildSite(
			eleventySite({
				"src/feed/feed.njk": [
					"---",
					"permalink: /feed.xml",
					"eleventyExcludeFromCollections: true",
					"---",
					'<feed xmlns="http://www.w3.org/2005/Atom">',
					"{%- for post in collections.article | reverse %}",
					"<entry><title>{{ post.data.title }}</title></entry>",
					"{%- endfor %}",
					"</feed>",
				].join("\n"),
				"src/writing/writing.json": '{ "tags": "article" }',
				"src/writing/smoke.md": post("Smoke calms", "date: 2023-09-02\n"),
				"src/writing/ferns.md": post("Ferns", "date: 2023-09-03\ntags: [article, ferns]\n"),
			}),
			NOW,
		);
		expect(result.site?.articles).toBe("src/writing");
		expect(items.map((item) => [item.url, item.tags])).toEqual([
			["https://hives.example/writing/ferns/", ["ferns"]],
			["https://hives.example/writing/smoke/", []],
		]);
	});

	// The feed plugin's documented feed.njk (eleventy-plugin-rss 1, Eleventy 1 and 2) keeps the site's metadata in its
	// own front matter, with no global data file at all.
	it("reads the site's title, URL and author from the feed template's own front matter", async () => {
		const dir = eleventySite({
			"src/feed.njk": [
				"---json",
				"{",
				'  "permalink": "feed.xml",',
				'  "eleventyExcludeFromCollections": true,',
				'  "metadata": {',
				'    "title": "Comb and Smoke",',
				'    "subtitle": "Notes from the apiary.",',
				'    "language": "en",',
				'    "url": "https://comb.example/",',
				'    "author": { "name": "Ada Hive", "email": "ada@comb.example" }',
				"  }",
				"}",
				"---",
				'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{{ metadata.url }}">',
				"  {%- for post in collections.posts | reverse %}",
				"  {%- set absolutePostUrl = post.url | absoluteUrl(metadata.url) %}",
				'  <entry><link href="{{ absolutePostUrl }}"/></entry>',
				"  {%- endfor %}",
				"</feed>",
			].join("\n"),
		});
		rmSync(join(dir, "src/_data"), { recursive: true });
		const { result, items } = await buildSite(dir, NOW);
		expect(result.site?.settings).toMatchObject({
			title: { value: "Comb and Smoke", from: "src/feed.njk front matter metadata.title" },
			description: { value: "Notes from the apiary." },
			url: { value: "https://comb.example/" },
			language: { value: "en" },
			author: { value: { name: "Ada Hive", email: "ada@comb.example" } },
		});
		expect(items.map((item) => item.url)).toEqual([
			"https://comb.example/harvest/honey-yield/",
			"https://comb.example/posts/with-photo/",
			"https://comb.example/posts/swarm-day/",
		]);
	});

	// The feed template names the global data that holds the site's URL: `absoluteUrl(meta.siteUrl)` is `_data/meta.*`.
	it("reads the site's URL from the global data its feed template makes links with", async () => {
		const dir = eleventySite({
			"src/feed.njk": [
				"---",
				"permalink: /feed.xml",
				"---",
				'<feed xmlns="http://www.w3.org/2005/Atom">',
				"  <title>{{ meta.siteName }}</title>",
				"  {%- for post in collections.posts | reverse %}",
				'  <entry><link href="{{ post.url | absoluteUrl(meta.siteUrl) }}"/></entry>',
				"  {%- endfor %}",
				"</feed>",
			].join("\n"),
			"src/_data/meta.json": '{ "siteName": "Comb and Smoke", "siteUrl": "https://comb.example", "lang": "en" }',
		});
		rmSync(join(dir, "src/_data/metadata.json"));
		const { result, items } = await buildSite(dir, NOW);
		expect(result.site?.settings.url).toEqual({ value: "https://comb.example", from: "src/_data/meta.json siteUrl" });
		expect(result.site?.settings.title).toEqual({ value: "Comb and Smoke", from: "src/_data/meta.json siteName" });
		expect(items.map((item) => item.url)).toEqual([
			"https://comb.example/harvest/honey-yield/",
			"https://comb.example/posts/with-photo/",
			"https://comb.example/posts/swarm-day/",
		]);
	});

	// Sites moved from Jekyll keep their global data in YAML, which Eleventy reads once the config adds the extension.
	it("reads the site's metadata from a YAML data file the config adds a data extension for", async () => {
		const dir = eleventySite({
			"eleventy.config.js": [
				'import yaml from "js-yaml";',
				"export default function (eleventyConfig) {",
				'\televentyConfig.addDataExtension("yml, yaml", (contents) => yaml.load(contents));',
				"}",
				'export const config = { dir: { input: "src", output: "_site" } };',
			].join("\n"),
			"src/_data/site.yml": "title: Comb and Smoke\nurl: https://comb.example/\n",
		});
		rmSync(join(dir, "src/_data/metadata.json"));
		const { result, items } = await buildSite(dir, NOW);
		expect(result.site?.settings.url).toEqual({ value: "https://comb.example/", from: "src/_data/site.yml url" });
		expect(items[0]?.url).toBe("https://comb.example/harvest/honey-yield/");
	});

	// `addCollection("posts", (api) => api.getFilteredByTag("post"))`: the feed's collection holds another tag's pages.
	it("holds the pages of the tag a collection is made from with getFilteredByTag", async () => {
		const { items } = await buildSite(
			eleventySite({
				"eleventy.config.js": [
					"export default function (eleventyConfig) {",
					'\televentyConfig.addCollection("posts", function (collectionApi) {',
					'\t\treturn collectionApi.getFilteredByTag("post").filter((item) => !item.data.draft);',
					"\t});",
					"}",
					'export const config = { dir: { input: "src", output: "_site" } };',
				].join("\n"),
				"src/notes/clover.md": post("Clover", "date: 2023-09-04\ntags: post\n"),
				"src/notes/heather.md": post("Heather", "date: 2023-09-05\ntags: [post, moor]\n"),
			}),
			NOW,
		);
		expect(items.map((item) => [item.url, item.tags])).toEqual([
			["https://hives.example/notes/heather/", ["moor"]],
			["https://hives.example/notes/clover/", []],
		]);
	});

	// Eleventy merges tags through the data cascade: the directory data's and the front matter's, a string as a list.
	it("merges the tags of directory data and front matter, as Eleventy's data cascade does", async () => {
		const { items } = await buildSite(
			eleventySite({
				"src/posts/meadow/meadow.11tydata.json": '{ "tags": ["posts", "meadow"] }',
				"src/posts/meadow/clover.md": post("Clover", "date: 2022-05-01\ntags: flowers\n"),
			}),
			NOW,
		);
		expect(items.find((item) => item.title === "Clover")?.tags).toEqual(["meadow", "flowers"]);
	});
});

// A config that returns its options from an arrow function (`(eleventyConfig) => ({ dir: … })`) or exports them as a
// plain object, both of which Eleventy reads (TemplateConfig.requireLocalConfigFile).
describe("an Eleventy config written as an arrow function or a plain object", () => {
	it.each([
		["an arrow function", 'module.exports = (eleventyConfig) => ({\n\tdir: { input: "src", output: "dist" },\n});\n'],
		["a plain object", 'module.exports = {\n\tdir: { input: "src", output: "dist" },\n};\n'],
	])("reads the input folder of %s", async (_, config) => {
		const dir = eleventySite({ ".eleventy.js": config });
		rmSync(join(dir, "eleventy.config.js"));
		const { result, items } = await buildSite(dir, NOW);
		expect(result.site?.articles).toBe("src/posts");
		expect(items.map((item) => item.url)).toEqual([
			"https://hives.example/harvest/honey-yield/",
			"https://hives.example/posts/with-photo/",
			"https://hives.example/posts/swarm-day/",
		]);
	});
});

// Eleventy 3's configuration API names the folders in code (`eleventyConfig.setInputDirectory("src")`), where older
// configs return or export `dir`.
describe("an Eleventy 3 config that names its folders with setInputDirectory", () => {
	it("reads the input and data folders from setInputDirectory and setDataDirectory", async () => {
		const dir = eleventySite({
			"eleventy.config.js": [
				"export default function (eleventyConfig) {",
				'\t// eleventyConfig.setInputDirectory("content");',
				'\televentyConfig.setInputDirectory("src");',
				"\televentyConfig.setDataDirectory('site-data');",
				'\televentyConfig.setOutputDirectory("dist");',
				"}",
				"",
			].join("\n"),
			"src/site-data/metadata.json": '{ "title": "Hive Notes", "url": "https://notes.example/" }',
		});
		rmSync(join(dir, "src/_data"), { recursive: true });
		const { result, items } = await buildSite(dir, NOW);
		expect(result.site?.articles).toBe("src/posts");
		expect(items.map((item) => item.url)).toEqual([
			"https://notes.example/harvest/honey-yield/",
			"https://notes.example/posts/with-photo/",
			"https://notes.example/posts/swarm-day/",
		]);
	});
});

// Eleventy 3 skips the paths its ignore files name: `.eleventyignore` (in the project and in the input folder) and
// `.gitignore`, each line a path or glob from the file's folder.
describe("an Eleventy site's ignore files", () => {
	it("leaves out the posts .eleventyignore and .gitignore name", async () => {
		const { items } = await buildSite(
			eleventySite({
				".eleventyignore": "# not yet\nsrc/posts/wip\nsrc/posts/scratch-*.md\n",
				".gitignore": "node_modules\n_site\nsrc/posts/local-notes.md\n",
				"src/.eleventyignore": "posts/old-draft.md\n",
				"src/posts/wip/half.md": post("Half done", "date: 2023-10-01\n"),
				"src/posts/scratch-1.md": post("Scratch", "date: 2023-10-02\n"),
				"src/posts/local-notes.md": post("Local notes", "date: 2023-10-03\n"),
				"src/posts/old-draft.md": post("Old draft", "date: 2023-10-04\n"),
				"src/posts/hive-log.md": post("Hive log", "date: 2023-10-05\n"),
			}),
			NOW,
		);
		expect(items.map((item) => item.title)).toEqual(["Hive log", "Honey yield", "Frames with a photo", "Swarm day"]);
	});
});

// Eleventy's page.date (Template.getMappedDate): the data cascade's `date`, where four strings name a date of the file
// itself; without one, the first YYYY-MM-DD anywhere in the input path; without that, the file's creation time.
describe("an Eleventy site's dates, as Eleventy gives them", () => {
	it("takes a date from anywhere in the input path, not only a file name's start", async () => {
		const { result, items } = await buildSite(
			eleventySite({ "src/posts/hive-check-2024-06-09.md": post("Hive check") }),
			NOW,
		);
		expect(rulesOf(result).filter((rule) => rule.startsWith("error"))).toEqual([]);
		expect(publishedOf(items, "Hive check")).toBe("2024-06-09T00:00:00.000Z");
	});

	// The creation time is what Eleventy takes, and a fresh checkout changes it: said, with the key that fixes it.
	it("dates a post without a date by the file's creation time, and says so", async () => {
		const dir = eleventySite({ "src/posts/mite-count.md": post("Mite count") });
		const stats = statSync(join(dir, "src/posts/mite-count.md"));
		const { result, items } = await buildSite(dir, NOW);
		expect(rulesOf(result)).toContain("warning mite-count.md site/file-date");
		expect(publishedOf(items, "Mite count")).toBe(
			new Date(Math.trunc(stats.birthtimeMs === 0 ? stats.ctimeMs : stats.birthtimeMs)).toISOString(),
		);
	});

	it("reads date: Last Modified as the file's last change (its ctime) and date: Created as its creation", async () => {
		const dir = eleventySite({
			"src/posts/wax-moth.md": post("Wax moth", "date: Last Modified\n"),
			"src/posts/new-queen.md": post("New queen", "date: Created\n"),
		});
		const changed = statSync(join(dir, "src/posts/wax-moth.md")).ctimeMs;
		const made = statSync(join(dir, "src/posts/new-queen.md"));
		const { result, items } = await buildSite(dir, NOW);
		expect(rulesOf(result).filter((rule) => !rule.startsWith("info") && !rule.includes("license/"))).toEqual([]);
		expect(publishedOf(items, "Wax moth")).toBe(new Date(Math.trunc(changed)).toISOString());
		expect(publishedOf(items, "New queen")).toBe(
			new Date(Math.trunc(made.birthtimeMs === 0 ? made.ctimeMs : made.birthtimeMs)).toISOString(),
		);
	});

	it("says when git has no date for date: git Last Modified, and dates it by the file's last change", async () => {
		const dir = eleventySite({ "src/posts/feeding.md": post("Feeding", "date: git Last Modified\n") });
		const changed = statSync(join(dir, "src/posts/feeding.md")).ctimeMs;
		const { result, items } = await buildSite(dir, NOW);
		expect(rulesOf(result)).toContain("warning feeding.md site/no-git-date");
		expect(publishedOf(items, "Feeding")).toBe(new Date(Math.trunc(changed)).toISOString());
	});
});

describeWith([program("git", "git")], "an Eleventy site's git dates", () => {
	// Eleventy asks git for the author date: of the last commit of the file, and of the commit that added it.
	it("reads date: git Last Modified and git Created from the file's commits", async () => {
		const dir = eleventySite({
			"src/posts/clover.md": post("Clover", "date: git Last Modified\n"),
			"src/posts/heather.md": post("Heather", "date: git Created\n"),
		});
		const git = (args: readonly string[], date: string) => {
			const done = spawnSync("git", ["-c", "user.name=Pip", "-c", "user.email=pip@hives.example", ...args], {
				cwd: dir,
				encoding: "utf8",
				env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
			});
			if (done.status !== 0) throw new Error(done.stderr);
		};
		git(["init", "-q"], "2024-01-10T08:00:00Z");
		git(["add", "."], "2024-01-10T08:00:00Z");
		git(["commit", "-q", "-m", "posts"], "2024-01-10T08:00:00Z");
		writeFileSync(
			join(dir, "src/posts/clover.md"),
			post("Clover", "date: git Last Modified\n").replace("in a", "in one"),
		);
		writeFileSync(join(dir, "src/posts/heather.md"), post("Heather", "date: git Created\n").replace("in a", "in one"));
		git(["commit", "-q", "-am", "edits"], "2024-02-20T09:30:00Z");
		const { result, items } = await buildSite(dir, NOW);
		expect(rulesOf(result).filter((rule) => rule.includes("site/"))).toEqual([]);
		expect(publishedOf(items, "Clover")).toBe("2024-02-20T09:30:00.000Z");
		expect(publishedOf(items, "Heather")).toBe("2024-01-10T08:00:00.000Z");
	});
});

// Eleventy runs a post's Markdown through its template engine first (Liquid, or Nunjucks where the config says so):
// `{% raw %}` shows what it wraps, comments show nothing, the syntax-highlight plugin's `{% highlight "js" %}` is a
// code block and the Image plugin's `{% image "./x.png", "Alt" %}` is the picture.
describe("an Eleventy post's template tags", () => {
	it("shows raw text as written, drops comments, and keeps highlighted code and images", async () => {
		const body = [
			"Write {% raw %}{{ page.url }}{% endraw %} in a template.",
			"",
			"{% comment %}Ask the harbour master first.{% endcomment %}{# a Nunjucks note #}",
			"",
			'{% highlight "js" %}',
			"const tide = 'high';",
			"{% endhighlight %}",
			"",
			'{% image "./pier.jpg", "The pier at dawn" %}',
		].join("\n");
		const { result, items } = await buildSite(
			eleventySite({ "src/posts/tags.md": `---\ntitle: Template tags\ndate: 2024-06-02\n---\n${body}\n` }),
			NOW,
		);
		const html = items.find((item) => item.title === "Template tags")?.html ?? "";
		expect(html).toContain("Write {{ page.url }} in a template.");
		expect(html).not.toMatch(/harbour master|Nunjucks note/);
		expect(html).toContain("<pre><code class=\"language-js\">const tide = 'high';\n</code></pre>");
		expect(html).toMatch(/<img src="https:\/\/[^"]*\/pier\.jpg" alt="The pier at dawn">/);
		expect(rulesOf(result).filter((rule) => rule.includes("template-tag"))).toEqual([]);
	});

	// Eleventy's Image transform plugin (the starter blog's since its v9) publishes each picture of a page under a name
	// made of a hash of the file: a picture beside the post is not published under its own name unless a passthrough
	// copy takes it too.
	it("removes the pictures beside a post that Eleventy's Image transform publishes under new names", async () => {
		const body = [
			"The pier at dawn.",
			"",
			"![Pier](./pier.png)",
			"",
			'<img src="pier.png" alt="Pier again">',
			"",
			"![Logo](/img/logo.png)",
		].join("\n");
		const { result, items } = await buildSite(
			eleventySite({
				"eleventy.config.js": [
					'import { eleventyImageTransformPlugin } from "@11ty/eleventy-img";',
					"export default function (eleventyConfig) {",
					'\televentyConfig.addPassthroughCopy("src/img");',
					'\televentyConfig.addPassthroughCopy({ "src/posts/kept/*.png": "posts/kept" });',
					'\televentyConfig.addPlugin(eleventyImageTransformPlugin, { formats: ["webp", "auto"] });',
					"}",
					'export const config = { dir: { input: "src", output: "_site" } };',
				].join("\n"),
				"src/posts/pier/pier.md": `---\ntitle: Pier\ndate: 2024-06-10\n---\n${body}\n`,
				"src/posts/kept/index.md": "---\ntitle: Kept\ndate: 2024-06-11\n---\nKept.\n\n![Kept](kept.png)\n",
			}),
			NOW,
		);
		expect(items.find((item) => item.title === "Pier")?.html).toBe(
			'<p>The pier at dawn.</p>\n<p><img src="https://hives.example/img/logo.png" alt="Logo"></p>',
		);
		expect(items.find((item) => item.title === "Kept")?.html).toContain(
			'<img src="https://hives.example/posts/kept/kept.png" alt="Kept">',
		);
		// One warning for each path as written (`./pier.png`, `pier.png`).
		expect(rulesOf(result).filter((rule) => rule.includes("image-removed"))).toEqual([
			"warning pier.md site/image-removed",
			"warning pier.md site/image-removed",
		]);
	});

	// A post about templates turns its engine off (`templateEngineOverride: md`, in front matter or directory data), or
	// the config turns it off for every Markdown post (`markdownTemplateEngine: false`): its tags are text.
	it("keeps template tags as text where Eleventy renders the Markdown with no template engine", async () => {
		const text = "---\ntitle: TITLE\ndate: DATE\nFRONT---\nWrite `{{ page.url }}` or {% if x %}this{% endif %}.\n";
		const write = (title: string, date: string, front = "") =>
			text.replace("TITLE", title).replace("DATE", date).replace("FRONT", front);
		const { items } = await buildSite(
			eleventySite({
				"src/posts/templating.md": write("Templating", "2024-06-12", "templateEngineOverride: md\n"),
				"src/posts/code/code.json": '{ "templateEngineOverride": "md" }',
				"src/posts/code/loops.md": write("Loops", "2024-06-13"),
				"src/posts/both.md": write("Both", "2024-06-14", "templateEngineOverride: njk,md\n"),
			}),
			NOW,
		);
		const htmlOf = (title: string) => items.find((item) => item.title === title)?.html;
		expect(htmlOf("Templating")).toBe("<p>Write <code>{{ page.url }}</code> or {% if x %}this{% endif %}.</p>");
		expect(htmlOf("Loops")).toBe("<p>Write <code>{{ page.url }}</code> or {% if x %}this{% endif %}.</p>");
		// Nunjucks first, then Markdown: the tags are Eleventy's to fill (`{{ page.url }}` is the page's path there).
		expect(htmlOf("Both")).not.toMatch(/\{\{|\{%/);
	});

	it("keeps template tags as text when the config sets markdownTemplateEngine: false", async () => {
		const dir = eleventySite({
			"src/posts/templating.md": "---\ntitle: Templating\ndate: 2024-06-12\n---\nWrite {{ page.url }}.\n",
		});
		const config = join(dir, "eleventy.config.js");
		writeFileSync(config, readFileSync(config, "utf8").replace("dir: {", "markdownTemplateEngine: false,\n\tdir: {"));
		const { items } = await buildSite(dir, NOW);
		expect(items.find((item) => item.title === "Templating")?.html).toBe("<p>Write {{ page.url }}.</p>");
	});

	// Eleventy's `url` filter, how its starter blog wrote links before Eleventy 2: a path from the site's root gets the
	// pathPrefix, any other is left as written.
	it("fills the url filter of a quoted path, under the pathPrefix", async () => {
		const body =
			"![Frame]({{ '/img/frame.jpg' | url }}) and [the yield]({{ \"/harvest/honey-yield/\" | url }}), " +
			"[home]({{ '/' | url }}) and [elsewhere]({{- 'https://bees.example/a' | url -}}).\n\n" +
			"Write {% raw %}[home]({{ '/' | url }}){% endraw %} in a post.";
		const dir = eleventySite({ "src/posts/frames.md": `---\ntitle: Frames\ndate: 2024-06-03\n---\n${body}\n` });
		const config = join(dir, "eleventy.config.js");
		writeFileSync(config, readFileSync(config, "utf8").replace("dir: {", 'pathPrefix: "/apiary/",\n\tdir: {'));
		const { result, items } = await buildSite(dir, NOW);
		expect(items.find((item) => item.title === "Frames")?.html).toBe(
			'<p><img src="https://hives.example/apiary/img/frame.jpg" alt="Frame"> and ' +
				'<a href="https://hives.example/apiary/harvest/honey-yield/">the yield</a>, ' +
				'<a href="https://hives.example/apiary/">home</a> and <a href="https://bees.example/a">elsewhere</a>.</p>\n' +
				"<p>Write [home]({{ '/' | url }}) in a post.</p>",
		);
		expect(rulesOf(result).filter((rule) => rule.includes("template-tag"))).toEqual([]);
	});
});

// Eleventy's InputPathToUrl transform (eleventy-base-blog adds it): a link may name a page by its input file, from the
// input folder (`/posts/swarm-day.md`) or from the page's own folder (`honey-yield.md`); Eleventy writes the page's URL.
describe("an Eleventy post's links to input files", () => {
	it("link to the pages those files make, in Markdown and in HTML", async () => {
		const body = [
			'See [the swarm](/posts/swarm-day.md) and <a href="honey-yield.md#yield">the honey</a>.',
			"",
			"A link to [a file that is no page](/posts/nothing-here.md) stays as written.",
		].join("\n");
		const { items } = await buildSite(
			eleventySite({ "src/posts/links.md": `---\ntitle: Links\ndate: 2024-06-03\n---\n${body}\n` }),
			NOW,
		);
		const url = (title: string) => items.find((item) => item.title === title)?.url;
		const html = items.find((item) => item.title === "Links")?.html ?? "";
		expect(url("Swarm day")).toMatch(/^https:\/\//);
		expect(html).toContain(`<a href="${url("Swarm day")}">the swarm</a>`);
		expect(html).toContain(`<a href="${url("Honey yield")}#yield">the honey</a>`);
		expect(html).toMatch(/<a href="https:\/\/[^"]*\/posts\/nothing-here\.md">a file that is no page<\/a>/);
	});
});
