import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
