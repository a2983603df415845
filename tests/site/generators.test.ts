import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { decodeHTML } from "entities";
import { afterAll, expect, it } from "vitest";
import { childrenNamed, childText, parseXml, type XmlElement } from "../support/parse-xml.js";
import { describeWith, HUGO, JEKYLL } from "../support/require-reader.js";
import { buildSite, fixtureSite } from "./build-fixture-site.js";

// The claim: each item's link, id and date are the ones the generator itself gives the page. The fixture sites are
// built by the real generator (Debian's hugo 0.111, jekyll 4.3 with jekyll-feed) and by wirefeed, and compared.
// Generators judge drafts and dates by the real clock, so wirefeed does too here (the fixtures' dates are far from it).

const copies: string[] = [];
afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function copyFixture(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `wirefeed-${name}-`));
	copies.push(dir);
	cpSync(fixtureSite(name), dir, { recursive: true });
	return dir;
}

function run(command: string, args: readonly string[], cwd: string): void {
	const done = spawnSync(command, [...args], { cwd, encoding: "utf8", timeout: 120_000 });
	if (done.status !== 0) throw new Error(`${command} failed (${done.status}): ${done.stderr}${done.stdout}`);
}

interface GeneratedItem {
	readonly link: string;
	readonly id: string;
	readonly published: number;
	/** Only when asked for (`withTitles`). */
	readonly title?: string;
}

async function wirefeedItems(dir: string, withTitles = false): Promise<GeneratedItem[]> {
	const { result, items } = await buildSite(dir, new Date());
	expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
	return items
		.map((item) => ({
			link: item.url,
			id: item.id,
			published: Date.parse(item.published),
			...(withTitles && { title: item.title }),
		}))
		.sort(byLink);
}

function byLink(a: GeneratedItem, b: GeneratedItem): number {
	return a.link < b.link ? -1 : a.link > b.link ? 1 : 0;
}

// Hugo's config as the fixture has it, and made bilingual, with and without the default language in a subfolder of
// its own (`/en/…`, as multilingual themes set it): Hugo writes that language's feeds under `public/en/` then. Hugo
// only does so for a site of more than one language. A file named for a language (`x.en.md`) is that language's
// page, named without the suffix; a suffix that is no language of the site (`x.de.md`) is part of the name.
const LANGUAGES = "\n[languages]\n  [languages.en]\n    weight = 1\n  [languages.fr]\n    weight = 2\n";
const LANGUAGE_FILES: Readonly<Record<string, string>> = {
	"content/posts/tide-table.en.md": "---\ntitle: Tide table\ndate: 2024-02-10T07:00:00Z\n---\nHigh water at noon.\n",
	"content/posts/tide-table.fr.md":
		"---\ntitle: Table des marées\ndate: 2024-02-10T07:00:00Z\n---\nPleine mer à midi.\n",
	"content/notes/mooring.de.md": "---\ntitle: Mooring\ndate: 2024-02-11T07:00:00Z\n---\nThe mooring was checked.\n",
};
// Dates (and then slugs) from file names, as sites moved from Jekyll set it; a file name's date wins over the front
// matter's when `:filename` comes first, and a front matter slug over the file name's. (Without `:filename`, Hugo
// gives an undated page the year 1; wirefeed takes the file name's date then, on purpose.)
const DATED_NAMES: Readonly<Record<string, string>> = {
	"content/posts/2024-02-20-pier-lamps.md": "---\ntitle: Pier lamps\n---\nThe pier lamps were replaced.\n",
	"content/posts/2024-02-21_net-mending/index.md":
		"---\ntitle: Net mending\ndate: 2024-02-25T08:00:00Z\n---\nNets were mended on the quay.\n",
	"content/notes/2024-02-22-gull-count.md":
		"---\ntitle: Gull count\nslug: gulls\ndate: 2024-02-23T09:30:00Z\n---\nThe gulls were counted at dawn.\n",
	"content/posts/2024-02-24-buoy-paint.en.md": "---\ntitle: Buoy paint\n---\nThe buoys were painted.\n",
};
// Front matter as Hugo sites write it: a `url` without its trailing slash (Hugo serves it as a folder), dates with the
// writer's offset (`hugo new` writes them so; Hugo's link takes the day and month as written, not in the site's zone,
// in YAML and TOML), and a page dated only by `lastmod` (Hugo's `.Date` falls back to it).
const WRITTEN_DATES: Readonly<Record<string, string>> = {
	"content/posts/old-address.md":
		"---\ntitle: Old address\ndate: 2015-03-02T10:00:00Z\nurl: /2015/03/old-address\n---\nMoved from the old site.\n",
	"content/notes/late-watch.md":
		"---\ntitle: Late watch\ndate: 2024-02-29T23:30:00-05:00\n---\nThe last watch of February.\n",
	"content/notes/early-tide.md":
		'+++\ntitle = "Early tide"\ndate = 2024-04-01T01:30:00+09:00\n+++\nThe first tide of April.\n',
	"content/notes/tide-gauge.md": "---\ntitle: Tide gauge\nlastmod: 2024-02-13T08:00:00Z\n---\nThe gauge was read.\n",
};
// Nested folders: one with an `_index.md` is a section of its own (`:sections` is `posts/series`), one without only
// groups files (`:sections` stays `posts`), though the default link keeps every folder.
const NESTED_FOLDERS: Readonly<Record<string, string>> = {
	"content/posts/2024/deep-water.md":
		"---\ntitle: Deep water\ndate: 2024-02-14T08:00:00Z\n---\nSoundings off the pier.\n",
	"content/posts/series/_index.md": "---\ntitle: The lamp series\n---\n",
	"content/posts/series/part-one.md": "---\ntitle: Part one\ndate: 2024-02-15T08:00:00Z\n---\nThe first lamp.\n",
	"content/posts/series/extra/part-two.md": "---\ntitle: Part two\ndate: 2024-02-16T08:00:00Z\n---\nThe second lamp.\n",
};
// Front matter as Hugo reads it beyond the fences: JSON, a file opening with `{` (keys in any case, a date with its
// offset, a page bundle, braces and quotes inside strings), and YAML after blank lines.
const JSON_FRONT_MATTER: Readonly<Record<string, string>> = {
	"content/posts/harbour-json.md":
		'{\n  "Title": "Harbour {JSON} \\"log\\"",\n  "Date": "2024-03-04T08:00:00-05:00",\n  "tags": ["json"]\n}\n\nThe harbour log in JSON.\n',
	"content/posts/json-bundle/index.md": '{"title": "JSON bundle", "date": "2024-03-05"} Same line.\nMore.\n',
	"content/notes/json-note.md":
		'{\n   "title": "Note in JSON",\n   "date": "2024-03-31T23:30:00-02:00",\n   "slug": "jnote"\n}\nBody.\n',
	"content/posts/late-start.md": "\n\n---\ntitle: Late start\ndate: 2024-03-06T07:00:00Z\n---\nBlank lines first.\n",
};
// Titles and names as people write them, made into paths: " - " is one hyphen, a `+` in a `[permalinks]` pattern's
// expansion reads as a space (Hugo unescapes it as a query), and a front matter slug loses its outer hyphens.
const WRITTEN_NAMES: Readonly<Record<string, string>> = {
	"content/notes/neap-tides.md":
		"---\ntitle: Tides, part 1 - the neaps\ndate: 2024-03-10T08:00:00Z\n---\nThe neap tides.\n",
	"content/notes/quay-code.md": "---\ntitle: C++ on the quay\ndate: 2024-03-11T08:00:00Z\n---\nThe quay's code.\n",
	"content/notes/gate.md":
		"---\ntitle: Gate\nslug: -harbour-gate-\ndate: 2024-03-12T08:00:00Z\n---\nThe harbour gate.\n",
	"content/notes/plus.md": "---\ntitle: Plus\nslug: a+b tides\ndate: 2024-03-13T08:00:00Z\n---\nSums.\n",
	"content/posts/Log - week 3.md": "---\ntitle: Week three\ndate: 2024-03-14T08:00:00Z\n---\nThe third week.\n",
	"content/posts/sums.md": "---\ntitle: Sums\nslug: a+b tides\ndate: 2024-03-15T08:00:00Z\n---\nSums.\n",
	// Go lower-cases letter by letter: a final capital sigma is σ, a dotted capital I is i.
	"content/notes/greek.md": "---\ntitle: ΟΔΟΣ ΚΑΙ İSTANBUL\ndate: 2024-03-17T08:00:00Z\n---\nRoads.\n",
	"content/posts/dashes.md": "---\ntitle: Dashes\nslug: x -- y - z\ndate: 2024-03-16T08:00:00Z\n---\nDashes.\n",
	// The title as written makes the link, its entities and tags too (a `/` of `</em>` is a folder).
	"content/notes/fish.md":
		"---\ntitle: Fish &amp; chips <em>now</em>\ndate: 2024-03-18T08:00:00Z\n---\nSupper on the quay.\n",
};
// `draft` as people write it: empty, a number, Go's words for true and false (Hugo reads it with cast.ToBool).
const DRAFT_VALUES: Readonly<Record<string, string>> = {
	"content/notes/empty-draft.md": "---\ntitle: Empty draft\ndate: 2024-03-20T08:00:00Z\ndraft:\n---\nPublished.\n",
	"content/notes/blank-draft.md": '---\ntitle: Blank draft\ndate: 2024-03-21T08:00:00Z\ndraft: ""\n---\nPublished.\n',
	"content/notes/zero-draft.md": "---\ntitle: Zero draft\ndate: 2024-03-22T08:00:00Z\ndraft: 0\n---\nPublished.\n",
	"content/posts/one-draft.md": "---\ntitle: One draft\ndate: 2024-03-23T08:00:00Z\ndraft: 1\n---\nHeld back.\n",
	"content/posts/cased-draft.md":
		'---\ntitle: Cased draft\ndate: 2024-03-24T08:00:00Z\ndraft: "True"\n---\nHeld back.\n',
	// Hugo reads a true or false `published` as Jekyll's flag (not drafted when true), and any other as a date.
	"content/posts/unpublished.md":
		"---\ntitle: Unpublished\ndate: 2024-03-26T08:00:00Z\npublished: false\n---\nHeld back.\n",
	"content/notes/published.md": "---\ntitle: Published\ndate: 2024-03-27T08:00:00Z\npublished: true\n---\nOut.\n",
	"content/posts/false-draft.md":
		'+++\ntitle = "False draft"\ndate = 2024-03-25T08:00:00Z\ndraft = "FALSE"\n+++\nPublished.\n',
};
// Keys left empty, as CMS front matter and archetypes leave them: Hugo passes over an empty date key to the next.
const EMPTY_DATES: Readonly<Record<string, string>> = {
	"content/notes/empty-date.md":
		'---\ntitle: Empty date\ndate: ""\nlastmod: 2024-03-20T08:00:00Z\n---\nDated by lastmod.\n',
	"content/notes/null-date.md":
		"---\ntitle: Null date\ndate:\npublishDate: 2024-03-21T08:00:00Z\n---\nDated by publishDate.\n",
	// Other keys left empty: Hugo reads nothing from them.
	"content/posts/empty-keys.md":
		"---\ntitle: Empty keys\ndate: 2024-03-23T08:00:00Z\ntags:\ncategories: []\nimages:\ndescription:\nsummary:\nslug:\nurl:\nauthor:\nkeywords:\n---\nNothing else.\n",
	"content/posts/empty-bounds.md":
		'---\ntitle: Empty bounds\ndate: 2024-03-22T08:00:00Z\nexpiryDate: ""\npublishDate:\nlastmod: ""\n---\nNo bounds.\n',
};
// A section's `cascade` lies under its pages' front matter (a page's own key wins, then the nearest section's), as
// themes use it to hide a section; a section that is a draft, by its own `draft` or a cascaded one, takes every page
// below it out of the build.
const CASCADES: Readonly<Record<string, string>> = {
	"content/posts/hidden/_index.md": "---\ntitle: Hidden\ncascade:\n  _build:\n    list: never\n---\n",
	"content/posts/hidden/unlisted.md": "---\ntitle: Unlisted\ndate: 2024-03-20T08:00:00Z\n---\nNot listed.\n",
	"content/posts/hidden/listed.md":
		"---\ntitle: Listed\ndate: 2024-03-21T08:00:00Z\n_build:\n  list: always\n---\nIts own key wins.\n",
	"content/notes/wip/_index.md": '+++\ntitle = "Work in progress"\n[cascade]\n  draft = true\n+++\n',
	"content/notes/wip/unfinished.md": "---\ntitle: Unfinished\ndate: 2024-03-22T08:00:00Z\n---\nNot yet.\n",
	"content/notes/wip/finished.md":
		"---\ntitle: Finished\ndate: 2024-03-23T08:00:00Z\ndraft: false\n---\nIn a draft section all the same.\n",
	"content/notes/old/_index.md": "---\ntitle: Old\ndraft: true\n---\n",
	"content/notes/old/ferry.md": "---\ntitle: Old ferry\ndate: 2024-03-24T08:00:00Z\n---\nRetired.\n",
	"content/posts/shelf/_index.md": "---\ntitle: Shelf\ncascade:\n  _build:\n    list: never\n---\n",
	"content/posts/shelf/kept/_index.md": "---\ntitle: Kept\ncascade:\n  _build:\n    list: always\n---\n",
	"content/posts/shelf/kept/log.md": "---\ntitle: Kept log\ndate: 2024-03-25T08:00:00Z\n---\nListed again.\n",
};
// Markdown under every extension it goes by: Hugo makes pages of .md, .mdown and .markdown (a bundle's index too), and
// copies the others as files.
const MARKDOWN_NAMES: Readonly<Record<string, string>> = {
	"content/posts/sea-fog.mdown": "---\ntitle: Sea fog\ndate: 2024-03-01T07:00:00Z\n---\nFog lay on the bay.\n",
	"content/posts/net-store/index.mdown":
		"---\ntitle: Net store\ndate: 2024-03-02T07:00:00Z\n---\nThe net store reopened.\n",
	"content/notes/rope-walk.markdown":
		"---\ntitle: Rope walk\ndate: 2024-03-03T07:00:00Z\n---\nThe rope walk was swept.\n",
	"content/posts/gull-notes.mkd": "---\ntitle: Gull notes\ndate: 2024-03-04T07:00:00Z\n---\nA copied file.\n",
	"content/notes/tar-pots.mdwn": "---\ntitle: Tar pots\ndate: 2024-03-05T07:00:00Z\n---\nA copied file.\n",
};

