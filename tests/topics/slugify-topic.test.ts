import { describe, expect, test } from "vitest";
import { assignTopicSlugs, slugifyTopic, topicKey } from "../../src/topics/slugify-topic.js";

describe("slugifyTopic", () => {
	test.each([
		{ name: "Transport", slug: "transport" },
		{ name: "Baltic states", slug: "baltic-states" },
		{ name: "  Science & Maths!  ", slug: "science-maths" },
		{ name: "Žalgiris Kaunas", slug: "zalgiris-kaunas" },
		{ name: "Straße", slug: "strasse" },
		{ name: "Ørsted", slug: "orsted" },
		{ name: "Москва", slug: "moskva" },
		{ name: "Ελλάδα", slug: "ellada" },
		{ name: "2026 elections", slug: "2026-elections" },
	])("$name → $slug", ({ name, slug }) => {
		expect(slugifyTopic(name)).toBe(slug);
	});

	test("a name with letters ASCII cannot spell gets a hash of the name: stable, distinct, ASCII", () => {
		const chinese = slugifyTopic("中文");
		expect(chinese).toMatch(/^[0-9a-f]{8}$/);
		expect(slugifyTopic("中文")).toBe(chinese);
		expect(slugifyTopic("日本")).not.toBe(chinese);
		expect(slugifyTopic("中文 News")).toMatch(/^news-[0-9a-f]{8}$/);
		expect(slugifyTopic("😀")).toMatch(/^[0-9a-f]{8}$/);
	});

	test("spellings of one topic share a key and a slug", () => {
		expect(topicKey("SPORTS")).toBe(topicKey(" sports "));
		expect(slugifyTopic("SPORTS")).toBe(slugifyTopic("Sports"));
	});

	test("long names are cut at a hyphen, at most 60 characters", () => {
		const slug = slugifyTopic("a very long category name that goes on and on about the harbour and its ferries");
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).not.toMatch(/-$/);
	});

	test("every slug is ASCII-safe for a folder and a URL", () => {
		for (const name of ["a/b", "..", "x\u0000y", "C#", "50%", "?", "Ä Ö Ü"]) {
			expect(slugifyTopic(name)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		}
	});
});

describe("assignTopicSlugs", () => {
	test("look-alikes never share a folder; the name that spells the slug exactly keeps it", () => {
		const slugs = assignTopicSlugs(["C", "C++", "C#", "Science & Maths", "Science Maths"]);
		expect(slugs.get("c")).toBe("c");
		expect(slugs.get("c++")).toMatch(/^c-[0-9a-f]{8}$/);
		expect(slugs.get("c#")).toMatch(/^c-[0-9a-f]{8}$/);
		expect(slugs.get("science maths")).toBe("science-maths");
		expect(slugs.get("science & maths")).toMatch(/^science-maths-[0-9a-f]{8}$/);
		expect(new Set(slugs.values()).size).toBe(slugs.size);
	});

	test("a slug does not depend on the order names arrive in", () => {
		const names = ["C++", "C", "Transport", "C#"];
		const forward = assignTopicSlugs(names);
		const backward = assignTopicSlugs([...names].reverse());
		expect([...backward].sort()).toEqual([...forward].sort());
	});

	test("two exact spellings of one slug (a-b and a b) still get two folders", () => {
		const slugs = assignTopicSlugs(["a b", "a-b"]);
		expect(new Set(slugs.values()).size).toBe(2);
	});
});
