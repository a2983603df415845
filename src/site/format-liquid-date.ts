import { MONTH_NAMES, zonedDateParts } from "../article/zoned-date-parts.js";

const DIRECTIVE_RE = /%(-?)([a-zA-Z%])/g;

/**
 * Liquid's `date` filter (liquidjs, as Eleventy's Liquid has it) for the strftime fields a link holds: `%Y %y %m %d %e
 * %j %H %M %S %B %b %%`, `-` dropping the padding (`%-d`). Undefined for any other field: not guessed.
 * https://liquidjs.com/filters/date.html
 */
export function formatLiquidDate(date: Date, format: string, timeZone: string): string | undefined {
	const parts = zonedDateParts(date, timeZone);
	let isKnown = true;
	const text = format.replace(DIRECTIVE_RE, (_, flag: string, field: string) => {
		const padded = (value: number, width = 2) => (flag === "-" ? String(value) : String(value).padStart(width, "0"));
		switch (field) {
			case "Y":
				return String(parts.year);
			case "y":
				return padded(parts.year % 100);
			case "m":
				return padded(parts.month);
			case "d":
				return padded(parts.day);
			case "e":
				return flag === "-" ? String(parts.day) : String(parts.day).padStart(2, " ");
			case "j":
				return padded(parts.yearDay, 3);
			case "H":
				return padded(parts.hour);
			case "M":
				return padded(parts.minute);
			case "S":
				return padded(parts.second);
			case "B":
				return MONTH_NAMES[parts.month - 1] ?? "";
			case "b":
				return (MONTH_NAMES[parts.month - 1] ?? "").slice(0, 3);
			case "%":
				return "%";
			default:
				isKnown = false;
				return "";
		}
	});
	return isKnown ? text : undefined;
}