const HUGO_CONFIGS = [
	{
		name: "Markdown under its other extensions",
		top: "",
		tables: "",
		feeds: "",
		files: MARKDOWN_NAMES,
		hasTitles: true,
	},
	{ name: "as written", top: "", tables: "", feeds: "", files: LANGUAGE_FILES },
	{ name: "bilingual", top: 'defaultContentLanguage = "en"\n', tables: LANGUAGES, feeds: "", files: LANGUAGE_FILES },
	{
		name: "bilingual, defaultContentLanguageInSubdir",
		top: 'defaultContentLanguage = "en"\ndefaultContentLanguageInSubdir = true\n',
		tables: LANGUAGES,
		feeds: "en",
		files: LANGUAGE_FILES,
	},
	{
		name: "one language, defaultContentLanguageInSubdir",
		top: "defaultContentLanguageInSubdir = true\n",
		tables: "\n[languages]\n  [languages.en]\n    weight = 1\n",
		feeds: "",
		files: LANGUAGE_FILES,
	},
	{
		name: '[frontmatter] date = [":filename", ":default"]',
		top: "",
		tables: '\n[frontmatter]\n  date = [":filename", ":default"]\n',
		feeds: "",
		files: DATED_NAMES,
	},
	{
		name: '[frontmatter] date = [":default", ":filename"], publishDate = [":filename", "publishdate"]',
		top: "",
		tables: '\n[frontmatter]\n  date = [":default", ":filename"]\n  publishDate = [":filename", "publishdate"]\n',
		feeds: "",
		files: DATED_NAMES,
	},
	{ name: "front matter as sites write it", top: "", tables: "", feeds: "", files: WRITTEN_DATES },
	{ name: "titles, slugs and file names as people write them", top: "", tables: "", feeds: "", files: WRITTEN_NAMES },
	{ name: "draft values as written", top: "", tables: "", feeds: "", files: DRAFT_VALUES },
	{ name: "empty keys", top: "", tables: "", feeds: "", files: EMPTY_DATES },
	{
		name: "cascade in a section's _index file",
		top: "",
		tables: "",
		feeds: "",
		files: CASCADES,
		subsections: ["posts/hidden", "posts/shelf/kept"],
	},
	// Accents go from titles and file names (`Über` is `uber`); a letter without a decomposition (`ø`) stays.
	{
		name: "removePathAccents = true",
		top: "removePathAccents = true\n",
		tables: "",
		feeds: "",
		files: {
			"content/notes/creme.md": "---\ntitle: Über café crème\ndate: 2024-03-20T08:00:00Z\n---\nCoffee.\n",
			"content/posts/Ålesund ørret.md": "---\ntitle: Trout\ndate: 2024-03-21T08:00:00Z\n---\nFish.\n",
		},
	},
	// Text files are no content format of Hugo's: a page bundle's notes, a licence, one with front matter too.
	{
		name: "text files beside the pages",
		top: "",
		tables: "",
		feeds: "",
		files: {
			"content/posts/quay-lights/wiring.txt": "Circuit 1: east quay\nCircuit 2: west quay\n",
			"content/notes/LICENSE.txt": "All rights reserved.\n",
			"content/notes/draft-note.txt": "---\ntitle: Draft note\ndate: 2024-03-20T08:00:00Z\n---\nNot a page.\n",
		},
	},
	// A leaf bundle (a folder with an index.md) has no pages below it: its other files, Markdown and HTML too, in
	// folders of it too, are the page's resources.
	{
		name: "a page bundle's Markdown and HTML resources",
		top: "",
		tables: "",
		feeds: "",
		files: {
			"content/posts/quay-lights/extra.md": "---\ntitle: Lamp list\ndate: 2024-03-20T08:00:00Z\n---\nA resource.\n",
			"content/posts/quay-lights/demo.html": "<p>A lamp demo.</p>\n",
			"content/notes/rig/index.md": "---\ntitle: The rig\ndate: 2024-03-21T08:00:00Z\n---\nThe rig.\n",
			"content/notes/rig/parts/list.md": "---\ntitle: Parts\ndate: 2024-03-22T08:00:00Z\n---\nParts.\n",
		},
	},
	// `ignoreFiles`: regular expressions Hugo matches against each file's absolute path (blogdown sites list their
	// knitted intermediates, others a drafts folder).
	{
		name: "ignoreFiles",
		top: 'ignoreFiles = ["drafts/", "\\\\.knit\\\\.md$", "\\\\.wip\\\\.md$"]\n',
		tables: "",
		feeds: "",
		files: {
			"content/posts/drafts/mooring.md": "---\ntitle: Mooring\ndate: 2024-03-20T08:00:00Z\n---\nNot yet.\n",
			"content/notes/tides.knit.md": "---\ntitle: Tides\ndate: 2024-03-21T08:00:00Z\n---\nKnitted.\n",
			"content/notes/gulls.wip.md": "---\ntitle: Gulls\ndate: 2024-03-22T08:00:00Z\n---\nCounting.\n",
			"content/notes/gull-count.md": "---\ntitle: Gull count\ndate: 2024-03-23T08:00:00Z\n---\nCounted.\n",
		},
	},
	// Hugo's urlize keeps the case then, in a pattern's `:slug` and `:title` too.
	{
		name: "disablePathToLower = true",
		top: "disablePathToLower = true\n",
		tables: "",
		feeds: "",
		files: WRITTEN_NAMES,
	},
	{
		name: "uglyURLs, a pattern without a trailing slash",
		top: "uglyURLs = true\n",
		tables: "",
		feeds: "",
		files: LANGUAGE_FILES,
		replace: ['notes = "/:year/:month/:slug/"', 'notes = "/:year/:month/:slug"'] as const,
	},
	// A section's own setting: the notes are `.html` files, the posts folders.
	{
		name: "uglyURLs for one section",
		top: "",
		tables: "\n[uglyURLs]\n  notes = true\n",
		feeds: "",
		files: WRITTEN_NAMES,
	},
	// The fixture's embargoed page (publishDate 2999) is in Hugo's feed then; so is a page dated after the build.
	{
		name: "buildFuture = true",
		top: "buildFuture = true\n",
		tables: "",
		feeds: "",
		files: { "content/notes/next-season.md": "---\ntitle: Next season\ndate: 2999-02-01T08:00:00Z\n---\nLater.\n" },
	},
	// The fixture's expired page (expiryDate 2001) and its draft are in Hugo's feed then.
	{
		name: "buildExpired = true, buildDrafts = true",
		top: "buildExpired = true\nbuildDrafts = true\n",
		tables: "",
		feeds: "",
		files: {},
	},
	{
		name: "JSON front matter, blank lines before front matter",
		top: "",
		tables: "",
		feeds: "",
		files: JSON_FRONT_MATTER,
		hasTitles: true,
	},
	{
		name: "nested folders, default links",
		top: "",
		tables: "",
		feeds: "",
		files: NESTED_FOLDERS,
		subsections: ["posts/series"],
	},
	{
		name: "nested folders, [permalinks] with :sections",
		top: "",
		tables: "",
		feeds: "",
		files: NESTED_FOLDERS,
		subsections: ["posts/series"],
		replace: ['notes = "/:year/:month/:slug/"', 'notes = "/:sections/:slug/"\n  posts = "/:sections/:slug/"'] as const,
	},
];

