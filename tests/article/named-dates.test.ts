import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { build } from "../../src/index.js";

// Posts copied out of an Astro or Jekyll blog into a plain folder keep the dates those generators read: a month's
// name ("Aug 10 2026", the Astro starter's; "January 5, 2023", Jekyll's) names one day whatever the reader. Digits
// alone for a day and a month ("01/02/2024") are still refused: readers disagree on which comes first.
let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-named-dates-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

async function publishedOf(date: string, timezone?: string) {
	const articlesDir = await mkdtemp(join(tmp, "articles-"));
	await writeFile(join(articlesDir, "post.md"), `---\ntitle: The pier\ndate: "${date}"\n---\n\nThe pier reopened.\n`);
	const result = await build({
		config: { url: "https://harbour.example/", ...(timezone !== undefined && { timezone }) },
		articlesDir,
		cwd: tmp,
		write: false,
		cacheDir: false,
		site: false,
		now: new Date("2027-01-01T00:00:00Z"),
	});
	const items = JSON.parse(result.outputs?.json ?? '{"items":[]}').items as { date_published: string }[];
	return { published: items[0]?.date_published, rules: result.diagnostics.map((d) => d.rule) };
}

test.each([
	["Aug 10 2026", "2026-08-10T00:00:00.000Z"],
	["January 5, 2023", "2023-01-05T00:00:00.000Z"],
	["5 January 2023 10:30", "2023-01-05T10:30:00.000Z"],
	["Thu, 05 Jan 2023 10:30:00 GMT", "2023-01-05T10:30:00.000Z"],
])("reads %s", async (date, expected) => {
	expect((await publishedOf(date)).published).toBe(expected);
});

test("reads a named day in the feed's time zone", async () => {
	expect((await publishedOf("January 5, 2023", "Europe/Vilnius")).published).toBe("2023-01-04T22:00:00.000Z");
});

test.each(["01/02/2024", "Summer 2024", "1.5"])("still refuses %s", async (date) => {
	const { published, rules } = await publishedOf(date);
	expect(published).toBeUndefined();
	expect(rules).toContain("front-matter/invalid-date");
});
