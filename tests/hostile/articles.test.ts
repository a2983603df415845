import { describe, expect, test } from "vitest";
import {
	buildCase,
	expectPublished,
	expectRejected,
	findFeedProblems,
	jsonItems,
	OUT_NAMES,
	useTempDirs,
} from "./support.js";

const tempDir = useTempDirs();

describe("dates", () => {
	test("an impossible date (2021-02-29) is an error on the date's line, saying what is wrong and what to do", async () => {
		const run = await buildCase(tempDir, ["date-impossible.md"]);
		expect(
			expectRejected(run, "date-impossible.md", "front-matter/invalid-date", {
				line: 3,
			}).message,
		).toMatch(/2021-02-29.* no such month, day or time of day; correct it/);
	});

	test("an ambiguous date (03/04/2021) is an error that shows the accepted forms", async () => {
		const run = await buildCase(tempDir, ["date-ambiguous.md"]);
		expect(
			expectRejected(run, "date-ambiguous.md", "front-matter/invalid-date", {
				line: 3,
			}).message,
		).toMatch(/"2020-09-14"/);
	});

	test("an impossible zone offset (+25:00) is an error, not a shifted date", async () => {
		const run = await buildCase(tempDir, ["date-bad-zone.md"]);
		expect(
			expectRejected(run, "date-bad-zone.md", "front-matter/invalid-date", {
				line: 3,
			}).message,
		).toMatch(/offset/);
	});

	test("a date far in the past (0001-01-01) keeps its year and gives valid feeds", async () => {
		const run = await buildCase(tempDir, ["date-far-past.md"]);
		expectPublished(run, "date-far-past.md");
		const item = jsonItems(run.feeds).find((i) => i.title === "Hugo zero date");
		expect(item?.date_published).toBe("0001-01-01T00:00:00.000Z");
		expect(run.feeds.atom).toContain("<published>0001-01-01T00:00:00.000Z</published>");
		expect(run.feeds.rss).toContain("<pubDate>Mon, 01 Jan 0001 00:00:00 GMT</pubDate>");
	});

	test("a date far in the future (9999-12-31) is held back as scheduled and does not move the feed's date", async () => {
		const run = await buildCase(tempDir, ["date-far-future.md"]);
		expect(run.code).toBe(0);
		expect(run.diagnostics).toContainEqual(
			expect.objectContaining({
				severity: "info",
				rule: "select/scheduled",
				file: "articles/date-far-future.md",
			}),
		);
		expect(run.result.nextScheduled).toEqual(new Date("9999-12-31T23:59:59Z"));
		expect(run.published).not.toContain("articles/date-far-future.md");
		expect(run.feeds.atom).not.toContain("9999");
		expect(run.written).toEqual(OUT_NAMES.map((name) => `out/${name}`));
		expect(findFeedProblems(run.feeds)).toEqual([]);
	});
});

describe("titles", () => {
	test("a missing title is an error saying how to add one", async () => {
		const run = await buildCase(tempDir, ["title-missing.md"]);
		expect(
			expectRejected(run, "title-missing.md", "article/missing-title", {
				line: 1,
			}).message,
		).toMatch(/add "title:"/);
	});

	test("a title that is only markup is an error on the title's line", async () => {
		const run = await buildCase(tempDir, ["title-only-markup.md"]);
		expect(
			expectRejected(run, "title-only-markup.md", "article/missing-title", {
				line: 2,
			}).message,
		).toMatch(/only markup/);
	});
});

describe("duplicates", () => {
	test("two files with the same id: the second (by path) is rejected, naming the first", async () => {
		const run = await buildCase(tempDir, ["duplicate-id-a.md", "duplicate-id-b.md"]);
		expect(run.code).toBe(1);
		const errors = run.diagnostics.filter((d) => d.severity === "error");
		expect(errors).toEqual([
			expect.objectContaining({
				rule: "article/duplicate-id",
				file: "articles/duplicate-id-b.md",
			}),
		]);
		expect(errors[0]?.message).toContain("articles/duplicate-id-a.md");
		expect(run.published).toContain("articles/duplicate-id-a.md");
		expect(run.published).not.toContain("articles/duplicate-id-b.md");
		expect(findFeedProblems(run.feeds)).toEqual([]);
	});

	test("two files with the same slug (same link): the second is rejected, naming the first", async () => {
		const run = await buildCase(tempDir, ["duplicate-slug-a.md", "duplicate-slug-b.md"]);
		expect(run.code).toBe(1);
		const errors = run.diagnostics.filter((d) => d.severity === "error");
		expect(errors).toEqual([
			expect.objectContaining({
				rule: "article/duplicate-id",
				file: "articles/duplicate-slug-b.md",
			}),
		]);
		expect(errors[0]?.message).toMatch(/same link .*same-slug.* as articles\/duplicate-slug-a\.md/);
		expect(run.published).toContain("articles/duplicate-slug-a.md");
		expect(new Set(jsonItems(run.feeds).map((item) => item.url)).size).toBe(jsonItems(run.feeds).length);
	});
});

describe("empty articles", () => {
	test("an empty file is rejected: no title and no date", async () => {
		const run = await buildCase(tempDir, ["empty-file.md"]);
		expectRejected(run, "empty-file.md", "article/missing-title", { line: 1 });
		expect(run.diagnostics).toContainEqual(
			expect.objectContaining({
				rule: "article/missing-date",
				file: "articles/empty-file.md",
			}),
		);
	});

	test("a file that is only front matter is left out with a warning (nothing to publish), exit 0", async () => {
		const run = await buildCase(tempDir, ["front-matter-only.md"]);
		expect(run.code).toBe(0);
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				severity: "warning",
				rule: "clean/empty-body",
				file: "articles/front-matter-only.md",
				line: 5,
			}),
		]);
		expect(run.published).not.toContain("articles/front-matter-only.md");
		expect(run.written).toEqual(OUT_NAMES.map((name) => `out/${name}`));
	});
});