describeWith([HUGO], "links and dates as Hugo makes them", () => {
	it.each(HUGO_CONFIGS)("matches every item of Hugo's section feeds, config $name", async (setup) => {
		const { top, tables, feeds, files } = setup;
		const dir = copyFixture("hugo");
		const config = join(dir, "hugo.toml");
		const [from, to] = "replace" in setup ? setup.replace : ["", ""];
		// Top-level keys go before the first table.
		writeFileSync(config, `${top}${readFileSync(config, "utf8").replace(from, to)}${tables}`);
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		run("hugo", ["--quiet", "--destination", "public"], dir);
		const hugo: GeneratedItem[] = [];
		const hugoTitles = new Map<string, string>();
		// A nested section has a feed of its own; its pages are in no feed of the sections above it.
		const subsections = "subsections" in setup ? setup.subsections : [];
		for (const section of ["posts", "notes", ...subsections]) {
			const channel = childrenNamed(
				parseXml(readFileSync(join(dir, "public", feeds, section, "index.xml"), "utf8")),
				"channel",
			)[0];
			for (const item of channel === undefined ? [] : childrenNamed(channel, "item")) {
				hugoTitles.set(childText(item, "link") ?? "", childText(item, "title") ?? "");
				hugo.push({
					link: childText(item, "link") ?? "",
					id: childText(item, "guid") ?? "",
					published: Date.parse(childText(item, "pubDate") ?? ""),
				});
			}
		}
		expect(hugo.length).toBeGreaterThan(4);
		expect(await wirefeedItems(dir)).toEqual(hugo.sort(byLink));
		if ("hasTitles" in setup) {
			const { items } = await buildSite(dir, new Date());
			expect(new Map(items.map((item) => [item.url, item.title]))).toEqual(hugoTitles);
		}
	});
});

/** Builds a site with the real Jekyll and reads jekyll-feed's entries. */
function jekyllFeedEntries(dir: string, withTitles = false): GeneratedItem[] {
	run("jekyll", ["build", "--quiet", "--source", dir, "--destination", join(dir, "_site")], dir);
	const feed = parseXml(readFileSync(join(dir, "_site", "feed.xml"), "utf8"));
	return childrenNamed(feed, "entry").map((entry) => ({
		link: childrenNamed(entry, "link")[0]?.attributes.href ?? "",
		id: childText(entry, "id") ?? "",
		published: Date.parse(childText(entry, "published") ?? ""),
		...(withTitles && { title: childText(entry, "title") ?? "" }),
	}));
}

// Jekyll's built-in styles and a custom pattern, each on the same posts.
const JEKYLL_PERMALINKS = [
	undefined,
	"pretty",
	"ordinal",
	"none",
	"/:categories/:year/:i_month/:title/",
	"/notes/:year/:month/:day/:slug:output_ext",
];

describeWith([JEKYLL], "links and dates as Jekyll and jekyll-feed make them", () => {
	it.each(JEKYLL_PERMALINKS)("matches every entry of jekyll-feed with permalink: %s", async (permalink) => {
		const dir = copyFixture("jekyll");
		if (permalink !== undefined) {
			const config = join(dir, "_config.yml");
			writeFileSync(config, `${readFileSync(config, "utf8")}permalink: "${permalink}"\n`);
		}
		const jekyll = jekyllFeedEntries(dir);
		expect(jekyll.length).toBe(3);
		expect(await wirefeedItems(dir)).toEqual(jekyll.sort(byLink));
	});
});

// Jekyll computes a page's `url` (its permalink); a front matter `url`, as posts moved from Hugo keep it, is only data.
describeWith([JEKYLL], "a front matter url, as Jekyll ignores it", () => {
	it("matches every entry of jekyll-feed, with a post whose front matter names a url", async () => {
		const dir = copyFixture("jekyll");
		writeFileSync(
			join(dir, "_posts", "2024-04-05-tide-mill.md"),
			"---\ntitle: Tide mill\ncategories: [mills]\nurl: /blog/2024/04/05/tide-mill/\n---\nThe tide mill turned again.\n",
		);
		const jekyll = jekyllFeedEntries(dir);
		expect(jekyll.map((entry) => entry.link)).toContain("https://keeper.example/log/mills/2024/04/05/tide-mill.html");
		expect(await wirefeedItems(dir)).toEqual(jekyll.sort(byLink));
	});
});

describeWith([JEKYLL], "future: true, as Jekyll builds it", () => {
	it("matches every entry of jekyll-feed, with a post dated after the build", async () => {
		const dir = copyFixture("jekyll");
		const config = join(dir, "_config.yml");
		writeFileSync(config, `${readFileSync(config, "utf8")}future: true\n`);
		writeFileSync(join(dir, "_posts", "2999-01-01-next-season.md"), "---\ntitle: Next season\n---\nLater.\n");
		const jekyll = jekyllFeedEntries(dir);
		expect(jekyll).toHaveLength(4);
		expect(await wirefeedItems(dir)).toEqual(jekyll.sort(byLink));
	});
});

// Jekyll makes a post of a `_posts` file of any extension: those in `markdown_ext` (by default markdown, mkdown, mkdn,
// mkd, md) are Markdown, written as `.html`; the others are published unconverted, under their own extension.
describeWith([JEKYLL], "posts under Markdown's other extensions, as Jekyll publishes them", () => {
	it.each([undefined, "md,mdown"])("matches every entry of jekyll-feed, markdown_ext: %s", async (markdownExt) => {
		const dir = copyFixture("jekyll");
		const write = writerInto(dir);
		if (markdownExt !== undefined)
			write("_config.yml", `${readFileSync(join(dir, "_config.yml"), "utf8")}markdown_ext: "${markdownExt}"\n`);
		for (const [index, extension] of ["mkd", "mkdn", "mkdown", "mdown", "txt"].entries())
			write(
				`_posts/2024-05-0${index + 1}-tide-${extension}.${extension}`,
				`---\ntitle: Tide ${extension}\n---\nHigh water.\n`,
			);
		const jekyll = jekyllFeedEntries(dir, true);
		expect(jekyll).toHaveLength(8);
		expect(await wirefeedItems(dir, true)).toEqual(jekyll.sort(byLink));
	});
});

