import { describe, expect, it } from "vitest";
import { shareReads } from "../../src/parse/share-reads.js";

// A reader that says how often each file was read: the point of sharing is reading once.
function countingReader() {
	const reads: string[] = [];
	const read = (file: string) => {
		reads.push(file);
		return { file, copy: reads.length };
	};
	return { reads, read };
}

describe("shareReads", () => {
	it("hands a kept read on once, then reads again", () => {
		const reader = countingReader();
		const shared = shareReads(reader.read, 2);
		const first = shared.read("new.md");
		expect(shared.read("new.md")).toBe(first);
		expect(shared.take("new.md")).toBe(first);
		expect(shared.take("new.md")).not.toBe(first);
		expect(reader.reads).toEqual(["new.md", "new.md"]);
	});

	it("keeps only the first reads up to its bound", () => {
		const reader = countingReader();
		const shared = shareReads(reader.read, 1);
		const kept = shared.read("newest.md");
		shared.read("older.md");
		expect(shared.take("newest.md")).toBe(kept);
		shared.take("older.md");
		expect(reader.reads).toEqual(["newest.md", "older.md", "older.md"]);
	});

	it("reads a file never read before when it is taken", () => {
		const reader = countingReader();
		const shared = shareReads(reader.read, 5);
		expect(shared.take("outside-the-window.md")).toEqual({ file: "outside-the-window.md", copy: 1 });
		expect(reader.reads).toEqual(["outside-the-window.md"]);
	});
});
