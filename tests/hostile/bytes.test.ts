import { mkdirSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build } from "../../src/index.js";
import { runCommand } from "../support/run-command.js";
import {
	BUILD_ARGS,
	buildCase,
	CLI,
	COMPANION,
	copyFixtures,
	expectPublished,
	expectRejected,
	findFeedProblems,
	jsonItems,
	listTree,
	makeSiteConfig,
	NOW,
	OUT_NAMES,
	readFeeds,
	SITE,
	siteBuildOptions,
	useTempDirs,
} from "./support.js";

const tempDir = useTempDirs();

describe("bytes", () => {
	test("a UTF-8 BOM and CRLF line endings are accepted silently", async () => {
		const run = await buildCase(tempDir, ["bom-crlf.md"]);
		expectPublished(run, "bom-crlf.md");
		const item = jsonItems(run.feeds).find((i) => i.url.endsWith("/bom-crlf/"));
		expect(item?.title).toBe("Windows line endings and a BOM");
		expect(item?.content_html).toMatch(/^<p>First paragraph\.<\/p>\n<p>Second paragraph\.<\/p>\n/);
		expect(run.feeds.rss).not.toMatch(/\uFEFF|\r/);
	});

	// A file saved with a BOM by one tool and again by another starts with two: the second hid the front matter, and the
	// article was refused as "no title" and "no date" though both were there.
	test("two UTF-8 BOMs before the front matter are read as one", async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		const text = "\uFEFF\uFEFF---\r\ntitle: Saved twice\r\ndate: 2021-07-01\r\n---\r\n\r\nThe text.\r\n";
		await writeFile(join(tmp, "articles", "twice.md"), text);
		const result = await build(siteBuildOptions(tmp, false));
		expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
		expect(result.items.map((item) => item.title)).toContain("Saved twice");
		expect(JSON.stringify(result.outputs)).not.toContain("\uFEFF");
	});

	// Files joined with `cat` (or pasted from one saved with a BOM) carry one where the second file began: an invisible
	// character that readers show as a box or a gap, in a title it splits a word for search, and in Markdown it hid the
	// heading it stood before.
	test("a BOM in the middle of a body or a title is removed, and a heading after one is read", async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		const text =
			"---\ntitle: Joined\uFEFF files\ndate: 2021-07-01\n---\n\nThe first part.\n\n\uFEFF## Second part\n\nThe sec\uFEFFond part.\n";
		await writeFile(join(tmp, "articles", "joined.md"), text);
		const result = await build(siteBuildOptions(tmp, false));
		expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
		expect(result.items.map((item) => item.title)).toContain("Joined files");
		const json = result.outputs?.json ?? "";
		expect(json).not.toContain("\uFEFF");
		expect(json).toContain("<h2>Second part</h2>");
		expect(json).toContain("The second part.");
	});

	test("invalid UTF-8 is an error on the line of its first bad byte, asking to re-save the file", async () => {
		const run = await buildCase(tempDir, ["invalid-utf8.md"]);
		expect(expectRejected(run, "invalid-utf8.md", "load/invalid-utf8", { line: 7 }).message).toMatch(/UTF-8/);
	});

	// Windows PowerShell 5's `>` and Notepad's "Unicode" save UTF-16: every ASCII character is followed (or preceded) by
	// a NUL byte, which read as "binary, not text; give it another extension", a wrong remedy for an article.
	test("an article saved as UTF-16 or UTF-32 is an error naming the encoding, asking to re-save it as UTF-8", async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		const text = "---\ntitle: Café reopens\ndate: 2021-07-01\n---\n\nThe café reopened.\n";
		const utf16be = Buffer.from(text, "utf16le").swap16();
		const utf32le = Buffer.alloc(text.length * 4);
		for (let index = 0; index < text.length; index++) utf32le.writeUInt32LE(text.charCodeAt(index), index * 4);
		const files: Record<string, Buffer> = {
			"le-bom.md": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
			"be-bom.md": Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
			"le.md": Buffer.from(text, "utf16le"),
			"utf32.md": Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le]),
			"picture.md": Buffer.from([
				0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
			]),
		};
		for (const [name, bytes] of Object.entries(files)) await writeFile(join(tmp, "articles", name), bytes);
		const result = await build(siteBuildOptions(tmp, false));
		const said = (name: string) => result.diagnostics.find((d) => d.file === `articles/${name}`);
		for (const [name, encoding] of [
			["le-bom.md", "UTF-16LE"],
			["be-bom.md", "UTF-16BE"],
			["le.md", "UTF-16LE"],
			["utf32.md", "UTF-32LE"],
		]) {
			expect(said(name as string)).toEqual({
				severity: "error",
				file: `articles/${name}`,
				rule: "load/invalid-utf8",
				message: `file is ${encoding} text, not UTF-8 (Windows PowerShell 5's > and Notepad's "Unicode" save text so); re-save it as UTF-8`,
			});
		}
		expect(said("picture.md")).toMatchObject({ rule: "load/binary", message: expect.stringMatching(/binary/) });
		expect(result.items.map((item) => item.file)).toEqual([`articles/${COMPANION}`]);
	});

	test("a binary file with a .md extension is an error", async () => {
		const run = await buildCase(tempDir, ["binary.md"]);
		expect(expectRejected(run, "binary.md", "load/binary").message).toMatch(/binary/);
	});

	test("a NUL byte in a body rejects the file as binary", async () => {
		expectRejected(await buildCase(tempDir, ["nul-in-body.md"]), "nul-in-body.md", "load/binary");
	});

	test("control characters in the title, id, author, tags, summary and body never reach the XML", async () => {
		const run = await buildCase(tempDir, ["control-chars.md"]);
		expectPublished(run, "control-chars.md");
		const item = jsonItems(run.feeds).find((i) => i.url.endsWith("/control-chars/"));
		expect(item).toMatchObject({
			id: "urn:x-ctl:id",
			title: "Bell escape nul nonchar in the title",
		});
		expect(item?.content_html).toContain("Body with BEL, ESC, VT, FF");
		// The same id in every format.
		expect(run.feeds.atom).toContain("<id>urn:x-ctl:id</id>");
		expect(run.feeds.rss).toContain(">urn:x-ctl:id</guid>");
		expect(run.feeds.atom).toContain("<email>desk@example.org</email>");
	});
	// A title or a log pasted from a terminal carries its colour codes: ESC alone is removed (XML forbids it), and the
	// rest of the sequence ("[31m") was published as text.
	test("terminal escape sequences in the title, author, tags and a code block are removed whole", async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		const text = [
			"---",
			'title: "\\e[1;31mBreaking:\\e[0m harbour reopens"',
			"date: 2021-07-01",
			'author: "\\e]0;pwned\\aAnn Lee"',
			'tags: ["\\e[2Jsport", "ferries\\e[K"]',
			"---",
			"",
			"The harbour reopened on Tuesday.",
			"",
			"```",
			"\u001b[32mPASS\u001b[0m 12 tests \u001b]8;;https://ci.example/\u001b\\log\u001b]8;;\u001b\\",
			"```",
			"",
		].join("\n");
		await writeFile(join(tmp, "articles", "terminal.md"), text);
		await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
		const result = await build(siteBuildOptions(tmp, false));
		expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
		const item = JSON.parse(result.outputs?.json ?? "{}").items.find((i: { url: string }) =>
			i.url.endsWith("/terminal/"),
		);
		expect(item.title).toBe("Breaking: harbour reopens");
		expect(item.authors).toEqual([{ name: "Ann Lee" }]);
		expect(item.tags).toEqual(["sport", "ferries"]);
		expect(item.content_html).toContain("PASS 12 tests log");
		expect(JSON.stringify(result.outputs)).not.toMatch(/\[(?:1;31m|0m|2J|K"|32m)|\]8;;|\]0;/);
	});
});