// jekyll-feed writes each title through Jekyll's `smartify` (kramdown's SmartyPants): curly quotes and apostrophes,
// dashes and an ellipsis, as the post's text is set.
describeWith([JEKYLL], "titles as jekyll-feed writes them", () => {
	it("matches every title of jekyll-feed, quotes, dashes and ellipses set", async () => {
		const dir = copyFixture("jekyll");
		const write = writerInto(dir);
		const titles = [
			`"It's the keeper's lamp" -- a note...`,
			"'Single' quotes --- and <<more>>",
			"Plain *stars* & `ticks`",
		];
		for (const [index, title] of titles.entries())
			write(
				`_posts/2024-07-0${index + 1}-titled-${index + 1}.md`,
				`---\ntitle: '${title.replace(/'/g, "''")}'\n---\nx\n`,
			);
		// The title is `type="html"`: its text is HTML (`&amp;` is "&").
		const jekyll = jekyllFeedEntries(dir, true).map((entry) => ({ ...entry, title: decodeHTML(entry.title ?? "") }));
		expect(jekyll).toHaveLength(6);
		expect(await wirefeedItems(dir, true)).toEqual(jekyll.sort(byLink));
	});
});

// Jekyll reads a front matter date with Ruby's Time.parse, which takes far more than ISO 8601: these forms are read as
// it reads them (a zone-less one in the site's zone).
const LOOSE_DATES = ["2024-06-01 8:00", "May 3, 2024", "2024/06/08", "2024-06-09 08:00:00 UTC", "June 10 2024 10:30"];

describeWith([JEKYLL], "front matter dates as Jekyll reads them", () => {
	it("matches every entry of jekyll-feed, with dates written in Time.parse's forms", async () => {
		const dir = copyFixture("jekyll");
		const write = writerInto(dir);
		for (const [index, date] of LOOSE_DATES.entries()) {
			write(
				`_posts/2024-06-0${index + 1}-loose-${index + 1}.md`,
				`---\ntitle: Loose ${index + 1}\ndate: ${date}\n---\nx\n`,
			);
		}
		const jekyll = jekyllFeedEntries(dir);
		expect(jekyll).toHaveLength(8);
		expect(await wirefeedItems(dir)).toEqual(jekyll.sort(byLink));
	});
});

// Writes files into a copied site, making the folders on their way.
/** An entry's or item's words: tags as spaces, entities decoded, whitespace collapsed. */
function plainText(html: string): string {
	return decodeHTML(html.replace(/<[^>]+>/g, " "))
		.replace(/\s+/g, " ")
		.trim();
}

/** Builds the Jekyll site in dir with jekyll-feed: the content of the feed's entry holding `needle` ("" when none does). */
function jekyllFeedContent(dir: string, needle: string): string {
	run("jekyll", ["build", "--quiet", "--source", dir, "--destination", join(dir, "_site")], dir);
	const entry = childrenNamed(parseXml(readFileSync(join(dir, "_site", "feed.xml"), "utf8")), "entry").find((e) =>
		childText(e, "content")?.includes(needle),
	);
	return entry === undefined ? "" : (childText(entry, "content") ?? "");
}

function writerInto(dir: string): (path: string, text: string) => void {
	return (path, text) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
}

// A `_posts` folder inside a folder of the site puts its posts in that folder's category (Jekyll's Document), before
// the front matter's; a folder inside `_posts` is only for the writer's order. Jekyll's `exclude` and `_`-folders
// hold no posts.
describeWith([JEKYLL], "posts in category folders, as Jekyll reads them", () => {
	it("matches every entry of jekyll-feed, with posts in _posts, news/_posts and Harbour/Notices/_posts", async () => {
		const dir = copyFixture("jekyll");
		const write = writerInto(dir);
		write("news/_posts/2024-04-05-ferry-times.md", "---\ntitle: Ferry times\n---\nThe ferry runs twice a day now.\n");
		write(
			"Harbour/Notices/_posts/2024-04-06-wall-repair.md",
			"---\ntitle: Wall repair\ncategories: Local works\n---\nThe harbour wall is repaired in May.\n",
		);
		write("_posts/archive/2024-04-07-old-lamp.md", "---\ntitle: Old lamp\n---\nThe old lamp went to the museum.\n");
		write("news/index.md", "---\ntitle: News\n---\nThe news page, not a post.\n");
		write("scratch/_posts/2024-04-08-scratch.md", "---\ntitle: Scratch\n---\nExcluded by the config.\n");
		write("_config.yml", `${readFileSync(join(dir, "_config.yml"), "utf8")}exclude:\n  - scratch/\n`);
		const jekyll = jekyllFeedEntries(dir);
		expect(jekyll.map((entry) => entry.link)).toEqual(
			expect.arrayContaining([
				"https://keeper.example/log/news/2024/04/05/ferry-times.html",
				"https://keeper.example/log/harbour/notices/local/works/2024/04/06/wall-repair.html",
				"https://keeper.example/log/2024/04/07/old-lamp.html",
			]),
		);
		expect(jekyll).toHaveLength(6);
		expect(await wirefeedItems(dir)).toEqual(jekyll.sort(byLink));
		// jekyll-feed lists a post's folder categories first, as written.
		const { items } = await buildSite(dir, new Date());
		const tagsOf = (name: string) => items.find((item) => item.url.endsWith(`/${name}.html`))?.tags;
		expect(tagsOf("ferry-times")).toEqual(["news"]);
		expect(tagsOf("wall-repair")).toEqual(["Harbour", "Notices", "Local", "works"]);
		expect(tagsOf("old-lamp")).toEqual([]);
	});
});

// `defaults:` in _config.yml give posts front matter they do not write (Jekyll's FrontmatterDefaults): a permalink for
// every post and another for a folder's (a longer scope path wins), none from a scope of another type.
describeWith([JEKYLL], "front matter defaults from _config.yml, as Jekyll applies them", () => {
	it("matches every entry of jekyll-feed when defaults set the permalink by scope", async () => {
		const dir = copyFixture("jekyll");
		const write = writerInto(dir);
		write("news/_posts/2024-04-05-ferry-times.md", "---\ntitle: Ferry times\n---\nThe ferry runs twice a day now.\n");
		write(
			"_config.yml",
			`${readFileSync(join(dir, "_config.yml"), "utf8")}defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
      permalink: /journal/:year/:month/:day/:title/
  - scope:
      path: news
      type: pages
    values:
      permalink: /wrong-type/:title/
  - scope:
      path: news
    values:
      permalink: /bulletins/:title/
`,
		);
		const jekyll = jekyllFeedEntries(dir);
		expect(jekyll.map((entry) => entry.link)).toEqual(
			expect.arrayContaining([
				"https://keeper.example/log/bulletins/ferry-times/",
				"https://keeper.example/log/journal/2024/04/01/lamp-check/",
			]),
		);
		expect(jekyll).toHaveLength(4);
		expect(await wirefeedItems(dir)).toEqual(jekyll.sort(byLink));
	});
});

// Posts as Jekyll reads them beside the usual ones: the posts collection's own permalink (`collections: posts:
// permalink:`, Jekyll 4) wins over the site's; a post without a title is titled by its file name as Jekyll does
// (`Utils.titleize_slug`), whatever its heading or slug; a file in `_posts` not named by a date is no post.
describeWith([JEKYLL], "the posts collection and posts without a title, as Jekyll reads them", () => {
	it("matches every entry of jekyll-feed, with its titles", async () => {
		const dir = copyFixture("jekyll");
		const write = writerInto(dir);
		write("_posts/2024-04-05-night-watch_log-NOTES.md", "---\ntags: watch\n---\n# Night watch\n\nAll quiet.\n");
		write("_posts/2024-04-06-lens-polish.md", "---\nslug: polishing\n---\nThe lens was polished.\n");
		write("_posts/2024-04-07-no-front-matter.md", "The keeper wrote this without front matter.\n");
		write(
			"_posts/station-rota.md",
			"---\ntitle: Station rota\ndate: 2024-04-08\n---\nNot a post: no date in its name.\n",
		);
		write(
			"_config.yml",
			`${readFileSync(join(dir, "_config.yml"), "utf8")}permalink: /wrong/:title/\ncollections:\n  posts:\n    permalink: /logbook/:categories/:title\n`,
		);
		const jekyll = jekyllFeedEntries(dir, true);
		expect(jekyll.map((entry) => entry.title)).toEqual(
			expect.arrayContaining(["Night Watch_log Notes", "Lens Polish", "No Front Matter"]),
		);
		expect(jekyll).toHaveLength(6);
		expect(await wirefeedItems(dir, true)).toEqual(jekyll.sort(byLink));
	});
});

// Jekyll's DATE_FILENAME_MATCHER takes one-digit months and days and two-digit years (`24-02-08`, read by Ruby's
// Time.parse as 2024, `99-…` as 1999); a front matter date with one-digit parts is read as Jekyll reads it: with
// seconds a YAML timestamp (UTC), without them a string in the site's zone.
const SHORT_DATES: Readonly<Record<string, string>> = {
	"_posts/2024-1-5-short-date.md": "---\ntitle: Short date\n---\nOne-digit month and day.\n",
	"_posts/2024-02-7-mixed.md": "---\ntitle: Mixed digits\n---\nA two-digit month, a one-digit day.\n",
	"_posts/24-02-08-short-year.md": "---\ntitle: Short year\n---\nA two-digit year.\n",
	"_posts/99-12-31-last-century.md": "---\ntitle: Last century\n---\nA two-digit year from 69 on.\n",
	"_posts/2024-1-6-timed.md": "---\ntitle: Timed\ndate: 2024-1-6 09:30\n---\nA time without seconds.\n",
	"_posts/2024-1-9-stamped.md": "---\ntitle: Stamped\ndate: 2024-1-9 10:00:00\n---\nA YAML timestamp.\n",
	"_posts/2024-1-7-untitled-entry.md": "---\ntags: lamp\n---\nNo title.\n",
};

