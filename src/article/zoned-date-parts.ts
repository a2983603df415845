/** The calendar fields of an instant as a clock in one time zone shows them. */
export interface ZonedDateParts {
	readonly year: number;
	/** 1–12. */
	readonly month: number;
	readonly day: number;
	readonly hour: number;
	readonly minute: number;
	readonly second: number;
	/** 0 = Sunday … 6 = Saturday. */
	readonly weekday: number;
	/** 1–366. */
	readonly yearDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The year, month, day… of `date` in `timeZone`: generators put the local date of a post into its link. */
export function zonedDateParts(date: Date, timeZone: string): ZonedDateParts {
	let formatter = formatters.get(timeZone);
	if (formatter === undefined) {
		formatter = new Intl.DateTimeFormat("en-US", {
			timeZone,
			hourCycle: "h23",
			year: "numeric",
			month: "numeric",
			day: "numeric",
			hour: "numeric",
			minute: "numeric",
			second: "numeric",
		});
		formatters.set(timeZone, formatter);
	}
	const parts = formatter.formatToParts(date);
	const field = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
	const year = field("year");
	const month = field("month");
	const day = field("day");
	const utcMidnight = Date.UTC(year, month - 1, day);
	const yearStart = Date.UTC(year, 0, 1);
	return {
		year,
		month,
		day,
		hour: field("hour"),
		minute: field("minute"),
		second: field("second"),
		weekday: new Date(utcMidnight).getUTCDay(),
		yearDay: Math.round((utcMidnight - yearStart) / 86_400_000) + 1,
	};
}

/** Two digits, as links write months and days. */
export function pad2(value: number): string {
	return String(value).padStart(2, "0");
}

export const MONTH_NAMES = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December",
] as const;

export const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
