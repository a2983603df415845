import { describe, expect, test } from "vitest";
import { parseDate } from "../../src/article/parse-date.js";

describe("parseDate", () => {
	test.each([
		{ input: "2020-09-14", zone: "UTC", expected: "2020-09-14T00:00:00.000Z" },
		{ input: "2020-09-14", zone: "Europe/Vilnius", expected: "2020-09-13T21:00:00.000Z" },
		{ input: "2016-04-03 03:31:07", zone: "UTC", expected: "2016-04-03T03:31:07.000Z" },
		{ input: "2016-04-03 03:31:07", zone: "America/New_York", expected: "2016-04-03T07:31:07.000Z" },
		{ input: "2013-09-19 23:59", zone: "Europe/Vilnius", expected: "2013-09-19T20:59:00.000Z" },
		{ input: "2017-01-17T00:18:29Z", zone: "Europe/Vilnius", expected: "2017-01-17T00:18:29.000Z" },
		{ input: "2024-03-23T14:00:16-03:00", zone: "UTC", expected: "2024-03-23T17:00:16.000Z" },
		{ input: "2020-09-14 10:00:00 +0300", zone: "UTC", expected: "2020-09-14T07:00:00.000Z" },
		{ input: "2020-09-14T10:00:00.5+03:00", zone: "UTC", expected: "2020-09-14T07:00:00.500Z" },
		{ input: "Mon, 14 Sep 2020 12:00:00 GMT", zone: "UTC", expected: "2020-09-14T12:00:00.000Z" },
		// Spring-forward gap in Vilnius (03:00 → 04:00 on 2020-03-29): the wall time is read with the earlier offset.
		{ input: "2020-03-29 03:30", zone: "Europe/Vilnius", expected: "2020-03-29T01:30:00.000Z" },
		// Leap days of the Gregorian calendar, and years before 100 that Date.UTC would move to the 1900s.
		{ input: "2000-02-29", zone: "UTC", expected: "2000-02-29T00:00:00.000Z" },
		{ input: "2024-02-29 12:00", zone: "Europe/Vilnius", expected: "2024-02-29T10:00:00.000Z" },
		{ input: "0001-01-01", zone: "UTC", expected: "0001-01-01T00:00:00.000Z" },
		{ input: "0004-02-29T10:00:00+02:00", zone: "UTC", expected: "0004-02-29T08:00:00.000Z" },
		{ input: "0099-12-31 23:00", zone: "UTC", expected: "0099-12-31T23:00:00.000Z" },
	])("reads $input in $zone", ({ input, zone, expected }) => {
		const result = parseDate(input, zone);
		expect(result.ok && result.date.toISOString()).toBe(expected);
	});

	test.each([
		"2021-13-45",
		"2021-02-29",
		"1900-02-29",
		"0100-02-29",
		"2020-04-31",
		"2020-09-14 24:00",
		"2020-09-31",
		"yesterday",
		"14/09/2020",
		"",
	])("refuses %j", (input) => {
		const result = parseDate(input, "UTC");
		expect(result.ok).toBe(false);
	});

	test("keeps a Date as it is and refuses an invalid one", () => {
		const date = new Date("2020-09-14T12:00:00Z");
		expect(parseDate(date, "Europe/Vilnius")).toEqual({ ok: true, date });
		expect(parseDate(new Date(Number.NaN), "UTC").ok).toBe(false);
	});
});
