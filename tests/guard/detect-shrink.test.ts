import { describe, expect, it } from "vitest";
import { detectShrink } from "../../src/guard/detect-shrink.js";

describe("detectShrink", () => {
	it.each([
		{ name: "first build", last: undefined, now: 0, stops: false },
		{ name: "empty feeds before, empty folder now", last: { articleCount: 0, published: 0 }, now: 0, stops: false },
		{ name: "drafts only before, empty folder now", last: { articleCount: 5, published: 0 }, now: 0, stops: false },
		{ name: "empty folder under published feeds", last: { articleCount: 40, published: 40 }, now: 0, stops: true },
		{ name: "empty folder, feeds known only from disk", last: { published: 12 }, now: 0, stops: true },
		{ name: "a few removed", last: { articleCount: 40, published: 40 }, now: 37, stops: false },
		{ name: "exactly half left", last: { articleCount: 40, published: 40 }, now: 20, stops: false },
		{ name: "fewer than half left", last: { articleCount: 40, published: 40 }, now: 19, stops: true },
		{ name: "grown", last: { articleCount: 40, published: 40 }, now: 400, stops: false },
		{ name: "shrunk, feeds known only from disk", last: { published: 40 }, now: 3, stops: false },
		{ name: "one of two removed", last: { articleCount: 2, published: 2 }, now: 1, stops: false },
	])("$name: stops = $stops", ({ last, now, stops }) => {
		const diagnostic = detectShrink(last, now, "articles");
		expect(diagnostic !== undefined).toBe(stops);
		if (diagnostic !== undefined) {
			expect(diagnostic).toMatchObject({ severity: "error", rule: "build/suspicious-shrink", file: "articles" });
			expect(diagnostic.message).toContain("--allow-shrink");
		}
	});
});
