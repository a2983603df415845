import { type DateResult, parseDate, wallClockToUtc } from "../article/parse-date.js";
import { pad2 } from "../article/zoned-date-parts.js";
import { normalizeHugoDate } from "./normalize-hugo-date.js";
import type { SiteRules } from "./site-rules.js";

// A YAML timestamp with seconds and no zone: Ruby's YAML (so Jekyll) reads it as UTC, whatever the site's time zone.
const YAML_NAIVE_TIMESTAMP_RE = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?$/;
// A date with a one-digit month or day, before its time or its end.
const SHORT_DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[Tt\s])/;
const padDate = (_: string, year: string, month: string, day: string) =>
	`${year}-${pad2(Number(month))}-${pad2(Number(day))}`;
// `2024/06/08`, `2024-6-1T8:00`: a year, a month and a day, in that order.
const YEAR_FIRST_RE = /^\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)/;
const MONTH_NAME_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const isNamedDay = (text: string) =>
	MONTH_NAME_RE.test(text) && /(?<!\d)\d{4}(?!\d)/.test(text) && /(?<![\d:])\d{1,2}(?![\d:])/.test(text);
const isWholeDay = (text: string) => YEAR_FIRST_RE.test(text) || isNamedDay(text);
// A zone in a date string JavaScript reads: Z, GMT/UTC with or without an offset, ±hh:mm, or a US zone name.
const ZONE_RE = /(?:\bZ|\b(?:GMT|UTC)|[+-]\d{2}:?\d{2}|\b[ECMP][SD]T)\s*(?:\([^)]*\))?$/i;

/**
 * A front matter date as the site's generator reads it: Jekyll takes a naive YAML timestamp as UTC, and what Ruby's
 * `Time.parse` reads; Astro accepts any string JavaScript's `Date` does (`z.coerce.date()`: "Jul 08 2022"), a naive one
 * in the site's zone; Hugo refuses what it cannot read (`2024-04-08 10:00`, without seconds); everything else as wirefeed's
 * own date reader does, and without a site a day named with its month too.
 */
export function readSiteDate(value: string | Date, timeZone: string, rules: SiteRules | undefined): DateResult {
	if (value instanceof Date) return parseDate(value, timeZone);
	const trimmed = value.trim();
	// No site: a day named with its month ("Aug 10 2026", "January 5, 2023"), as the posts of Astro and Jekyll blogs
	// copied here write it, is read as those generators read it; digits alone for a day and a month stay refused.
	if (rules === undefined) {
		const parsed = parseDate(trimmed, timeZone);
		return parsed.ok || !isNamedDay(trimmed) ? parsed : (parseJavaScriptDate(trimmed, timeZone) ?? parsed);
	}
	// Ruby reads one-digit months and days (YAML 1.1 timestamps, Time.parse): `2024-1-6 09:30` is 2024-01-06 09:30.
	const text = rules.generator === "jekyll" ? trimmed.replace(SHORT_DATE_RE, padDate) : trimmed;
	if (rules.generator === "jekyll" && YAML_NAIVE_TIMESTAMP_RE.test(text)) return parseDate(text, "UTC");
	const parsed = parseDate(text, timeZone);
	// What Hugo cannot read it dates year 1 (its link too): refused, with the form Hugo reads, rather than published.
	const readable = rules.generator === "hugo" && parsed.ok ? normalizeHugoDate(text) : undefined;
	if (readable !== undefined)
		return {
			ok: false,
			reason: `is no date Hugo reads (Hugo 0.111 dates the page 1 January of year 1, later versions stop with an error); write it as "${readable}"`,
		};
	if (parsed.ok) return parsed;
	if (rules.generator === "astro") return parseJavaScriptDate(text, timeZone) ?? parsed;
	// Jekyll reads dates with Ruby's Time.parse ("May 3, 2024", "2024/06/08", "2024-06-09 08:00:00 UTC"), which
	// JavaScript's Date reads the same way when the text names a whole day: year first, or a month's name. Others are
	// refused, never guessed: digits alone for a day and a month (`01/02/2024`) Ruby reads day first and JavaScript
	// month first, and JavaScript finds a date in what Ruby refuses ("Summer 2024", "1.5").
	if (rules.generator === "jekyll" && isWholeDay(text)) return parseJavaScriptDate(text, timeZone) ?? parsed;
	return parsed;
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
