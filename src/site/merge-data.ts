/**
 * A deep merge of site data: later values win, tables merge key by key, and lists are joined (Eleventy's data cascade,
 * its deep merge of `tags`) or, with `joinLists: false`, replaced (Hugo's config merge).
 */
export function mergeData(
	base: Readonly<Record<string, unknown>>,
	over: Readonly<Record<string, unknown>>,
	{ joinLists = true }: { readonly joinLists?: boolean } = {},
): Record<string, unknown> {
	const merged: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(over)) {
		const before = merged[key];
		if (joinLists && Array.isArray(before) && Array.isArray(value)) merged[key] = [...new Set([...before, ...value])];
		else if (isPlainObject(before) && isPlainObject(value)) merged[key] = mergeData(before, value, { joinLists });
		else merged[key] = value;
	}
	return merged;
}

/** A table of values (a YAML mapping, a TOML table), not a list or a date. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