describe("size", () => {
	test("a 24 MB article is rejected with load/too-large (limit maxFileSize, default 8 MiB), the rest is published", async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		const head = "---\ntitle: Far too long\ndate: 2021-07-01\n---\n\n";
		await writeFile(join(tmp, "articles", "huge.md"), head + "All work and no play. ".repeat(1_100_000));
		await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
		const run = await runCommand(process.execPath, [CLI, ...BUILD_ARGS], { cwd: tmp, timeout: 30_000 });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(
			/^articles\/huge\.md {2}error {2}file is 23\.1 MiB, over the 8\.0 MiB limit; .*"maxFileSize".* {2}load\/too-large$/m,
		);
		expect((await listTree(tmp)).filter((f) => !f.startsWith("articles/"))).toEqual([
			...OUT_NAMES.map((f) => `out/${f}`),
			"site.json",
		]);
	});

	// Regression (denial of service): the duplicate-body rule once compared every (start, length) pair of blocks,
	// cubic in their number — 2000 one-line paragraphs took 14 s, 3000 would take minutes. No timing assertion: the
	// test's own timeout is the bound, far above linear cost and far below cubic.
	test("an article of 3000 short paragraphs is cleaned in linear, not cubic, time (the test timeout is the bound)", async () => {
		const tmp = await tempDir();
		const body = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} of a long report on the harbour works.`).join(
			"\n\n",
		);
		await mkdir(join(tmp, "articles"), { recursive: true });
		await writeFile(
			join(tmp, "articles", "many-paragraphs.md"),
			`---\ntitle: Many paragraphs\ndate: 2021-08-02\n---\n\n${body}\n`,
		);
		const result = await build({
			config: makeSiteConfig(),
			articlesDir: "articles",
			write: false,
			cacheDir: false,
			now: NOW,
			cwd: tmp,
		});
		expect(result.items).toHaveLength(1);
		// Every paragraph differs: nothing may be deduplicated away.
		const content: string = JSON.parse(result.outputs?.json ?? "{}").items[0].content_html;
		expect(content.match(/Paragraph \d+ of a long report/g)).toHaveLength(3000);
	});

	test("20 000 tiny articles build with bounded peak memory (RSS < 256 MB)", {
		timeout: 60_000,
	}, async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		for (let dir = 0; dir < 20; dir++) {
			mkdirSync(join(articles, `d${dir}`), { recursive: true });
			for (let i = 0; i < 1000; i++) {
				const day = String((i % 28) + 1).padStart(2, "0");
				writeFileSync(
					join(articles, `d${dir}`, `2021-03-${day}-note-${dir}-${i}.md`),
					`---\ntitle: Note ${dir}-${i}\n---\n\nShort note number ${i}.\n`,
				);
			}
		}
		await writeFile(join(tmp, "site.json"), JSON.stringify({ ...SITE, limit: 50 }));
		// Reports the child's own peak resident set size when it exits.
		const probe = `data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n"))`;
		const run = await runCommand(process.execPath, ["--import", probe, CLI, ...BUILD_ARGS, "--quiet"], {
			cwd: tmp,
			timeout: 55_000,
		});
		expect(run.code, run.stderr.slice(0, 2000)).toBe(0);
		const maxRssKiB = Number(/maxrss=(\d+)/.exec(run.stderr)?.[1]);
		expect(maxRssKiB).toBeGreaterThan(0);
		// About 130 MB here; the bound catches holding every file (or every parsed article) in memory at once.
		expect(maxRssKiB).toBeLessThan(256 * 1024);
		const feeds = await readFeeds(join(tmp, "out"));
		expect(jsonItems(feeds)).toHaveLength(50);
		expect(findFeedProblems(feeds)).toEqual([]);
	});
});
