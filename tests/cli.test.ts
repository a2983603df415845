import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FIXTURES = fileURLToPath(new URL("fixtures/", import.meta.url));
const NOW = "2026-01-01T00:00:00Z";

interface Run {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
}

function wirefeed(args: readonly string[], cwd = ROOT): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[join(ROOT, "bin/wirefeed.js"), ...args],
			{ cwd, timeout: 60_000 },
			(error, stdout, stderr) => {
				const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
				resolve({ code, stdout, stderr });
			},
		);
	});
}

let tmp: string;
// The fixtures' config, copied into each test's folder: a build keeps its cache beside its config, and a test must
// leave nothing behind in the repository (nor find a cache an earlier run left there).
let siteConfig: string;
beforeEach(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-cli-"));
	siteConfig = join(tmp, "site.json");
	await copyFile(join(FIXTURES, "site.json"), siteConfig);
});
afterEach(async () => {
	await rm(tmp, { recursive: true, force: true });
});

describe("wirefeed build", () => {
	test("the sample articles build with exit 0 into three feeds, and a rebuild changes no byte and no mtime", async () => {
		const out = join(tmp, "out");
		const first = await wirefeed(["build", "--out", out, "--now", NOW]);
		expect(first.stderr).toMatch(/✔ \d+ items from \d+ articles; 6 of 6 files changed/);
		expect(first.code).toBe(0);
		const names = ["rss.xml", "atom.xml", "feed.json"];
		const before = await Promise.all(
			names.map(async (n) => ({
				text: await readFile(join(out, n), "utf8"),
				mtime: (await stat(join(out, n))).mtimeMs,
			})),
		);
		await new Promise((r) => setTimeout(r, 20));
		const second = await wirefeed(["build", "--out", out, "--now", NOW, "--quiet"]);
		expect(second).toMatchObject({ code: 0, stdout: "", stderr: "" });
		const after = await Promise.all(
			names.map(async (n) => ({
				text: await readFile(join(out, n), "utf8"),
				mtime: (await stat(join(out, n))).mtimeMs,
			})),
		);
		expect(after).toEqual(before);
	});

	test("a bad article costs one rejection: exit 1, feeds written without it, file:line diagnostics; ---js never runs", async () => {
		await rm("/tmp/wirefeed-pwned", { force: true });
		const out = join(tmp, "out");
		const run = await wirefeed([
			"build",
			"--articles",
			join(FIXTURES, "mixed"),
			"--out",
			out,
			"--config",
			siteConfig,
			"--now",
			NOW,
		]);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/2021-03-03-bad-date\.md:3\s+error\s+.*2021-13-45.*front-matter\/invalid-date/);
		expect(run.stderr).toMatch(/2021-03-04-code-front-matter\.md:1:4\s+error\s+.*front-matter\/unsupported-language/);
		expect(run.stderr).not.toMatch(/\n\s+at /);
		expect(existsSync("/tmp/wirefeed-pwned")).toBe(false);
		const feed = JSON.parse(await readFile(join(out, "feed.json"), "utf8"));
		expect(feed.items.map((i: { title: string }) => i.title)).toEqual([
			"Library extends opening hours",
			"Ferry timetable changes from Monday",
		]);
	});

	test("--strict with errors writes nothing and exits 2", async () => {
		const out = join(tmp, "out");
		const run = await wirefeed([
			"build",
			"--strict",
			"--articles",
			join(FIXTURES, "mixed"),
			"--out",
			out,
			"--config",
			siteConfig,
		]);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain("nothing written");
		expect(existsSync(out)).toBe(false);
	});

	test("--json prints a machine-readable report on stdout", async () => {
		const run = await wirefeed([
			"build",
			"--json",
			"--articles",
			join(FIXTURES, "mixed"),
			"--out",
			join(tmp, "out"),
			"--config",
			siteConfig,
			"--now",
			NOW,
		]);
		const report = JSON.parse(run.stdout);
		expect(report).toMatchObject({ status: "written", exitCode: 1, articles: 4, published: 2, counts: { error: 2 } });
		expect(report.diagnostics.map((d: { rule: string }) => d.rule)).toContain("front-matter/invalid-date");
	});

	test.each([
		{ name: "missing url", config: { title: "x" }, message: /"url"/ },
		{ name: "relative url", config: { url: "/news/" }, message: /absolute http\(s\) URL/ },
		{ name: "unknown key", config: { url: "https://a.org/", lmit: 5 }, message: /did you mean "limit"/ },
		{ name: "negative limit", config: { url: "https://a.org/", limit: -1 }, message: /"limit"/ },
	])("bad config ($name): exit 2, clear message, nothing written", async ({ config, message }) => {
		const file = join(tmp, "site.json");
		await writeFile(file, JSON.stringify(config));
		const out = join(tmp, "out");
		const run = await wirefeed(["build", "--config", file, "--articles", join(FIXTURES, "mixed"), "--out", out]);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(message);
		expect(run.stderr).toMatch(/config\/invalid/);
		expect(existsSync(out)).toBe(false);
	});

	test("an output folder that is a file: exit 2, no stack trace", async () => {
		const out = join(tmp, "out");
		await writeFile(out, "not a folder");
		const run = await wirefeed(["build", "--out", out, "--now", NOW]);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/error/);
		expect(run.stderr).not.toMatch(/\n\s+at /);
		expect(await readFile(out, "utf8")).toBe("not a folder");
	});

	test("a failed write keeps the previous feeds (a feed name taken by a folder)", async () => {
		const out = join(tmp, "out");
		expect((await wirefeed(["build", "--out", out, "--now", NOW])).code).toBe(0);
		const rss = await readFile(join(out, "rss.xml"), "utf8");
		await rm(join(out, "atom.xml"));
		await mkdir(join(out, "atom.xml", "blocker"), { recursive: true });
		const run = await wirefeed(["build", "--out", out, "--now", "2099-06-01T00:00:00Z"]);
		expect(run.code).toBe(2);
		expect(await readFile(join(out, "rss.xml"), "utf8")).toBe(rss);
	});

	test("a missing articles folder: exit 2 with the path", async () => {
		const run = await wirefeed(["build", "--articles", join(tmp, "nope"), "--out", join(tmp, "out")]);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain("nope");
	});

	test("--help lists the build flags; an unknown flag exits 2 with a suggestion", async () => {
		const help = await wirefeed(["build", "--help"]);
		expect(help.code).toBe(0);
		for (const flag of ["--articles", "--out", "--config", "--now", "--no-cache", "--strict", "--quiet", "--json"])
			expect(help.stdout).toContain(flag);
		const typo = await wirefeed(["build", "--stirct"]);
		expect(typo.code).toBe(2);
		expect(typo.stderr).toMatch(/--strict/);
	});
});

