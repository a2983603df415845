import { describe, expect, it } from "vitest";
import { mergeData } from "../../src/site/merge-data.js";

describe("mergeData", () => {
	const base = { tags: ["posts"], params: { mainSections: ["posts"], author: "Ann" }, title: "Old" };
	const over = { tags: ["moss"], params: { mainSections: ["notes"] }, title: "New" };

	it("joins lists, as Eleventy's data cascade does", () => {
		expect(mergeData(base, over)).toEqual({
			tags: ["posts", "moss"],
			params: { mainSections: ["posts", "notes"], author: "Ann" },
			title: "New",
		});
	});

	it("replaces lists and merges tables key by key without joining, as Hugo merges its config", () => {
		expect(mergeData(base, over, { joinLists: false })).toEqual({
			tags: ["moss"],
			params: { mainSections: ["notes"], author: "Ann" },
			title: "New",
		});
	});
});
