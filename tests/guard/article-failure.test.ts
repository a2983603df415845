import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { build, exitCodeFor } from "../../src/index.js";

// A bug in wirefeed's own code (bad input is a diagnostic, never a throw) must cost the one article it met, not every
// feed. The bug is planted here: the real stages run, and the one they call throws for an article carrying the marker,
// as a real slip would (reading a property of a node that is not there).
const { BUG, plant } = vi.hoisted(() => {
	const BUG = "BUG-PLANTED-HERE";
	const plant =
		<A extends unknown[], R>(real: (...args: A) => R, text: (...args: A) => string) =>
		(...args: A): R => {
			if (text(...args).includes(BUG)) throw new TypeError("Cannot read properties of undefined (reading 'children')");
			return real(...args);
		};
	return { BUG, plant };
});

vi.mock("../../src/clean/index.js", async (importOriginal) => {
	const real = await importOriginal<typeof import("../../src/clean/index.js")>();
	// A body carrying the marker once; twice is the evidence stage's bug below.
	return { ...real, cleanHtml: plant(real.cleanHtml, (html) => (html.split(BUG).length === 2 ? BUG : "")) };
});
vi.mock("../../src/article/parse-article.js", async (importOriginal) => {
	const real = await importOriginal<typeof import("../../src/article/parse-article.js")>();
	// Only a title carrying the marker: a body carrying it is the cleaner's bug above.
	return { ...real, parseArticle: plant(real.parseArticle, (source) => /^title:.*$/m.exec(source.text)?.[0] ?? "") };
});

vi.mock("../../src/evidence/read-block-fingerprints.js", async (importOriginal) => {
	const real = await importOriginal<typeof import("../../src/evidence/read-block-fingerprints.js")>();
	return {
		...real,
		readBlockFingerprints: plant(real.readBlockFingerprints, (_, body) => (body.split(BUG).length > 2 ? BUG : "")),
	};
});

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "wirefeed-bug-"));
	await mkdir(join(dir, "articles"));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

const article = (title: string, day: number, body: string) =>
	`---\ntitle: ${title}\ndate: 2026-03-0${day} 09:00\n---\n\n${body}\n`;

async function write(files: Readonly<Record<string, string>>) {
	for (const [name, text] of Object.entries(files)) await writeFile(join(dir, "articles", name), text);
}

function run(options: { readonly strict?: boolean; readonly cache?: boolean } = {}) {
	return build({
		cwd: dir,
		articlesDir: "articles",
		outDir: "out",
		config: { title: "Harbour Times", url: "https://harbour.example/", description: "Local news" },
		site: false,
		ping: false,
		now: new Date("2026-04-01T00:00:00Z"),
		cacheDir: options.cache === true ? join(dir, ".cache") : false,
		...(options.strict !== undefined && { strict: options.strict }),
	});
}

async function publishedTitles(): Promise<string[]> {
	const feed = JSON.parse(await readFile(join(dir, "out", "feed.json"), "utf8")) as { items: { title: string }[] };
	return feed.items.map((item) => item.title);
}

const FERRY = article("Ferry timetable changes", 1, "The morning ferry leaves at seven from March.");
const MARKET = article("Market moves indoors", 3, "The Saturday market moves into the old fish hall.");

describe("a bug met by one article leaves that article out, reported, and publishes every other one", () => {
	test("while cleaning its body: exit 1, an error naming the file, the error and where to report it", async () => {
		await write({
			"ferry.md": FERRY,
			"harbour.md": article("Harbour wall repaired", 2, `<p>The wall is mended. ${BUG}</p>`),
			"market.md": MARKET,
		});
		const result = await run();
		expect(result.status).toBe("written");
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(1);
		const errors = result.diagnostics.filter((d) => d.severity === "error");
		expect(errors).toEqual([
			expect.objectContaining({ rule: "build/article-failed", file: join("articles", "harbour.md") }),
		]);
		expect(errors[0]?.message).toContain("TypeError: Cannot read properties of undefined (reading 'children')");
		expect(errors[0]?.message).toMatch(/bug in wirefeed \d+\.\d+\.\d+/);
		expect(errors[0]?.message).toContain("report");
		expect(await publishedTitles()).toEqual(["Market moves indoors", "Ferry timetable changes"]);
	});

	test("while reading its front matter, whether the quick scan or the full parse meets it first", async () => {
		await write({ "ferry.md": FERRY, "harbour.md": article(`Harbour ${BUG}`, 2, "Mended."), "market.md": MARKET });
		for (const strict of [false, true]) {
			const result = await run({ strict });
			const errors = result.diagnostics.filter((d) => d.severity === "error");
			expect(errors.map((d) => [d.rule, d.file])).toEqual([["build/article-failed", join("articles", "harbour.md")]]);
			// --strict: any error leaves everything unwritten, as for any rejected article.
			expect(result.status).toBe(strict ? "failed" : "written");
			expect(exitCodeFor(result.status, result.diagnostics)).toBe(strict ? 2 : 1);
		}
		expect(await publishedTitles()).toEqual(["Market moves indoors", "Ferry timetable changes"]);
	});

	test("while learning what its site repeats: the article teaches nothing and is published as cleaned", async () => {
		const body = "<p>The wall is mended.</p>\n\n<p>Divers checked the footings.</p>";
		await write({
			"ferry.md": FERRY,
			// The marker twice sets off the evidence stage's bug only; inside a comment, cleaning drops it.
			"harbour.md": article("Harbour wall repaired", 2, `${body}\n<!-- ${BUG} ${BUG} -->`),
			"market.md": MARKET,
		});
		const result = await run();
		expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
		expect(await publishedTitles()).toEqual([
			"Market moves indoors",
			"Harbour wall repaired",
			"Ferry timetable changes",
		]);
	});

	test("with the cache, the failure is reported again by the next build, and the article published once fixed", async () => {
		const broken = article("Harbour wall repaired", 2, `<p>The wall is mended. ${BUG}</p>`);
		await write({ "ferry.md": FERRY, "harbour.md": broken, "market.md": MARKET });
		await run({ cache: true });
		const again = await run({ cache: true });
		expect(again.diagnostics.filter((d) => d.rule === "build/article-failed")).toHaveLength(1);
		// The same file, read by a wirefeed without the bug (here: without the marker that sets it off).
		await write({ "harbour.md": broken.replace(BUG, "") });
		const fixed = await run({ cache: true });
		expect(fixed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
		expect(await publishedTitles()).toEqual([
			"Market moves indoors",
			"Harbour wall repaired",
			"Ferry timetable changes",
		]);
	});
});