describe("wirefeed build --explain", () => {
	test("lists the rules that changed the BNS sample, with a diff, and writes nothing", async () => {
		const run = await wirefeed([
			"build",
			"--explain",
			"articles/2020-09-14-kremlin-no-russian-base.md",
			"--out",
			join(tmp, "out"),
		]);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/── ad-placeholders/);
		expect(run.stdout).toMatch(/^- .*\[ad_1\]/m);
		expect(run.stdout).toMatch(/── license-notice/);
		expect(run.stdout).toContain("rights notice moved out of the body: It is not allowed to publish");
		expect(existsSync(join(tmp, "out"))).toBe(false);
	});

	test("says why each block went, with the evidence the articles folder gives (issue #12)", async () => {
		const articles = fileURLToPath(new URL("fixtures/evidence/", import.meta.url));
		const run = await wirefeed([
			"build",
			"--articles",
			articles,
			"--config",
			siteConfig,
			"--now",
			NOW,
			"--explain",
			join(articles, "2021-06-02-harbour-2.md"),
		]);
		expect(run.code, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/── boilerplate \(2 change\(s\)\)/);
		expect(run.stdout).toMatch(
			/removed "The Harbour Times is there for you every morning .*": recurs in several of the 3 articles from harbour-times\.example, at the edge of the body/,
		);
		expect(run.stdout).toMatch(/removed "Harbour Times · Weather · Tides": /);
	});

	test("--json gives the steps as data", async () => {
		const run = await wirefeed(["build", "--json", "--explain", "articles/2020-09-14-kremlin-no-russian-base.md"]);
		const explanation = JSON.parse(run.stdout);
		expect(explanation.steps.map((s: { rule: string }) => s.rule)).toContain("ad-placeholders");
		expect(explanation.hits["license-notice"]).toBeGreaterThan(0);
	});
});

describe("the article this product exists for", () => {
	test("a bare agency text file (the shape of the owner's BNS example) becomes one valid item whose rights are the BNS notice, shown once", async () => {
		const out = join(tmp, "out");
		const examples = join(FIXTURES, "examples");
		const run = await wirefeed(["build", "--articles", examples, "--out", out]);
		expect(run.code).toBe(0);
		const { XMLParser } = await import("fast-xml-parser");
		const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "entry" });
		const rss = parser.parse(await readFile(join(out, "rss.xml"), "utf8")).rss.channel.item;
		const atom = parser.parse(await readFile(join(out, "atom.xml"), "utf8")).feed.entry;
		const json = JSON.parse(await readFile(join(out, "feed.json"), "utf8")).items;
		expect([rss.length, atom.length, json.length]).toEqual([1, 1, 1]);
		const notice =
			/^It is not allowed to publish, quote or reproduce the information of the BNS news agency .* without the written consent of the UAB “BNS”\.$/;
		expect(rss[0].title).toBe("Harbour authority says ferry timetable will hold through the winter");
		expect(rss[0]["dc:rights"]).toMatch(notice);
		expect(atom[0].rights).toMatch(notice);
		expect(json[0]._rights.text).toMatch(notice);
		expect(json[0].date_published).toBe("2020-09-14T00:00:00.000Z");
		const content: string = json[0].content_html;
		expect(content).not.toContain("[ad_");
		expect(content.match(/It is not allowed to publish/g)).toHaveLength(1);
		expect(content).toMatch(/<p class="rights">It is not allowed to publish[^<]*<\/p>$/);
		expect(content).toContain("Port unions ask for a seat at the repair talks");
	});
});

