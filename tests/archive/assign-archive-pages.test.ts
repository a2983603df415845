import { describe, expect, it } from "vitest";
import { assignArchivePages } from "../../src/archive/assign-archive-pages.js";

/** `count` entries, one a day from 2020-01-01, newest first (as selection hands them on). */
function entries(count: number, from = 0): { id: string; updated: Date }[] {
	return Array.from({ length: count }, (_, i) => ({
		id: `tag:news.example.org,2020:${from + i}`,
		updated: new Date(Date.UTC(2020, 0, 1 + from + i)),
	})).reverse();
}

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe("assignArchivePages", () => {
	it.each([
		{ name: "everything fits", count: 5, limit: 10, pageSize: 3, pages: [] },
		{ name: "exactly the limit", count: 10, limit: 10, pageSize: 3, pages: [] },
		{ name: "one archived", count: 11, limit: 10, pageSize: 3, pages: [1] },
		{ name: "one full page", count: 13, limit: 10, pageSize: 3, pages: [3] },
		{ name: "full pages and a partial one", count: 18, limit: 10, pageSize: 3, pages: [3, 3, 2] },
	])("$name: pages of $pages", ({ count, limit, pageSize, pages }) => {
		const all = entries(count);
		const plan = assignArchivePages(all, { limit, pageSize });
		expect(ids(plan.current)).toEqual(ids(all.slice(0, limit)));
		expect(plan.pages.map((p) => p.entries.length)).toEqual(pages);
		expect(plan.pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
		expect(plan.pages.map((p) => p.isFull)).toEqual(pages.map((n) => n === pageSize));
		// Read like a reader walks them: the subscription document, then each page from the newest back.
		const walked = [plan.current, ...[...plan.pages].reverse().map((p) => p.entries)].flatMap(ids);
		expect(walked).toEqual(ids(all));
	});

	it("numbers pages from the oldest entry: new entries never change a full page", () => {
		const before = assignArchivePages(entries(25), { limit: 10, pageSize: 4 });
		const after = assignArchivePages([...entries(7, 25), ...entries(25)], { limit: 10, pageSize: 4 });
		const fullBefore = before.pages.filter((p) => p.isFull);
		expect(fullBefore).toHaveLength(3);
		expect(after.pages.slice(0, 3)).toEqual(fullBefore);
		// The partial page grew: a new key, so a reader that has its old version fetches it again.
		expect(after.pages[3]?.key).not.toBe(before.pages[3]?.key);
		expect(after.pages).toHaveLength(6);
	});

	it("gives a changed page, and every newer page, a new key; older pages keep theirs", () => {
		const all = entries(30);
		const before = assignArchivePages(all, { limit: 10, pageSize: 5 });
		// Entry 7 (page 2, counting from the oldest) gets a new `updated` date.
		const edited = all.map((e) => (e.id.endsWith(":7") ? { ...e, updated: new Date(Date.UTC(2021, 0, 1)) } : e));
		const after = assignArchivePages(edited, { limit: 10, pageSize: 5 });
		const keys = (plan: typeof before) => plan.pages.map((p) => p.key);
		expect(keys(after)[0]).toBe(keys(before)[0]);
		for (const index of [1, 2, 3]) expect(keys(after)[index]).not.toBe(keys(before)[index]);
	});

	it("is pure: the same entries give the same pages", () => {
		const all = entries(40);
		expect(assignArchivePages(all, { limit: 7, pageSize: 6 })).toEqual(
			assignArchivePages(all, { limit: 7, pageSize: 6 }),
		);
	});
});
