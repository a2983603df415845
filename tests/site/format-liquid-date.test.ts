import { describe, expect, it } from "vitest";
import { formatLiquidDate } from "../../src/site/format-liquid-date.js";

// Expected values as Eleventy 3.1.8's Liquid (liquidjs) writes them for the same instant, on a machine set to UTC.
describe("formatLiquidDate", () => {
	const date = new Date("2023-01-09T07:05:03Z");
	it.each([
		["%Y/%m/%d", "2023/01/09"],
		["%b-%-d-%y", "Jan-9-23"],
		["%B %e", "January  9"],
		["%-m/%-d %H:%M:%S", "1/9 07:05:03"],
		["day %j, 100%%", "day 009, 100%"],
	])("%s → %s", (format, expected) => {
		expect(formatLiquidDate(date, format, "UTC")).toBe(expected);
	});

	it("formats in the time zone given", () => {
		expect(formatLiquidDate(new Date("2023-04-07T03:30:00Z"), "%Y/%m/%d", "America/New_York")).toBe("2023/04/06");
	});

	it("refuses a field it does not know rather than guess", () => {
		expect(formatLiquidDate(date, "%A %Y", "UTC")).toBeUndefined();
	});
});
