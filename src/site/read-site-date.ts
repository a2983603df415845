import { type DateResult, parseDate, wallClockToUtc } from "../article/parse-date.js";
import type { SiteRules } from "./site-rules.js";

// A YAML timestamp with seconds and no zone: Ruby's YAML (so Jekyll) reads it as UTC, whatever the site's time zone.
const YAML_NAIVE_TIMESTAMP_RE = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?$/;
// A date with a one-digit month or day, before its time or its end.
const SHORT_DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[Tt\s])/;
const padDate = (_: string, year: string, month: string, day: string) =>
	`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
// A zone in a date string JavaScript reads: Z, GMT/UTC with or without an offset, ±hh:mm, or a US zone name.
const ZONE_RE = /(?:\bZ|\b(?:GMT|UTC)|[+-]\d{2}:?\d{2}|\b[ECMP][SD]T)\s*(?:\([^)]*\))?$/i;

/**
 * A front matter date as the site's generator reads it: Jekyll takes a naive YAML timestamp as UTC; Astro accepts any
 * string JavaScript's `Date` does (`z.coerce.date()`: "Jul 08 2022"), a naive one in the site's zone; everything else
 * as wirefeed's own date reader does.
 */
export function readSiteDate(value: string | Date, timeZone: string, rules: SiteRules | undefined): DateResult {
	if (value instanceof Date || rules === undefined) return parseDate(value, timeZone);
	const trimmed = value.trim();
	// Ruby reads one-digit months and days (YAML 1.1 timestamps, Time.parse): `2024-1-6 09:30` is 2024-01-06 09:30.
	const text = rules.generator === "jekyll" ? trimmed.replace(SHORT_DATE_RE, padDate) : trimmed;
	if (rules.generator === "jekyll" && YAML_NAIVE_TIMESTAMP_RE.test(text)) return parseDate(text, "UTC");
	const parsed = parseDate(text, timeZone);
	if (parsed.ok || rules.generator !== "astro") return parsed;
	return parseJavaScriptDate(text, timeZone) ?? parsed;
}

// V8 reads a zone-less string as local time: take the wall clock it read and place it in the site's zone instead, so
// the answer does not depend on the machine's.
function parseJavaScriptDate(text: string, timeZone: string): DateResult | undefined {
	const date = new Date(text);
	if (Number.isNaN(date.getTime())) return undefined;
	if (ZONE_RE.test(text)) return { ok: true, date };
	return {
		ok: true,
		date: wallClockToUtc(
			{
				year: date.getFullYear(),
				month: date.getMonth() + 1,
				day: date.getDate(),
				hour: date.getHours(),
				minute: date.getMinutes(),
				second: date.getSeconds(),
				millisecond: date.getMilliseconds(),
			},
			timeZone,
		),
	};
}