describeWith([JEKYLL], "post file names with one-digit months and days, as Jekyll reads them", () => {
	it("gives each post jekyll-feed's link, id, date and title", async () => {
		const dir = copyFixture("jekyll");
		const write = writerInto(dir);
		for (const [path, text] of Object.entries(SHORT_DATES)) write(path, text);
		const jekyll = jekyllFeedEntries(dir, true);
		expect(jekyll.map((entry) => entry.link)).toEqual(
			expect.arrayContaining([
				"https://keeper.example/log/2024/01/05/short-date.html",
				"https://keeper.example/log/1999/12/31/last-century.html",
			]),
		);
		expect(jekyll).toHaveLength(10);
		expect(await wirefeedItems(dir, true)).toEqual(jekyll.sort(byLink));
	});
});

/** Builds a site with the real Jekyll: each jekyll-feed entry's picture and the addresses its content links to, whole. */
function jekyllFeedAddresses(dir: string): Map<string, { addresses: string[]; image?: string }> {
	run("jekyll", ["build", "--quiet", "--source", dir, "--destination", join(dir, "_site")], dir);
	const feed = parseXml(readFileSync(join(dir, "_site", "feed.xml"), "utf8"));
	return new Map(
		childrenNamed(feed, "entry").map((entry) => {
			const content = childrenNamed(entry, "content")[0];
			const addresses = addressesIn(content?.text ?? "", content?.attributes["xml:base"] ?? "");
			const image = childrenNamed(entry, "media:thumbnail")[0]?.attributes.url;
			return [childrenNamed(entry, "link")[0]?.attributes.href ?? "", { addresses, ...(image && { image }) }];
		}),
	);
}

// The href and src addresses of a piece of HTML, resolved against its base, in order.
function addressesIn(html: string, base: string): string[] {
	return [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map(([, address = ""]) => new URL(address, base).href);
}

// Posts written for Jekyll 2 and 3 put the site's path before a root path with `prepend: site.baseurl` (and the host
// with `prepend: site.url`), as `relative_url` does since; on a project site (`baseurl: /log`) the picture is there.
// A front matter `image` is a path of the site too, root or not (jekyll-feed's `absolute_url`), never the post's.
describeWith([JEKYLL], "site paths in a post's body and image, as Jekyll makes them", () => {
	it.each([
		["a root path", "/assets/lens.jpg"],
		["a path", "assets/lens.jpg"],
		["a table's path", "\n  path: /assets/lens.jpg\n  alt: The lens"],
	])("links and shows what jekyll-feed's entries link and show, with an image of %s", async (_, image) => {
		const dir = copyFixture("jekyll");
		writerInto(dir)(
			"_posts/2024-04-05-new-lens.md",
			[
				`---\ntitle: New lens\nimage: ${image}\n---`,
				'![The lens]({{ "/assets/lens.jpg" | prepend: site.baseurl }}) arrived; [the station]({{ "/about.html" | prepend: site.baseurl | prepend: site.url }})',
				'has the old one, and <img src="{{ \'/assets/stand.jpg\' | prepend: site.baseurl }}" alt="Its stand"> ' +
					'[the map]({{ "/map/" | relative_url }}) and [the keeper]({{ "https://keeper.example/" | absolute_url }}).',
			].join("\n"),
		);
		const jekyll = jekyllFeedAddresses(dir).get("https://keeper.example/log/2024/04/05/new-lens.html");
		expect(jekyll?.addresses).toContain("https://keeper.example/log/assets/lens.jpg");
		expect(jekyll?.image).toBe("https://keeper.example/log/assets/lens.jpg");
		const { items } = await buildSite(dir, new Date());
		const ours = items.find((item) => item.title === "New lens");
		expect(addressesIn(ours?.html ?? "", ours?.url ?? "")).toEqual(jekyll?.addresses);
		expect(ours?.image).toBe(jekyll?.image);
	});
});

/** Each Atom entry's author by its link (the feed's own when the entry names none, as Atom inherits it). */
function atomAuthors(xml: string): Map<string, Record<string, string>> {
	const feed = parseXml(xml);
	const personOf = (parent: XmlElement) => {
		const author = childrenNamed(parent, "author")[0];
		if (author === undefined) return undefined;
		const fields = ["name", "email", "uri"].map((key) => [key, childText(author, key) ?? ""] as const);
		return Object.fromEntries(fields.filter(([, value]) => value !== ""));
	};
	const feedAuthor = personOf(feed) ?? {};
	return new Map(
		childrenNamed(feed, "entry").map((entry) => {
			const link = childrenNamed(entry, "link").find((l) => (l.attributes.rel ?? "alternate") === "alternate");
			return [link?.attributes.href ?? "", personOf(entry) ?? feedAuthor];
		}),
	);
}

// Themes (Minimal Mistakes, Chirpy…) name a post's author by a key of `_data/authors.yml`, often through `defaults:`;
// jekyll-feed (`site.data.authors[post.author]`) and the themes show the person it names.
describeWith([JEKYLL], "authors named by a key of _data/authors.yml, as jekyll-feed shows them", () => {
	it("gives each entry jekyll-feed's author name, email and uri", async () => {
		const dir = copyFixture("jekyll");
		const write = writerInto(dir);
		write(
			"_data/authors.yml",
			"ansel:\n  name: Ansel Beam\n  email: ansel@keeper.example\n  uri: https://keeper.example/ansel/\n" +
				"Mira Holt:\n  name: Mira Holt\n  bio: Relief keeper\n",
		);
		write(
			"_config.yml",
			`${readFileSync(join(dir, "_config.yml"), "utf8")}defaults:\n  - scope:\n      path: ""\n    values:\n      author: ansel\n`,
		);
		write("_posts/2024-04-05-relief.md", "---\ntitle: Relief\nauthor: Mira Holt\n---\nThe relief keeper came.\n");
		write("_posts/2024-04-06-guest.md", "---\ntitle: Guest\nauthor: Tom Reed\n---\nA guest wrote this.\n");
		run("jekyll", ["build", "--quiet", "--source", dir, "--destination", join(dir, "_site")], dir);
		const jekyll = atomAuthors(readFileSync(join(dir, "_site", "feed.xml"), "utf8"));
		expect(jekyll.get("https://keeper.example/log/2024/04/06/guest.html")).toEqual({ name: "Tom Reed" });
		expect([...jekyll.values()]).toContainEqual({
			name: "Ansel Beam",
			email: "ansel@keeper.example",
			uri: "https://keeper.example/ansel/",
		});
		const { result } = await buildSite(dir, new Date());
		expect(atomAuthors(result.outputs?.atom ?? "")).toEqual(jekyll);
	});
});

// kramdown, Jekyll's Markdown, typesets prose: curly quotes and apostrophes, `--` and `---` dashes, `...` an
// ellipsis; code and addresses stay as written. The entry's text, without tags, is compared with jekyll-feed's.
describeWith([JEKYLL], "typography, as kramdown sets it", () => {
	it("gives the entry jekyll-feed's text", async () => {
		const dir = copyFixture("jekyll");
		writerInto(dir)(
			"_posts/2024-04-05-keepers-notes.md",
			[
				"---\ntitle: Keeper's notes\n---",
				"The keeper said \"it's the lamp's 'last' winter\" -- or so... we hoped --- and left.",
				"",
				'* "Options" (a) to (c), +- 5 minutes: `"quoted" -- code...` stays.',
				"* The [old--log](https://keeper.example/a--b), at <https://keeper.example/log--old...>, is kept in the office for the winter.",
			].join("\n"),
		);
		const jekyll = plainText(jekyllFeedContent(dir, "keeper said"));
		expect(jekyll).toContain("\u201cit\u2019s the lamp\u2019s \u2018last\u2019 winter\u201d \u2013 or so\u2026");
		const { items } = await buildSite(dir, new Date());
		expect(plainText(items.find((item) => item.title === "Keeper\u2019s notes")?.html ?? "")).toBe(jekyll);
	});
});

// goldmark's typographer, on in Hugo unless the config turns it off, sets prose as kramdown does: curly quotes and
// apostrophes, `--` and `---` dashes, `...` an ellipsis, `<<` `>>` guillemets; code stays as written. The page's text
// (a layout of `.Content` only) is compared with the item's.
describeWith([HUGO], "typography, as goldmark sets it", () => {
	const POST = [
		"---\ntitle: Keeper's notes\ndate: 2024-03-25T08:00:00Z\n---",
		"The keeper said \"it's the lamp's last winter\" -- or so... The 1990s---and after, she wrote.",
		"",
		'Don\'t touch `"quoted" -- code...`, nor the [old--log](https://tides.example/a--b).',
	].join("\n");
	it.each([
		{ name: "by default", tables: "", isTypeset: true },
		{ name: "turned off", tables: "\n[markup.goldmark.extensions]\n  typographer = false\n", isTypeset: false },
	])("gives the item the text of Hugo's page, typographer $name", async ({ tables, isTypeset }) => {
		const dir = copyFixture("hugo");
		const write = writerInto(dir);
		const config = join(dir, "hugo.toml");
		writeFileSync(config, `${readFileSync(config, "utf8")}${tables}`);
		write("layouts/_default/single.html", "{{ .Content }}\n");
		write("content/posts/keeper.md", POST);
		// A front matter summary is rendered by goldmark too.
		write(
			"content/posts/lamp-log.md",
			'---\ntitle: Lamp log\ndate: 2024-03-26T08:00:00Z\nsummary: It\'s the "lamp" -- lit at dusk...\n---\nThe log.\n',
		);
		run("hugo", ["--quiet", "--destination", "public"], dir);
		const hugo = plainText(readFileSync(join(dir, "public", "posts", "keeper", "index.html"), "utf8"));
		expect(hugo.includes("\u201cit\u2019s the lamp\u2019s last winter\u201d \u2013 or so\u2026")).toBe(isTypeset);
		const { items } = await buildSite(dir, new Date());
		const html = items.find((entry) => entry.title === "Keeper's notes")?.html ?? "";
		// The paragraphs: the item adds the site's rights after them.
		expect(plainText([...html.matchAll(/<p>[\s\S]*?<\/p>/g)].slice(0, 2).join(" "))).toBe(hugo);
		const channel = childrenNamed(
			parseXml(readFileSync(join(dir, "public", "posts", "index.xml"), "utf8")),
			"channel",
		)[0];
		const logged = (channel === undefined ? [] : childrenNamed(channel, "item")).find(
			(entry) => childText(entry, "title") === "Lamp log",
		);
		const summary = plainText(logged === undefined ? "" : (childText(logged, "description") ?? ""));
		expect(summary.startsWith("It\u2019s")).toBe(isTypeset);
		expect(items.find((entry) => entry.title === "Lamp log")?.summary).toBe(summary);
	});
});

// kramdown reads `$$…$$` as math (its default engine, MathJax): the TeX as written, between `\(…\)` in a line and
// `\[…\]` as a block of its own, never emphasis nor typography; a lone dollar is text.
describeWith([JEKYLL], "math, as kramdown reads it", () => {
	it("gives the entry jekyll-feed's text", async () => {
		const dir = copyFixture("jekyll");
		writerInto(dir)(
			"_posts/2024-04-06-tide-sums.md",
			[
				"---\ntitle: Tide sums\n---",
				"The sum $$a_1 + b_1$$ of $$x*y*z$$ and $$h' -- k$$ here.",
				"",
				"$$",
				"\\sum_{i=1}^n x_i * y_i",
				"$$",
				"",
				"It costs $5 or $10.",
			].join("\n"),
		);
		const jekyll = plainText(jekyllFeedContent(dir, "The sum"));
		expect(jekyll).toContain("\\(x*y*z\\)");
		const { items } = await buildSite(dir, new Date());
		expect(plainText(items.find((item) => item.title === "Tide sums")?.html ?? "")).toBe(jekyll);
	});
});

// kramdown sets the attributes written after an image on its <img>: the entry keeps its size, never a class or an id.
describeWith([JEKYLL], "image sizes, as kramdown sets them", () => {
	const sizesOf = (html: string) =>
		[...html.matchAll(/<img\b[^>]*>/g)].map(([img]) => ({
			src: /src="[^"]*\/([^"/]+)"/.exec(img)?.[1],
			width: /width="([^"]*)"/.exec(img)?.[1],
			height: /height="([^"]*)"/.exec(img)?.[1],
		}));
	it("gives each image jekyll-feed's width and height", async () => {
		const dir = copyFixture("jekyll");
		writerInto(dir)(
			"_posts/2024-04-06-lens-sizes.md",
			[
				"---\ntitle: Lens sizes\n---",
				'![The lens](/assets/lens.png){: width="300" height="200" }',
				"",
				"![The old lens](/assets/old.png)\n{: .align-center}",
				"",
				"A lamp icon ![icon](/assets/icon.png){:width='16' .inline} in the line.",
				"",
				'[![The beam](/assets/beam.png){: .shadow width="50%" #beam}](https://keeper.example/beam/)',
			].join("\n"),
		);
		const jekyll = sizesOf(jekyllFeedContent(dir, "lens.png"));
		expect(jekyll.map((image) => image.width)).toEqual(["300", undefined, "16", "50%"]);
		const { items } = await buildSite(dir, new Date());
		const html = items.find((item) => item.title === "Lens sizes")?.html ?? "";
		expect(sizesOf(html)).toEqual(jekyll);
		expect(html).not.toMatch(/class=|id=|align-center|\.shadow/);
	});
});

