import { createDiagnostic } from "../diagnostic.js";
import { DATA_FORMAT_NAMES, parseDataText } from "./parse-data-text.js";
import { type ConfigSource, readConfigSource } from "./read-config-source.js";
import { type ConfigResult, resolveConfig } from "./resolve-config.js";

/** Reads and validates the config: `--config FILE`, else a `wirefeed.config.*` file, else package.json's key. */
export async function readConfig(options: {
	readonly configFile?: string | undefined;
	readonly cwd: string;
}): Promise<ConfigResult> {
	const read = await readConfigSource(options);
	return read.ok ? parseConfigSource(read.source) : { ok: false, diagnostics: [read.diagnostic] };
}

/**
 * Parses and validates a config's text. Every format ends in the same validation, so a key gets the same diagnostic
 * wherever it is written.
 */
export function parseConfigSource(source: ConfigSource): ConfigResult {
	const read = readConfigData(source);
	if (!read.ok) return read;
	if (read.data === undefined) {
		return failure(
			source.file,
			'package.json has no "wirefeed" key; add one with at least "url", add wirefeed.config.json, or pass --config FILE',
		);
	}
	return resolveConfig(read.data, source.file, read.keyPrefix);
}

/** A config's data, unvalidated: the file itself, or package.json's `"wirefeed"` key (undefined when absent). */
export function readConfigData(
	source: ConfigSource,
): { readonly ok: true; readonly data: unknown; readonly keyPrefix: string } | Extract<ConfigResult, { ok: false }> {
	const format = source.format === "package.json" ? "json" : source.format;
	const parsed = parseDataText(source.text, format);
	if (!parsed.ok) {
		const { reason, line, column } = parsed;
		const message = `config file is not valid ${DATA_FORMAT_NAMES[format]}: ${reason}`;
		const at = { file: source.file, ...(line !== undefined && { line }), ...(column !== undefined && { column }) };
		return { ok: false, diagnostics: [createDiagnostic("error", "config/invalid", message, at)] };
	}
	const data = parsed.data;
	if (source.format !== "package.json") return { ok: true, data, keyPrefix: "" };
	const section = typeof data === "object" && data !== null && "wirefeed" in data ? data.wirefeed : undefined;
	return { ok: true, data: section, keyPrefix: "wirefeed" };
}

function failure(file: string, message: string): Extract<ConfigResult, { ok: false }> {
	return { ok: false, diagnostics: [createDiagnostic("error", "config/invalid", message, { file })] };
}
