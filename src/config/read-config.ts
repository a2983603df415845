import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createDiagnostic } from "../diagnostic.js";
import { type ConfigResult, resolveConfig } from "./resolve-config.js";

/** Reads the config from a JSON file (`--config`) or from the `"wirefeed"` key of `package.json` in `cwd`. */
export async function readConfig(options: {
	readonly configFile?: string | undefined;
	readonly cwd: string;
}): Promise<ConfigResult> {
	const file = options.configFile ?? "package.json";
	let text: string;
	try {
		text = await readFile(resolve(options.cwd, file), "utf8");
	} catch (error) {
		const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
		return failure(
			file,
			`cannot read config file (${reason}); pass --config FILE or add a "wirefeed" key to package.json`,
		);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return failure(file, `config file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (options.configFile !== undefined) return resolveConfig(data, file);
	const section = typeof data === "object" && data !== null && "wirefeed" in data ? data.wirefeed : undefined;
	if (section === undefined) {
		return failure(file, 'package.json has no "wirefeed" key; add one with at least "url", or pass --config FILE');
	}
	return resolveConfig(section, file, "wirefeed");
}

function failure(file: string, message: string): ConfigResult {
	return { ok: false, diagnostics: [createDiagnostic("error", "config/invalid", message, { file })] };
}
