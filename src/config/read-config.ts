import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
import { parse as parseToml, TomlError } from "smol-toml";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
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
 * wherever it is written. YAML is read with the core schema only (no custom types), as front matter is.
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
	let data: unknown;
	try {
		data = parseText(source);
	} catch (error) {
		return { ok: false, diagnostics: [describeSyntaxError(error, source)] };
	}
	if (source.format !== "package.json") return { ok: true, data, keyPrefix: "" };
	const section = typeof data === "object" && data !== null && "wirefeed" in data ? data.wirefeed : undefined;
	return { ok: true, data: section, keyPrefix: "wirefeed" };
}

function parseText(source: ConfigSource): unknown {
	switch (source.format) {
		case "yaml":
			return loadYaml(source.text, { schema: CORE_SCHEMA });
		case "toml":
			return parseToml(source.text);
		default:
			return JSON.parse(source.text);
	}
}

function describeSyntaxError(error: unknown, source: ConfigSource): Diagnostic {
	const at = { file: source.file };
	if (error instanceof YAMLException) {
		// js-yaml's mark is 0-based.
		return createDiagnostic("error", "config/invalid", `config file is not valid YAML: ${error.reason}`, {
			...at,
			line: error.mark.line + 1,
			column: error.mark.column + 1,
		});
	}
	if (error instanceof TomlError) {
		const message = error.message.split("\n")[0] ?? error.message;
		return createDiagnostic("error", "config/invalid", `config file is not valid TOML: ${message}`, {
			...at,
			line: error.line,
			column: error.column,
		});
	}
	const message = error instanceof Error ? error.message : String(error);
	return createDiagnostic("error", "config/invalid", `config file is not valid JSON: ${message}`, at);
}

function failure(file: string, message: string): Extract<ConfigResult, { ok: false }> {
	return { ok: false, diagnostics: [createDiagnostic("error", "config/invalid", message, { file })] };
}
