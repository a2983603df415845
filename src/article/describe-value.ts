// Longer strings are cut in a message: the value is there to be recognised, not read whole.
const SHOWN_LENGTH = 40;

/**
 * A front matter value as a message shows it: a string quoted (and cut), a number or flag as written, and what a
 * list, a mapping or an empty value is.
 */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined) return "empty";
	if (Array.isArray(value)) return "a list";
	if (value instanceof Date) return "a date";
	if (typeof value === "object") return "a mapping";
	if (typeof value === "string") {
		return JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value);
	}
	return String(value);
}