// Themes (Blowfish, Congo…) split the config into a folder, with a file per language: `languages.en.toml` is Hugo's
// `[languages.en]`, where the site's title and language code are then.
describeWith([HUGO], "a config folder with a file per language, as Hugo reads it", () => {
	it("gives the feed the title and language of Hugo's own feed", async () => {
		const dir = copyFixture("hugo");
		const config = readFileSync(join(dir, "hugo.toml"), "utf8")
			.replace(/^title = .*\n/m, "")
			.replace(/^languageCode = .*\n/m, "");
		rmSync(join(dir, "hugo.toml"));
		mkdirSync(join(dir, "config", "_default"), { recursive: true });
		writeFileSync(join(dir, "config", "_default", "hugo.toml"), `defaultContentLanguage = "en"\n${config}`);
		writeFileSync(
			join(dir, "config", "_default", "languages.en.toml"),
			'languageCode = "en-au"\nweight = 1\ntitle = "Tide Tables South"\n',
		);
		run("hugo", ["--quiet", "--destination", "public"], dir);
		const hugo = childrenNamed(parseXml(readFileSync(join(dir, "public", "index.xml"), "utf8")), "channel")[0];
		const { result } = await buildSite(dir, new Date());
		const ours = childrenNamed(parseXml(result.outputs?.rss ?? ""), "channel")[0];
		// "Home on Tide Tables South": Hugo's feed title names the home page's title before the site's.
		expect(hugo === undefined ? undefined : childText(hugo, "title")).toMatch(/ on Tide Tables South$/);
		expect(ours === undefined ? undefined : childText(ours, "title")).toBe("Tide Tables South");
		expect(ours === undefined ? undefined : childText(ours, "language")).toBe(
			hugo === undefined ? undefined : childText(hugo, "language"),
		);
	});
});

// A date without seconds (`2024-04-08 10:00`, as CMS date pickers write it) is no date Hugo 0.111 reads: it dates the
// page 1 January of year 1 (its link too, `/1/01/…`), and Hugo 0.135 and later stop with an error. wirefeed refuses it
// with the form Hugo reads, rather than publish an item of year 1 or one whose link is not the page's.
describeWith([HUGO], "dates Hugo cannot read", () => {
	it("are refused, where Hugo dates the page year 1", async () => {
		const dir = copyFixture("hugo");
		const write = writerInto(dir);
		write(
			"content/notes/no-seconds.md",
			'---\ntitle: No seconds\ndate: "2024-04-08 10:00"\n---\nA date picker wrote it.\n',
		);
		write("content/notes/lower-t.md", "---\ntitle: Lower t\ndate: 2024-04-09t10:00:00z\n---\nTyped by hand.\n");
		run("hugo", ["--quiet", "--destination", "public"], dir);
		const channel = childrenNamed(
			parseXml(readFileSync(join(dir, "public", "notes", "index.xml"), "utf8")),
			"channel",
		)[0];
		const hugoDates = new Map(
			(channel === undefined ? [] : childrenNamed(channel, "item")).map((item) => [
				childText(item, "title"),
				childText(item, "pubDate"),
			]),
		);
		expect(hugoDates.get("No seconds")).toBe("Mon, 01 Jan 0001 00:00:00 +0000");
		expect(hugoDates.get("Lower t")).toBe("Mon, 01 Jan 0001 00:00:00 +0000");
		const { result, items } = await buildSite(dir, new Date());
		const refused = result.diagnostics.filter((d) => d.rule === "front-matter/invalid-date");
		expect(refused.map((d) => [d.severity, d.file.split("/").at(-1), d.line])).toEqual([
			["error", "lower-t.md", 3],
			["error", "no-seconds.md", 3],
		]);
		expect(refused.map((d) => d.message)).toEqual([
			expect.stringContaining('write it as "2024-04-09T10:00:00Z"'),
			expect.stringContaining('write it as "2024-04-08 10:00:00"'),
		]);
		expect(items.map((item) => item.title)).not.toContain("No seconds");
	});
});

// Hugo renders Org pages itself (go-org): they are in its feed, and wirefeed, which reads Markdown and HTML only, says so.
describeWith([HUGO], "pages in formats wirefeed cannot read", () => {
	it("are in Hugo's feed, and each is a warning", async () => {
		const dir = copyFixture("hugo");
		writerInto(dir)("content/posts/net-loft.org", "#+TITLE: The net loft\n#+DATE: 2024-03-09\n\nNets were hung.\n");
		run("hugo", ["--quiet", "--destination", "public"], dir);
		expect(readFileSync(join(dir, "public", "posts", "index.xml"), "utf8")).toContain("<title>The net loft</title>");
		const { result } = await buildSite(dir, new Date());
		expect(result.diagnostics.filter((d) => d.file.endsWith("net-loft.org"))).toEqual([
			expect.objectContaining({ severity: "warning", rule: "site/unread-page" }),
		]);
	});
});

