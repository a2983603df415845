import { describe, expect, test } from "vitest";
import { parseXml } from "../support/parse-xml.js";
import { buildCase, expectRejected, findFeedProblems, jsonItems, useTempDirs } from "./support.js";

const tempDir = useTempDirs();
// RFC 3339 §5.6 date-time, as Atom (RFC 4287 §3.3) requires.
const RFC_3339_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
// A `tag:` id's date is a day (RFC 4151 §2.1), never a time.
const TAG_ID_RE = /^tag:[^,]+,\d{4}-\d{2}-\d{2}:[^:]+$/;

describe("security: TOML local dates and times give valid feeds (issue #11, finding 7)", () => {
	test.each([
		{ name: "toml-local-date.md", published: "2024-12-31T22:00:00.000Z", updated: "2024-12-31T22:00:00.000Z" },
		{ name: "toml-local-datetime.md", published: "2025-01-01T05:32:00.000Z", updated: "2025-01-02T06:00:00.000Z" },
	])("$name is read in the configured time zone", async ({ name, published, updated }) => {
		const run = await buildCase(tempDir, [name], { timezone: "Europe/Vilnius" });
		expect(run.code).toBe(0);
		expect(findFeedProblems(run.feeds)).toEqual([]);
		const item = jsonItems(run.feeds).find((entry) => entry.url.endsWith(`/${name.replace(/\.md$/, "")}/`));
		expect(item?.date_published).toBe(published);
		expect(item?.id).toMatch(TAG_ID_RE);
		expect((item as unknown as { date_modified: string }).date_modified).toBe(updated);
		const entry = parseXml(run.feeds.atom)
			.children.filter((c) => c.name === "entry")
			.find((e) => e.children.some((c) => c.name === "id" && c.text === item?.id));
		for (const field of ["updated", "published"]) {
			expect(entry?.children.find((c) => c.name === field)?.text).toMatch(RFC_3339_RE);
		}
	});

	test("a time without a date is an error that says so, not year 0000", async () => {
		const run = await buildCase(tempDir, ["toml-local-time.md"]);
		const diagnostic = expectRejected(run, "toml-local-time.md", "front-matter/invalid-date", { line: 3 });
		expect(diagnostic.message).toMatch(/07:32:00.*time of day without a date/);
		expect(run.feeds.atom).not.toMatch(/0000-|07:32:00\.000</);
	});
});