describe("scheduled regeneration", () => {
	test("--json reports nextScheduled, the earliest future article, for a scheduler to wake up for", async () => {
		const run = await wirefeed(["build", "--json", "--out", join(tmp, "out"), "--now", NOW]);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout).nextScheduled).toBe("2099-01-01T07:00:00.000Z");
	});

	// Two builds of 2,000 files: give it the time a busy 2-core machine needs, not vitest's 5 s default.
	test("on a terminal a long cold build shows progress on stderr; redirected, it shows none", {
		timeout: 120_000,
	}, async () => {
		const articles = join(tmp, "many");
		await mkdir(articles);
		await Promise.all(
			Array.from({ length: 2000 }, (_, i) =>
				writeFile(join(articles, `2021-01-01-item-${i}.md`), `---\ntitle: Item ${i}\n---\nText ${i}.\n`),
			),
		);
		const config = siteConfig;
		const args = ["build", "--articles", articles, "--out", join(tmp, "out"), "--config", config, "--no-cache"];
		const piped = await wirefeed(args);
		expect(piped.stderr).not.toContain("read 2000 of 2000");
		// util-linux `script` runs the command on a pseudo-terminal, as a person at a shell would.
		const command = [process.execPath, join(ROOT, "bin/wirefeed.js"), ...args].map((a) => `'${a}'`).join(" ");
		const onTty = await new Promise<string>((resolve) => {
			execFile("script", ["-qec", command, "/dev/null"], { cwd: ROOT, timeout: 60_000 }, (_error, stdout) =>
				resolve(stdout),
			);
		});
		expect(onTty).toContain("wirefeed: read 2000 of 2000 articles");
	});
});

describe("wirefeed head", () => {
	test("prints one autodiscovery tag per format, with absolute URLs, from the config alone", async () => {
		const run = await wirefeed(["head", "--config", siteConfig]);
		expect(run.code).toBe(0);
		const config = JSON.parse(await readFile(siteConfig, "utf8"));
		const base = new URL(config.feedUrl ?? config.url);
		expect(run.stdout.trim().split("\n")).toEqual(
			[
				["application/rss+xml", "RSS", "rss.xml"],
				["application/atom+xml", "Atom", "atom.xml"],
				["application/feed+json", "JSON Feed", "feed.json"],
			].map(
				([type, name, file]) =>
					`<link rel="alternate" type="${type}" title="${config.title ?? base.hostname} (${name})" href="${new URL(file ?? "", base).href}">`,
			),
		);
	});

	test("a bad config is exit 2 with the config's diagnostic", async () => {
		const run = await wirefeed(["head", "--config", join(tmp, "missing.json")]);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain("config/invalid");
	});
});

describe("wirefeed licenses with content: by-rights", () => {
	test("says which items are shortened to their summary, and why", async () => {
		const config = join(tmp, "by-rights.json");
		const packageJson = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
		await writeFile(config, JSON.stringify({ ...packageJson.wirefeed, content: "by-rights" }));
		const run = await wirefeed([
			"licenses",
			"--articles",
			"tests/fixtures/site/articles",
			"--config",
			config,
			"--now",
			NOW,
			"--json",
		]);
		const rows: { file: string; content: string; contentRule: string }[] = JSON.parse(run.stdout).items;
		const kremlin = rows.find((row) => row.file.endsWith("kremlin-no-russian-base.md"));
		expect(kremlin).toMatchObject({ content: "summary", contentRule: "rights/forbids-reproduction" });
		expect(rows.filter((row) => row.content === "full").length).toBeGreaterThan(0);
		const text = await wirefeed([
			"licenses",
			"--articles",
			"tests/fixtures/site/articles",
			"--config",
			config,
			"--now",
			NOW,
		]);
		expect(text.stdout).toContain(
			'  content  summary: the rights notice forbids reproduction ("not allowed to publish, quote or reproduce")  [rights/forbids-reproduction]',
		);
		expect(text.stderr).toMatch(/items audited; \d+ without any rights notice; [1-9]\d* shortened to their summary/);
	});
});