// Themes keep a local baseURL in `config/_default/` and the published one in `config/production/`, which `hugo`
// (whose environment is production) lays over the defaults, table by table.
describeWith([HUGO], "a config folder with production settings, as hugo builds the site", () => {
	// The folder lies over a root config file too: config/_default/ first.
	it.each([
		{ layout: "config/_default/hugo.toml", root: false },
		{ layout: "hugo.toml, with config/_default/ over it", root: true },
	])("matches every item of Hugo's section feeds, config in $layout", async ({ root }) => {
		const dir = copyFixture("hugo");
		const config = readFileSync(join(dir, "hugo.toml"), "utf8").replace(
			/^baseURL = .*$/m,
			'baseURL = "http://localhost:1313/"',
		);
		rmSync(join(dir, "hugo.toml"));
		const write = writerInto(dir);
		if (root) {
			write("hugo.toml", config.replace('notes = "/:year/:month/:slug/"', 'notes = "/root/:slug/"'));
			write("config/_default/hugo.toml", '[permalinks]\n  notes = "/:year/:month/:slug/"\n');
		} else write("config/_default/hugo.toml", config);
		write(
			"config/production/hugo.toml",
			'baseURL = "https://tides.example/harbour/"\n[permalinks]\n  posts = "/:year/:slug/"\n',
		);
		write("config/development/hugo.toml", 'baseURL = "http://dev.example/"\n');
		run("hugo", ["--quiet", "--destination", "public"], dir);
		const hugo: GeneratedItem[] = [];
		for (const section of ["posts", "notes"]) {
			const channel = childrenNamed(
				parseXml(readFileSync(join(dir, "public", section, "index.xml"), "utf8")),
				"channel",
			)[0];
			for (const item of channel === undefined ? [] : childrenNamed(channel, "item"))
				hugo.push({
					link: childText(item, "link") ?? "",
					id: childText(item, "guid") ?? "",
					published: Date.parse(childText(item, "pubDate") ?? ""),
				});
		}
		expect(hugo.map((item) => item.link)).toContain("https://tides.example/harbour/2024/archive-tour/");
		expect(await wirefeedItems(dir)).toEqual(hugo.sort(byLink));
	});
});

// Hugo's feed describes a short page by its whole text (its summary): what goldmark renders of the Markdown. Raw HTML
// is left out unless the site sets `unsafe` (its text between inline tags stays), and emoji names are emoji with
// `enableEmoji`; a front matter summary is Markdown too (without emoji). The text, without tags and comments, is
// compared with the item's summary.
describeWith([HUGO], "raw HTML and emoji in Markdown, as Hugo renders them", () => {
	const plainText = (html: string) =>
		html
			.replace(/<!--[\s\S]*?-->|<[^>]+>/g, "")
			.replace(/\s+/g, " ")
			.trim();
	it.each([
		{ name: "as written", top: "", tables: "" },
		{ name: "unsafe = true", top: "", tables: "\n[markup.goldmark.renderer]\n  unsafe = true\n" },
		{ name: "enableEmoji = true", top: "enableEmoji = true\n", tables: "" },
		// A theme's config folder: markup.toml holds the `[markup]` table.
		{
			name: "unsafe = true in config/_default/markup.toml",
			top: "",
			tables: "",
			markup: "[goldmark.renderer]\n  unsafe = true\n",
		},
	])("gives each item Hugo's text, config $name", async (setup) => {
		const { top, tables } = setup;
		const dir = copyFixture("hugo");
		const config = join(dir, "hugo.toml");
		writeFileSync(config, `${top}${readFileSync(config, "utf8")}${tables}`);
		if ("markup" in setup) writerInto(dir)("config/_default/markup.toml", setup.markup);
		writerInto(dir)(
			"content/posts/harbour-office.md",
			"---\ntitle: Harbour office\ndate: 2024-03-20T08:00:00Z\n---\nHigh water at noon :ocean: :smile: :not_an_emoji:\n\n" +
				'<div class="note">\nThe office is closed.\n</div>\n\nPress <kbd>Ctrl</kbd> to call <em>the office</em> at 10:30:45 now.\n',
		);
		writerInto(dir)(
			"content/posts/tide-chart.md",
			'---\ntitle: Tide chart\ndate: 2024-03-21T08:00:00Z\nsummary: "The spring **tide**, [charted](https://charts.example/) :ocean:"\n---\nThe chart.\n',
		);
		run("hugo", ["--quiet", "--destination", "public"], dir);
		const channel = childrenNamed(
			parseXml(readFileSync(join(dir, "public", "posts", "index.xml"), "utf8")),
			"channel",
		)[0];
		const item = (channel === undefined ? [] : childrenNamed(channel, "item")).find(
			(entry) => childText(entry, "title") === "Harbour office",
		);
		const hugo = plainText(item === undefined ? "" : (childText(item, "description") ?? ""));
		expect(hugo).toMatch(/^High water at noon/);
		const { items } = await buildSite(dir, new Date());
		const ours = items.find((entry) => entry.title === "Harbour office");
		// The summary: the body's text without the rights notice wirefeed adds after it.
		expect(plainText(ours?.summary ?? "")).toBe(hugo);
		// A front matter summary, which Hugo renders as Markdown (without emoji).
		const charted = (channel === undefined ? [] : childrenNamed(channel, "item")).find(
			(entry) => childText(entry, "title") === "Tide chart",
		);
		const hugoSummary = plainText(charted === undefined ? "" : (childText(charted, "description") ?? ""));
		expect(hugoSummary).toMatch(/^The spring tide/);
		expect(items.find((entry) => entry.title === "Tide chart")?.summary).toBe(hugoSummary);
	});
	// Hugo's summary: the text before `<!--more-->` first, then a front matter `summary`, then the first words.
	it("takes the text before <!--more--> over a front matter summary, as Hugo does", async () => {
		const dir = copyFixture("hugo");
		writerInto(dir)(
			"content/posts/pilot-boat.md",
			"---\ntitle: Pilot boat\ndate: 2024-03-22T08:00:00Z\nsummary: The pilot boat, in short.\n---\nThe pilot boat was launched at dawn.\n\n<!--more-->\n\nIt was towed back at noon.\n",
		);
		run("hugo", ["--quiet", "--destination", "public"], dir);
		const channel = childrenNamed(
			parseXml(readFileSync(join(dir, "public", "posts", "index.xml"), "utf8")),
			"channel",
		)[0];
		const item = (channel === undefined ? [] : childrenNamed(channel, "item")).find(
			(entry) => childText(entry, "title") === "Pilot boat",
		);
		const hugo = plainText(item === undefined ? "" : (childText(item, "description") ?? ""));
		expect(hugo).toBe("The pilot boat was launched at dawn.");
		const { items } = await buildSite(dir, new Date());
		expect(items.find((entry) => entry.title === "Pilot boat")?.summary).toBe(hugo);
	});
});

// Hugo's `figure` shortcode renders its caption and credit as Markdown (`markdownify`): a link in them is a link, and
// the picture's `alt` is the caption's words where none is given. The site's page (a layout of `.Content` only) is
// compared with the item: each figure's caption text and links, and its picture's alt.
describeWith([HUGO], "figures, as Hugo renders them", () => {
	const plainText = (html: string) =>
		decodeHTML(html.replace(/<[^>]+>/g, " "))
			.replace(/\s+/g, " ")
			.replace(/ ([:,.])/g, "$1")
			.trim();
	const readFigures = (html: string) =>
		[...html.matchAll(/<figure>([\s\S]*?)<\/figure>/g)].map(([, figure = ""]) => {
			const caption = /<figcaption>([\s\S]*?)<\/figcaption>/.exec(figure)?.[1] ?? "";
			return {
				alt: /alt="([^"]*)"/.exec(figure)?.[1] ?? "",
				caption: plainText(caption),
				links: [...caption.matchAll(/href="([^"]*)"/g)].map((match) => match[1]),
			};
		});
	it("gives each figure Hugo's caption, links and alt", async () => {
		const dir = copyFixture("hugo");
		const write = writerInto(dir);
		write("layouts/_default/single.html", "{{ .Content }}\n");
		write(
			"content/posts/pier-photos.md",
			"---\ntitle: Pier photos\ndate: 2024-03-22T08:00:00Z\n---\nThe pier, old and new.\n\n" +
				'{{< figure src="/img/old.jpg" alt="The old pier" caption="see [the chart](https://charts.example/) for the depths" >}}\n\n' +
				'{{< figure src="/img/new.jpg" caption="The *new* pier, **1998**" attr="Photo: [Ann](https://ann.example/)" >}}\n\n' +
				'{{< figure src="/img/lamp.jpg" caption="The lamp" attr="Harbour archive" attrlink="https://archive.example/" >}}\n',
		);
		run("hugo", ["--quiet", "--destination", "public"], dir);
		const hugo = readFigures(readFileSync(join(dir, "public", "posts", "pier-photos", "index.html"), "utf8"));
		expect(hugo).toHaveLength(3);
		expect(hugo[0]?.links).toEqual(["https://charts.example/"]);
		const { items } = await buildSite(dir, new Date());
		const item = items.find((entry) => entry.title === "Pier photos");
		expect(readFigures(item?.html ?? "")).toEqual(hugo);
	});
});

