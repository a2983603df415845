import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
import { parse as parseToml, TomlError } from "smol-toml";

/** How a config or data file is written. */
export type DataFormat = "json" | "yaml" | "toml";

/** A file's text as data, or why it is not valid and where (1-based, when the parser says). */
export type ParsedData =
	| { readonly ok: true; readonly data: unknown }
	| { readonly ok: false; readonly reason: string; readonly line?: number; readonly column?: number };

/** The format's name in messages: "is not valid YAML". */
export const DATA_FORMAT_NAMES: Readonly<Record<DataFormat, string>> = { json: "JSON", yaml: "YAML", toml: "TOML" };

/**
 * Parses wirefeed's config and a site's config and data files, so each format is read one way wherever it is met.
 * YAML is read with the core schema only (no custom types), as front matter is. Never throws.
 */
export function parseDataText(text: string, format: DataFormat): ParsedData {
	try {
		const data: unknown =
			format === "yaml"
				? loadYaml(text, { schema: CORE_SCHEMA })
				: format === "toml"
					? parseToml(text)
					: JSON.parse(text);
		return { ok: true, data };
	} catch (error) {
		// js-yaml's mark is 0-based; smol-toml's line and column are 1-based, and its message repeats the line's text.
		if (error instanceof YAMLException)
			return { ok: false, reason: error.reason, line: error.mark.line + 1, column: error.mark.column + 1 };
		const message = error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
		if (error instanceof TomlError) return { ok: false, reason: message, line: error.line, column: error.column };
		return { ok: false, reason: message };
	}
}
