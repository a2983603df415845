import { createDiagnostic } from "../diagnostic.js";
import { type ConfigSource, readConfigSource } from "./read-config-source.js";
import { type ConfigResult, resolveConfig } from "./resolve-config.js";

/** Reads the config from a JSON file (`--config`) or from the `"wirefeed"` key of `package.json` in `cwd`. */
export async function readConfig(options: {
	readonly configFile?: string | undefined;
	readonly cwd: string;
}): Promise<ConfigResult> {
	const read = await readConfigSource(options);
	return read.ok ? parseConfigSource(read.source) : { ok: false, diagnostics: [read.diagnostic] };
}

/** Parses and validates a config file's text. */
export function parseConfigSource(source: ConfigSource): ConfigResult {
	let data: unknown;
	try {
		data = JSON.parse(source.text);
	} catch (error) {
		return failure(
			source.file,
			`config file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
		);
	}
	if (!source.isPackageJson) return resolveConfig(data, source.file);
	const section = typeof data === "object" && data !== null && "wirefeed" in data ? data.wirefeed : undefined;
	if (section === undefined) {
		return failure(
			source.file,
			'package.json has no "wirefeed" key; add one with at least "url", or pass --config FILE',
		);
	}
	return resolveConfig(section, source.file, "wirefeed");
}

function failure(file: string, message: string): ConfigResult {
	return { ok: false, diagnostics: [createDiagnostic("error", "config/invalid", message, { file })] };
}
