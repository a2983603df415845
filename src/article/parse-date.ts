import { zonedDateParts } from "./zoned-date-parts.js";

/** A date read from front matter, or why it could not be read. */
export type DateResult = { readonly ok: true; readonly date: Date } | { readonly ok: false; readonly reason: string };

// 2020-09-14 | 2020-09-14 10:00 | 2020-09-14T10:00:05.123 | … with Z, ±HH:MM or ±HHMM (a space may precede the zone)
const ISO_LIKE_RE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(?:\s*(Z|[+-]\d{2}:?\d{2}))?$/i;
// RFC 822/2822, as some exporters write: "Mon, 14 Sep 2020 12:00:00 +0300"
const RFC_822_RE =
	/^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|[A-Z]{1,5})$/;

// A date no calendar has (2021-02-29, WordPress's 0000-00-00, a leap second) or a Date that is none.
const IMPOSSIBLE = "is not a valid date: no such month, day or time of day; correct it";

// A time of day alone, as a TOML local time (`date = 07:32:00`) gives it.
const TIME_ONLY_RE = /^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Reads a front matter date: ISO 8601 with or without a zone, `YYYY-MM-DD HH:MM[:SS]`, date-only, RFC 822, or a Date.
 * Times without a zone are read in `timeZone`; impossible dates (`2021-13-45`) are refused.
 */
export function parseDate(value: string | Date, timeZone: string): DateResult {
	if (value instanceof Date) {
		// A plain Date: TOML parsers hand out subclasses (smol-toml's TomlDate) whose toISOString drops the time.
		return Number.isNaN(value.getTime())
			? { ok: false, reason: IMPOSSIBLE }
			: { ok: true, date: new Date(value.getTime()) };
	}
	const text = value.trim();
	const match = ISO_LIKE_RE.exec(text);
	if (match !== null) {
		const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone] = match;
		const parts = {
			year: Number(y),
			month: Number(mo),
			day: Number(d),
			hour: Number(h),
			minute: Number(mi),
			second: Number(s),
			millisecond: Number(fraction.padEnd(3, "0").slice(0, 3)),
		};
		if (!isRealDate(parts)) return { ok: false, reason: IMPOSSIBLE };
		if (zone === undefined) return { ok: true, date: wallClockToUtc(parts, timeZone) };
		// RFC 3339 §5.6: the offset's hour is 00–23 and its minute 00–59; "+25:00" is a typo, not a zone.
		if (!/^(?:z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/i.test(zone))
			return { ok: false, reason: "has an impossible time zone offset" };
		const local = utcTime(
			parts.year,
			parts.month - 1,
			parts.day,
			parts.hour,
			parts.minute,
			parts.second,
			parts.millisecond,
		);
		return { ok: true, date: new Date(local - zoneOffsetMinutes(zone) * 60_000) };
	}
	if (TIME_ONLY_RE.test(text)) {
		return { ok: false, reason: 'is a time of day without a date; write the date too, e.g. "2020-09-14 10:00"' };
	}
	if (RFC_822_RE.test(text)) {
		const time = Date.parse(text);
		if (!Number.isNaN(time)) return { ok: true, date: new Date(time) };
	}
	return {
		ok: false,
		reason:
			'is not a date wirefeed can read; write it as "2020-09-14", "2020-09-14 10:00" or "2020-09-14T10:00:00+03:00"',
	};
}

/** A calendar date and wall-clock time, before a zone places it. */
export interface DateParts {
	readonly year: number;
	readonly month: number;
	readonly day: number;
	readonly hour: number;
	readonly minute: number;
	readonly second: number;
	readonly millisecond: number;
}

function isRealDate(p: DateParts): boolean {
	if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return false;
	const daysInMonth = new Date(utcTime(p.year, p.month, 0)).getUTCDate();
	return p.day <= daysInMonth;
}

// Date.UTC reads years 0–99 as 1900–1999, which would move "0001-01-01" (Hugo's zero date) to 1901.
function utcTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month, day);
	date.setUTCHours(hour, minute, second, millisecond);
	return date.getTime();
}

function zoneOffsetMinutes(zone: string): number {
	if (zone.toUpperCase() === "Z") return 0;
	const digits = zone.replace(":", "");
	const sign = digits.startsWith("-") ? -1 : 1;
	return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/** Converts a wall-clock time in an IANA zone to the instant it names (the earlier one when a DST change repeats it). */
export function wallClockToUtc(p: DateParts, timeZone: string): Date {
	const asUtc = utcTime(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
	if (timeZone === "UTC") return new Date(asUtc);
	// Two passes: the offset at the first guess can differ from the offset at the answer near DST changes.
	let guess = asUtc - offsetAt(asUtc, timeZone);
	guess = asUtc - offsetAt(guess, timeZone);
	return new Date(guess);
}

function offsetAt(instant: number, timeZone: string): number {
	const wall = zonedDateParts(new Date(instant), timeZone);
	const wallTime = utcTime(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
	return wallTime - Math.floor(instant / 1000) * 1000;
}