// Hugo's built-in `param` shortcode prints a front matter value of the page, else the site's `[params]` one, keys
// case-insensitive and dotted for nested tables: `{{< param >}}` as text, `{{% param %}}` read as Markdown. Removed,
// it left holes in the sentence.
describeWith([HUGO], "the param shortcode, as Hugo renders it", () => {
	const plainText = (html: string) =>
		decodeHTML(html.replace(/<[^>]+>/g, ""))
			.replace(/\s+/g, " ")
			.trim();
	it("gives the item the words of Hugo's page", async () => {
		const dir = copyFixture("hugo");
		const write = writerInto(dir);
		const config = join(dir, "hugo.toml");
		writeFileSync(
			config,
			readFileSync(config, "utf8").replace("[params]\n", '[params]\n  mood = "calm"\n  flag = "*blue*"\n'),
		);
		write("layouts/_default/single.html", "{{ .Content }}\n");
		write(
			"content/posts/harbour-day.md",
			"---\ntitle: Harbour day\ndate: 2024-03-23T08:00:00Z\nlocation: Quay & Pier\nvisits: 3\nberth:\n  name: North\n---\n" +
				'Written at the {{< param location >}} on a {{< param "mood" >}} day, berth {{< param "Berth.Name" >}}, ' +
				'{{< param visits >}} visits, flag {{% param "flag" %}} (or {{< param "flag" >}}), for {{< param "title" >}}.\n',
		);
		run("hugo", ["--quiet", "--destination", "public"], dir);
		const hugo = plainText(readFileSync(join(dir, "public", "posts", "harbour-day", "index.html"), "utf8"));
		expect(hugo).toBe(
			"Written at the Quay & Pier on a calm day, berth North, 3 visits, flag blue (or *blue*), for Harbour day.",
		);
		const { result, items } = await buildSite(dir, new Date());
		// The first paragraph: the item adds the site's rights after it.
		const html = items.find((entry) => entry.title === "Harbour day")?.html ?? "";
		expect(plainText(/<p>[\s\S]*?<\/p>/.exec(html)?.[0] ?? "")).toBe(hugo);
		expect(result.diagnostics.filter((d) => d.file.endsWith("harbour-day.md") && d.severity !== "info")).toEqual(
			expect.not.arrayContaining([expect.objectContaining({ rule: "clean/shortcode-removed" })]),
		);
	});
	// A section's `cascade` lies under its pages' front matter for `param` too: the page's own value wins.
	it("prints a value a section's cascade gives the page", async () => {
		const dir = copyFixture("hugo");
		const write = writerInto(dir);
		write("layouts/_default/single.html", "{{ .Content }}\n");
		write("content/notes/_index.md", "---\ntitle: Notes\ncascade:\n  Desk: Harbour desk\n  tide: low\n---\n");
		write(
			"content/notes/berth.md",
			'---\ntitle: Berth\ndate: 2024-03-24T08:00:00Z\ntide: high\n---\nFiled by {{< param "desk" >}} at {{< param tide >}} tide.\n',
		);
		run("hugo", ["--quiet", "--destination", "public"], dir);
		const hugo = plainText(readFileSync(join(dir, "public", "2024", "03", "berth", "index.html"), "utf8"));
		expect(hugo).toBe("Filed by Harbour desk at high tide.");
		const { items } = await buildSite(dir, new Date());
		const html = items.find((entry) => entry.title === "Berth")?.html ?? "";
		expect(plainText(/<p>[\s\S]*?<\/p>/.exec(html)?.[0] ?? "")).toBe(hugo);
	});
});

// A post's `{{ page.key }}` and `{{ site.key }}`: Liquid prints the front matter's and the config's values before
// kramdown reads the post. Removed, they left holes in the sentence.
describeWith([JEKYLL], "page and site values in a post, as Jekyll prints them", () => {
	const plainText = (html: string) =>
		decodeHTML(html.replace(/<[^>]+>/g, " "))
			.replace(/\s+/g, " ")
			.replace(/ ([,.)])/g, "$1")
			.trim();
	it("gives the entry jekyll-feed's text", async () => {
		const dir = copyFixture("jekyll");
		const config = join(dir, "_config.yml");
		writeFileSync(config, `${readFileSync(config, "utf8")}\nharbour:\n  berth: North\n`);
		writerInto(dir)(
			"_posts/2024-04-06-berth-notes.md",
			[
				'---\ntitle: Berth notes\nplace: "*Quay* and Pier"\nvisits: 3\ncrew: [Ann, Bo]\n---',
				"Written for {{ site.title }} at {{ page.place }}, berth {{ site.harbour.berth }},",
				"{{ page.visits }} visits by {{page.crew}} ({{- page.title -}}).",
			].join("\n"),
		);
		const jekyll = plainText(jekyllFeedContent(dir, "Written for"));
		expect(jekyll).toMatch(/^Written for \S.* at Quay and Pier, berth North, 3 visits by AnnBo \(Berth notes\)\.$/);
		const { result, items } = await buildSite(dir, new Date());
		expect(plainText(items.find((item) => item.title === "Berth notes")?.html ?? "")).toBe(jekyll);
		expect(result.diagnostics.filter((d) => d.rule === "site/template-tag-removed")).toEqual([]);
	});
	// `defaults:` lie under the front matter of `page` too: a value only the defaults give is printed, the front
	// matter's wins over theirs, and a permalink is printed as written.
	// `page.url` is Jekyll's own: the post's path, without the site's baseurl, whatever its front matter says.
	it("prints the post's url, as Jekyll makes it", async () => {
		const dir = copyFixture("jekyll");
		writerInto(dir)(
			"_posts/2024-04-06-berth-notes.md",
			"---\ntitle: Berth notes\n---\nThis page is {{ page.url }}, its [second part]({{ page.url }}#part-two).\n",
		);
		const content = jekyllFeedContent(dir, "This page is");
		expect(plainText(content)).toBe("This page is /2024/04/06/berth-notes.html, its second part.");
		expect(content).toContain('href="/2024/04/06/berth-notes.html#part-two"');
		const { result, items } = await buildSite(dir, new Date());
		const html = items.find((item) => item.title === "Berth notes")?.html ?? "";
		expect(plainText(html)).toBe(plainText(content));
		expect(html).toContain('href="https://keeper.example/2024/04/06/berth-notes.html#part-two"');
		expect(result.diagnostics.filter((d) => d.rule === "site/template-tag-removed")).toEqual([]);
	});
	it("prints the values _config.yml's defaults give the post", async () => {
		const dir = copyFixture("jekyll");
		const config = join(dir, "_config.yml");
		writeFileSync(
			config,
			`${readFileSync(config, "utf8")}\ndefaults:\n  - scope:\n      path: ""\n      type: posts\n    values:\n      layout: post\n      desk: Harbour desk\n      tide: low\n      permalink: /desk/:title/\n`,
		);
		writerInto(dir)(
			"_posts/2024-04-06-berth-notes.md",
			"---\ntitle: Berth notes\ntide: high\n---\nFiled by {{ page.desk }} at {{ page.tide }} tide ({{ page.layout }}, {{ page.permalink }}).\n",
		);
		const jekyll = plainText(jekyllFeedContent(dir, "Filed by"));
		expect(jekyll).toBe("Filed by Harbour desk at high tide (post, /desk/:title/).");
		const { result, items } = await buildSite(dir, new Date());
		expect(plainText(items.find((item) => item.title === "Berth notes")?.html ?? "")).toBe(jekyll);
		expect(result.diagnostics.filter((d) => d.rule === "site/template-tag-removed")).toEqual([]);
	});
});

// Minimal Mistakes' figure include reads its caption as Markdown (`markdownify`): a credit's link or emphasis in it was
// shown as `[the log](…)` and `**Ann**`. The include is written here in the theme's shape.
describeWith([JEKYLL], "a figure include's caption, as the theme renders it", () => {
	const captionOf = (html: string) => {
		const caption = /<figcaption>([\s\S]*?)<\/figcaption>/.exec(html)?.[1] ?? "";
		return {
			text: decodeHTML(caption.replace(/<[^>]+>/g, ""))
				.replace(/\s+/g, " ")
				.trim(),
			links: [...caption.matchAll(/href="([^"]*)"/g)].map((match) => match[1]),
			strong: [...caption.matchAll(/<strong>([^<]*)<\/strong>/g)].map((match) => match[1]),
		};
	};
	it("gives the entry the caption's text, links and emphasis", async () => {
		const dir = copyFixture("jekyll");
		const write = writerInto(dir);
		write(
			"_includes/figure",
			[
				'<figure class="{{ include.class }}">',
				'  <img src="{{ include.image_path | relative_url }}" alt="{% if include.alt %}{{ include.alt }}{% endif %}">',
				"  {%- if include.caption -%}",
				'    <figcaption>{{ include.caption | markdownify | remove: "<p>" | remove: "</p>" }}</figcaption>',
				"  {%- endif -%}",
				"</figure>",
			].join("\n"),
		);
		write(
			"_posts/2024-04-07-lens-fitted.md",
			'---\ntitle: Lens fitted\n---\nThe lens was fitted.\n\n{% include figure image_path="/assets/lens.jpg" alt="The lens" caption="Fitted by **Ann**, see [the log](https://keeper.example/log/) & the chart." %}\n',
		);
		const jekyll = captionOf(jekyllFeedContent(dir, "The lens was fitted"));
		expect(jekyll.links).toEqual(["https://keeper.example/log/"]);
		const { items } = await buildSite(dir, new Date());
		expect(captionOf(items.find((item) => item.title === "Lens fitted")?.html ?? "")).toEqual(jekyll);
	});
});
