import { describe, expect, test } from "vitest";
import { planTopicFeeds } from "../../src/topics/plan-topic-feeds.js";
import { makeEntry } from "../factories.js";

function entry(n: number, categories: string[], authors: string[] = []) {
	return makeEntry({
		id: `tag:news.example.org,2020-09-14:${n}`,
		published: new Date(Date.UTC(2020, 8, 30 - n)),
		categories,
		authors: authors.map((name) => ({ name })),
	});
}

// Newest first, as the build hands them over.
const ENTRIES = [
	entry(1, ["Transport", "Ports"], ["Ona Petraitė"]),
	entry(2, ["transport"], ["Ona Petraitė", "Jonas Jonaitis"]),
	entry(3, ["TRANSPORT", "Weather"], ["Ona Petraitė"]),
	entry(4, ["Ports"], ["Jonas Jonaitis"]),
	entry(5, ["Ports", "Transport"]),
];

describe("planTopicFeeds", () => {
	test("a feed per category with at least min items, spellings merged, newest first, within the limit", () => {
		const plans = planTopicFeeds(ENTRIES, { categories: true, authors: false, min: 2, limit: 3 });
		expect(plans.map((p) => [p.kind, p.name, p.slug, p.total, p.entries.map((e) => e.id.slice(-1))])).toEqual([
			["category", "Ports", "ports", 3, ["1", "4", "5"]],
			["category", "Transport", "transport", 4, ["1", "2", "3"]],
		]);
	});

	test("author feeds, by name, transliterated slugs", () => {
		const plans = planTopicFeeds(ENTRIES, { categories: false, authors: true, min: 2, limit: 50 });
		expect(plans.map((p) => [p.name, p.slug, p.total])).toEqual([
			["Jonas Jonaitis", "jonas-jonaitis", 2],
			["Ona Petraitė", "ona-petraite", 3],
		]);
	});

	test("nothing is planned unless asked for, or below min", () => {
		expect(planTopicFeeds(ENTRIES, { categories: false, authors: false, min: 1, limit: 50 })).toEqual([]);
		expect(planTopicFeeds(ENTRIES, { categories: true, authors: true, min: 5, limit: 50 })).toEqual([]);
	});

	test("a topic crossing min does not move the slug of another", () => {
		const few = [entry(1, ["C++"]), entry(2, ["C++"]), entry(3, ["C"])];
		const more = [...few, entry(4, ["C"])];
		const slugOf = (list: typeof few) =>
			planTopicFeeds(list, { categories: true, authors: false, min: 2, limit: 50 }).find((p) => p.name === "C++")?.slug;
		expect(slugOf(few)).toBe(slugOf(more));
	});
});
