import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { build } from "../../src/index.js";
import { readWithFeedparser } from "../support/read-with-feedparser.js";
import { describeWith, FEEDPARSER } from "../support/require-reader.js";

// An item's language as BCP 47 writes it (`zh-Hans`, `pt-BR`, `sr-Latn`), whether a blog's translation names it in
// its file (`effects/index.zh-hans.md`) or a translated tutorial in its front matter (`language: zh_CN`), and shown
// on the item wherever the format has a place for it: JSON Feed's `language`, Atom's `xml:lang`, RSS's `dc:language`.
let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-language-tags-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

const post = (title: string, text: string, extra = "") =>
	`---\ntitle: ${title}\ndate: '2019-01-25'\nspoiler: ${text} ✨\n${extra}---\n\n${text}\n`;

const FILES = {
	"effects/index.md": post("How to write effects", "Effects run after rendering."),
	"effects/index.zh-hans.md": post("如何编写副作用", "副作用在渲染之后运行。"),
	"effects/index.pt-br.md": post("Como escrever efeitos", "Efeitos rodam depois da renderização."),
	"effects/index.sr-latn.md": post("Kako pisati efekte", "Efekti se izvršavaju posle renderovanja."),
	"effects/index.he.md": post("איך לכתוב אפקטים", "אפקטים רצים אחרי הרינדור."),
	"tutorial-zh-tw.md": post("如何安裝伺服器", "本教學說明如何安裝伺服器。", "language: zh_TW\n"),
	"tutorial-en-gb.md": post("Installing a server", "This tutorial installs a server.", "lang: EN-gb\n"),
	"tutorial-unknown.md": post("Unknown", "A language no tag can name.", "language: 中文\n"),
};

async function buildAll() {
	const articlesDir = await mkdtemp(join(tmp, "articles-"));
	for (const [path, text] of Object.entries(FILES)) {
		await mkdir(dirname(join(articlesDir, path)), { recursive: true });
		await writeFile(join(articlesDir, path), text);
	}
	const outDir = await mkdtemp(join(tmp, "out-"));
	const config = { url: "https://blog.example/", title: "Blog", language: "en-gb" };
	const now = new Date("2025-01-01T00:00:00Z");
	const result = await build({ config, articlesDir, outDir, cwd: tmp, cacheDir: false, site: false, now });
	return { result, outDir };
}

let built: Awaited<ReturnType<typeof buildAll>>;
beforeAll(async () => {
	built = await buildAll();
});

function jsonItems() {
	return JSON.parse(built.result.outputs?.json ?? "{}").items as { url: string; language?: string }[];
}

describe("an item's language tag", () => {
	test("is written as BCP 47 writes it, from a file name or front matter", () => {
		const languages = Object.fromEntries(jsonItems().map((item) => [item.url, item.language]));
		expect(languages).toMatchObject({
			"https://blog.example/effects-zh-hans/": "zh-Hans",
			"https://blog.example/effects-pt-br/": "pt-BR",
			"https://blog.example/effects-sr-latn/": "sr-Latn",
			"https://blog.example/effects-he/": "he",
			"https://blog.example/tutorial-zh-tw/": "zh-TW",
			"https://blog.example/tutorial-en-gb/": "en-GB",
		});
	});

	test("a value that is no language tag is left out with a warning", () => {
		const unknown = jsonItems().find((item) => item.url.endsWith("/tutorial-unknown/"));
		expect(unknown).toBeDefined();
		expect(unknown?.language).toBeUndefined();
		expect(built.result.diagnostics).toContainEqual(
			expect.objectContaining({ severity: "warning", rule: "front-matter/invalid-language" }),
		);
	});

	test("the links keep the lower-case names of the files", () => {
		expect(jsonItems().map((item) => item.url)).toContain("https://blog.example/effects-zh-hans/");
	});

	test("Atom writes xml:lang only where the item's language differs from the feed's, case aside", () => {
		const atom = built.result.outputs?.atom ?? "";
		expect(atom).toContain('<entry xml:lang="zh-Hans">');
		expect(atom).toContain('<entry xml:lang="pt-BR">');
		expect(atom).not.toContain('xml:lang="en-GB"');
	});

	test("RSS writes dc:language on an item in another language than the feed's", () => {
		const rss = built.result.outputs?.rss ?? "";
		const item = (url: string) => rss.slice(rss.indexOf(`<link>${url}</link>`)).split("</item>")[0] ?? "";
		expect(item("https://blog.example/effects-sr-latn/")).toContain("<dc:language>sr-Latn</dc:language>");
		expect(item("https://blog.example/effects-he/")).toContain("<dc:language>he</dc:language>");
		expect(item("https://blog.example/tutorial-en-gb/")).not.toContain("<dc:language>");
		expect(item("https://blog.example/effects/")).not.toContain("<dc:language>");
	});
});

describeWith([FEEDPARSER], "feedparser reading items in several languages", () => {
	test.each(["rss.xml", "atom.xml"])(
		"%s gives each translation its language",
		async (file) => {
			const parsed = await readWithFeedparser(join(built.outDir, file));
			expect(parsed.bozo, parsed.bozoException ?? "").toBe(0);
			const languages = Object.fromEntries(parsed.entries.map((entry) => [entry.link, entry.language]));
			expect(languages["https://blog.example/effects-zh-hans/"]).toBe("zh-Hans");
			expect(languages["https://blog.example/effects-he/"]).toBe("he");
			const title = parsed.entries.find((entry) => entry.link === "https://blog.example/effects-he/")?.title;
			expect(title).toBe("איך לכתוב אפקטים");
		},
		60_000,
	);
});
