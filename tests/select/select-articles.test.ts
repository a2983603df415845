import { describe, expect, test } from "vitest";
import { rejectDuplicateIds } from "../../src/select/find-duplicate-ids.js";
import { selectArticles } from "../../src/select/select-articles.js";
import { makeArticle } from "../factories.js";

const NOW = new Date("2026-01-01T00:00:00Z");

describe("selectArticles", () => {
	test("drops drafts and future articles, sorts newest first with ties by id, reports the next scheduled date", () => {
		const older = makeArticle({ id: "b", published: new Date("2020-01-01T00:00:00Z") });
		const tieA = makeArticle({ id: "a", published: new Date("2020-02-01T00:00:00Z") });
		const tieC = makeArticle({ id: "c", published: new Date("2020-02-01T00:00:00Z") });
		const draft = makeArticle({ id: "d", draft: true, published: new Date("2025-01-01T00:00:00Z") });
		const later = makeArticle({ id: "f", published: new Date("2027-01-01T00:00:00Z") });
		const soon = makeArticle({ id: "e", published: new Date("2026-06-01T00:00:00Z") });
		const selection = selectArticles([older, tieC, draft, later, tieA, soon], NOW);
		expect(selection.candidates.map((a) => a.id)).toEqual(["a", "c", "b"]);
		expect(selection.nextScheduled).toEqual(new Date("2026-06-01T00:00:00Z"));
		expect(selection.diagnostics.map((d) => d.rule)).toEqual(["select/draft", "select/scheduled", "select/scheduled"]);
	});

	test("publishes future articles now when the site builds them (Jekyll's future, Hugo's buildFuture)", () => {
		const later = makeArticle({ id: "f", published: new Date("2027-01-01T00:00:00Z") });
		const embargoed = makeArticle({
			id: "e",
			published: new Date("2025-01-01T00:00:00Z"),
			availableFrom: new Date("2026-06-01T00:00:00Z"),
		});
		const draft = makeArticle({ id: "d", draft: true, published: new Date("2027-01-01T00:00:00Z") });
		const selection = selectArticles([later, embargoed, draft], NOW, { isFutureBuilt: true });
		expect(selection.candidates.map((a) => a.id)).toEqual(["f", "e"]);
		expect(selection.nextScheduled).toBeUndefined();
		expect(selection.diagnostics.map((d) => d.rule)).toEqual(["select/draft"]);
	});

	test("publishes drafts and expired articles when the site builds them (Hugo's buildDrafts, buildExpired)", () => {
		const expired = makeArticle({
			id: "x",
			published: new Date("2020-01-01T00:00:00Z"),
			expires: new Date("2021-01-01T00:00:00Z"),
		});
		const draft = makeArticle({ id: "d", draft: true, published: new Date("2025-01-01T00:00:00Z") });
		expect(selectArticles([expired, draft], NOW, { isExpiredBuilt: true }).candidates.map((a) => a.id)).toEqual(["x"]);
		expect(selectArticles([expired, draft], NOW, { isDraftBuilt: true }).candidates.map((a) => a.id)).toEqual(["d"]);
	});
});

describe("rejectDuplicateIds", () => {
	test("keeps the first by path and names both files", () => {
		const first = makeArticle({ relPath: "a.md", file: "articles/a.md", id: "same", link: "https://x.org/1/" });
		const second = makeArticle({
			relPath: "b/index.md",
			file: "articles/b/index.md",
			id: "same",
			link: "https://x.org/2/",
		});
		const result = rejectDuplicateIds([second, first]);
		expect(result.kept).toEqual([first]);
		expect(result.diagnostics).toEqual([
			expect.objectContaining({ severity: "error", rule: "article/duplicate-id", file: "articles/b/index.md" }),
		]);
		expect(result.diagnostics[0]?.message).toContain("articles/a.md");
	});
});
