/** Eleventy's data cascade: later values win, arrays are joined (its deep merge of `tags`). */
export function mergeData(
	base: Readonly<Record<string, unknown>>,
	over: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
	const merged: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(over)) {
		const before = merged[key];
		if (Array.isArray(before) && Array.isArray(value)) merged[key] = [...new Set([...before, ...value])];
		else if (isPlainObject(before) && isPlainObject(value)) merged[key] = mergeData(before, value);
		else merged[key] = value;
	}
	return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