describe("wirefeed build --no-site", () => {
	test("in a site's root, reads only the articles folder by wirefeed's own rules", async () => {
		const { cp } = await import("node:fs/promises");
		await cp(join(FIXTURES, "sites/hugo"), tmp, { recursive: true });
		await writeFile(join(tmp, "wirefeed.config.json"), JSON.stringify({ url: "https://tides.example/log/" }));
		const args = ["build", "--articles", "content/notes", "--now", NOW, "--no-cache", "--json"];

		const detected = await wirefeed(args, tmp);
		expect(detected.code).toBe(0);
		const detectedReport = JSON.parse(detected.stdout);
		expect(detectedReport.site?.generator).toBe("hugo");
		const detectedFeed = JSON.parse(await readFile(join(tmp, "out/feed.json"), "utf8"));
		expect(detectedFeed.items.map((item: { url: string }) => item.url)).toContain(
			"https://tides.example/log/2024/02/fog-the-horn-notes/",
		);

		const plain = await wirefeed([...args, "--no-site", "--out", "plain"], tmp);
		expect(plain.code).toBe(0);
		expect(JSON.parse(plain.stdout).site).toBeUndefined();
		const plainFeed = JSON.parse(await readFile(join(tmp, "plain/feed.json"), "utf8"));
		expect(plainFeed.items.map((item: { url: string }) => item.url)).toContain("https://tides.example/log/fog/");
	});
});

describe("wirefeed build --site DIR where no site is", () => {
	test("says so, names the folder and a subfolder that holds one, and writes nothing", async () => {
		const { cp } = await import("node:fs/promises");
		// A Hugo theme's repository: the site that shows it off lives in exampleSite/.
		await cp(join(FIXTURES, "sites/hugo"), join(tmp, "theme/exampleSite"), { recursive: true });
		const run = await wirefeed(["build", "--site", "theme", "--out", "out", "--no-cache"], tmp);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain("site/not-found");
		expect(run.stderr).toMatch(/^theme\s+error\s+no Hugo, Jekyll, Zola, Astro or Eleventy site/m);
		expect(run.stderr).toContain("--site theme/exampleSite");
		expect(existsSync(join(tmp, "out"))).toBe(false);

		const nowhere = await wirefeed(["build", "--site", "nowhere", "--out", "out", "--no-cache"], tmp);
		expect(nowhere.code).toBe(2);
		expect(nowhere.stderr).toMatch(/^nowhere\s+error\s+no such folder.*site\/not-found$/m);
	});

	test("run in a theme's root with no articles folder, it names the subfolder that holds the site", async () => {
		const { cp } = await import("node:fs/promises");
		await cp(join(FIXTURES, "sites/hugo"), join(tmp, "exampleSite"), { recursive: true });
		const run = await wirefeed(["build", "--out", "out", "--no-cache"], tmp);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^articles\s+error\s+the articles folder "articles" does not exist/m);
		expect(run.stderr).toContain(
			"exampleSite/ looks like a site's root: run wirefeed there, or pass --site exampleSite",
		);
		expect(existsSync(join(tmp, "out"))).toBe(false);
	});
});

describe("wirefeed build --articles DIR naming a site's root, with no config", () => {
	test("says the folder is a site and that --site builds it, and writes nothing", async () => {
		const { cp } = await import("node:fs/promises");
		await cp(join(FIXTURES, "sites/hugo"), join(tmp, "blog"), { recursive: true });
		await mkdir(join(tmp, "elsewhere"));
		const run = await wirefeed(
			["build", "--articles", "../blog", "--out", "out", "--no-cache"],
			join(tmp, "elsewhere"),
		);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain("config/invalid");
		expect(run.stderr).toContain("../blog looks like a site's root: pass --site ../blog to build it by its own rules");
		expect(existsSync(join(tmp, "elsewhere/out"))).toBe(false);
		const site = await wirefeed(["build", "--site", "../blog", "--out", "out", "--no-cache"], join(tmp, "elsewhere"));
		expect(site.code, site.stderr).toBe(0);
	});
});

describe("head and --explain in a site's root, with no wirefeed config", () => {
	test("read the site as build does", async () => {
		const { cp } = await import("node:fs/promises");
		await cp(join(FIXTURES, "sites/hugo"), tmp, { recursive: true });

		const head = await wirefeed(["head"], tmp);
		expect(head.stderr).toBe("");
		expect(head.code).toBe(0);
		expect(head.stdout).toContain('href="https://tides.example/log/rss.xml"');
		expect(head.stdout).toContain('title="Tide Tables (RSS)"');

		const explain = await wirefeed(["build", "--explain", "content/posts/moved.md", "--now", NOW], tmp);
		expect(explain.stderr).not.toContain("config/invalid");
		expect(explain.code).toBe(0);
		expect(explain.stdout).toContain("content/posts/moved.md");
	});
});
