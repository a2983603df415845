import { describe, expect, it } from "vitest";
import { normalizeHugoDate } from "../../src/site/normalize-hugo-date.js";

// Each form below was given to Debian's hugo 0.111 as a quoted front matter date: those it reads stay undefined, those
// it dated 1 January of year 1 get the form it reads.
describe("normalizeHugoDate", () => {
	it.each([
		["2024-04-08", undefined],
		["2024-04-08T10:00:00", undefined],
		["2024-04-08 10:00:00", undefined],
		["2024-04-08T10:00:00Z", undefined],
		["2024-04-08T10:00:00.123456+01:00", undefined],
		["2024-04-08T10:00:00+0200", undefined],
		["2024-04-08 10:00:00 +0200", undefined],
		["2024-04-08 10:00:00 -07:00", undefined],
		["2024-04-08 10:00:00+02:00", undefined],
		["2024-04-08 10:00:00.5Z", undefined],
		["2024-04-08 10:00", "2024-04-08 10:00:00"],
		["2024-04-08T10:00", "2024-04-08T10:00:00"],
		["2024-04-08T10:00Z", "2024-04-08T10:00:00Z"],
		["2024-04-08T10:00+02:00", "2024-04-08T10:00:00+02:00"],
		["2024-04-08 10:00+02:00", "2024-04-08 10:00:00+02:00"],
		["2024-04-08t10:00:00z", "2024-04-08T10:00:00Z"],
		["2024-04-08 10:00:00 Z", "2024-04-08 10:00:00Z"],
		["2024-04-08T10:00:00 +0200", "2024-04-08T10:00:00+0200"],
		["2024-04-08T10:00:00.5 +02:00", "2024-04-08T10:00:00.5+02:00"],
		// Not dates wirefeed reads: left to its own reader's error.
		["April 8, 2024", undefined],
		["2024/04/08", undefined],
	])("%s", (text, expected) => {
		expect(normalizeHugoDate(text)).toBe(expected);
	});

	it("gives a form it would leave as it is", () => {
		for (const text of ["2024-04-08 10:00", "2024-04-08t10:00:00z", "2024-04-08T10:00:00 +0200"]) {
			const readable = normalizeHugoDate(text);
			expect(readable === undefined ? "" : normalizeHugoDate(readable)).toBeUndefined();
		}
	});
});
