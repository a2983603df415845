/**
 * A front matter or config value as a site generator's template prints it: a string as it is, a number, true or false,
 * a list's items printed the same way and joined by `joinList` (Liquid runs them together, Go writes `[a b]`);
 * undefined for a date, a table or nothing, which the caller leaves to be removed with a warning.
 */
export function printValue(value: unknown, joinList: (items: readonly string[]) => string): string | undefined {
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	if (Array.isArray(value)) {
		const items = value.map((item) => printValue(item, joinList));
		return items.every((item) => item !== undefined) ? joinList(items as string[]) : undefined;
	}
	return undefined;
}
