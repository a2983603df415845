import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { DATA_FORMAT_NAMES, type DataFormat, parseDataText } from "../config/parse-data-text.js";

/** A site config or data file as data, or why it could not be read. */
export type DataFileResult =
	| { readonly ok: true; readonly data: Readonly<Record<string, unknown>>; readonly text: string }
	| { readonly ok: false; readonly reason: string };

/** Reads a TOML, YAML or JSON file as data (by its extension); never runs anything and never throws. */
export function readDataFile(path: string): DataFileResult {
	let text: string;
	try {
		text = readFileSync(path, "utf8");
	} catch (error) {
		return {
			ok: false,
			reason: `cannot be read (${error instanceof Error && "code" in error ? String(error.code) : "error"})`,
		};
	}
	const extension = extname(path).toLowerCase();
	const format: DataFormat = extension === ".toml" ? "toml" : extension === ".json" ? "json" : "yaml";
	const parsed = parseDataText(text, format);
	if (!parsed.ok) {
		const at = parsed.line === undefined ? "" : ` (line ${parsed.line})`;
		return { ok: false, reason: `is not valid ${DATA_FORMAT_NAMES[format]}${at}: ${parsed.reason}` };
	}
	const data = parsed.data;
	if (data === null || data === undefined) return { ok: true, data: {}, text };
	if (typeof data !== "object" || Array.isArray(data)) return { ok: false, reason: "is not a set of keys and values" };
	return { ok: true, data: data as Record<string, unknown>, text };
}

/** The value at `keys` inside nested objects, or undefined. */
export function dig(data: unknown, ...keys: readonly string[]): unknown {
	let value = data;
	for (const key of keys) {
		if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

/** A non-empty trimmed string, or undefined. */
export function text(value: unknown): string | undefined {
	if (typeof value === "number") return String(value);
	return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Object keys lower-cased at every level, as Hugo reads its config (its keys are case-insensitive). */
export function lowerCaseKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(lowerCaseKeys);
	if (typeof value !== "object" || value === null || value instanceof Date) return value;
	return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.toLowerCase(), lowerCaseKeys(inner)]));
}
