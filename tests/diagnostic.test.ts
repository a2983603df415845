import { expect, test } from "vitest";
import { appendDiagnostics, createDiagnostic, type Diagnostic } from "../src/diagnostic.js";
import { selectArticles } from "../src/select/select-articles.js";
import { makeArticle } from "./factories.js";

// Regression: `diagnostics.push(...selection.diagnostics)` threw "Maximum call stack size exceeded" for an archive
// with a few hundred thousand drafts or ignored files.
test("a few hundred thousand diagnostics can be collected", () => {
	const drafts = Array.from({ length: 300_000 }, (_, i) => makeArticle({ id: `d${i}`, draft: true }));
	const selection = selectArticles(drafts, new Date("2026-01-01T00:00:00Z"));
	const all: Diagnostic[] = [createDiagnostic("warning", "build/no-articles", "first", { file: "x" })];
	appendDiagnostics(all, selection.diagnostics);
	expect(all).toHaveLength(300_001);
	expect(all.at(-1)?.rule).toBe("select/draft");
});
