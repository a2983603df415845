import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** How a config's text is written: the `"wirefeed"` key of package.json, or a file of its own. */
export type ConfigFormat = "package.json" | "json" | "yaml" | "toml";

/** The config's text, unvalidated: enough to tell whether it changed since the last build. */
export interface ConfigSource {
	/** Where it came from, for messages: the path as given or found, or `build() config` for an object. */
	readonly file: string;
	readonly format: ConfigFormat;
	readonly text: string;
}

/** Config files looked for in the working directory, beside package.json, when no config is named. */
export const CONFIG_FILES: readonly string[] = [
	"wirefeed.config.json",
	"wirefeed.config.yaml",
	"wirefeed.config.yml",
	"wirefeed.config.toml",
];

/** The label of a config passed to `build()` as an object, in diagnostics. */
const CONFIG_OBJECT_LABEL = "build() config";

type ReadResult =
	| { readonly ok: true; readonly source: ConfigSource }
	| { readonly ok: false; readonly diagnostic: Diagnostic };

/**
 * Reads the config: the file named (`--config`, `configFile`), else the one `wirefeed.config.*` file in `cwd`, else
 * package.json's `"wirefeed"` key. Two places that both hold a config are refused, not ranked: which one wins would be
 * a guess. An unreadable file becomes a diagnostic.
 */
export async function readConfigSource(options: {
	readonly configFile?: string | undefined;
	readonly cwd: string;
}): Promise<ReadResult> {
	if (options.configFile !== undefined) return readSource(options.cwd, options.configFile);
	const found = CONFIG_FILES.filter((file) => existsSync(resolve(options.cwd, file)));
	if (found.length > 1) {
		return refuse(found[0] ?? "", `several config files (${found.join(", ")}); keep one`);
	}
	const packageJson = await readSource(options.cwd, "package.json");
	const [file] = found;
	if (file === undefined) return packageJson;
	if (packageJson.ok && hasWirefeedKey(packageJson.source.text)) {
		return refuse(file, `both ${file} and the "wirefeed" key of package.json hold a config; keep one`);
	}
	return readSource(options.cwd, file);
}

/** A config object passed to `build()`, as the text a JSON file would hold, so it is validated exactly like one. */
export function configSourceFromObject(config: unknown): ReadResult {
	try {
		const text = JSON.stringify(config);
		if (text === undefined) throw new Error("not an object");
		return { ok: true, source: { file: CONFIG_OBJECT_LABEL, format: "json", text } };
	} catch (error) {
		return refuse(
			CONFIG_OBJECT_LABEL,
			`the config must be a plain object that JSON can hold (${error instanceof Error ? error.message : String(error)})`,
		);
	}
}

async function readSource(cwd: string, file: string): Promise<ReadResult> {
	try {
		const text = await readFile(resolve(cwd, file), "utf8");
		return { ok: true, source: { file, format: formatOf(file), text } };
	} catch (error) {
		const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
		return refuse(
			file,
			`cannot read config file (${reason}); pass --config FILE, add wirefeed.config.json or add a "wirefeed" key to package.json`,
		);
	}
}

function formatOf(file: string): ConfigFormat {
	const name = basename(file).toLowerCase();
	if (name === "package.json") return "package.json";
	if (name.endsWith(".yaml") || name.endsWith(".yml")) return "yaml";
	if (name.endsWith(".toml")) return "toml";
	return "json";
}

function hasWirefeedKey(packageJsonText: string): boolean {
	if (!packageJsonText.includes('"wirefeed"')) return false;
	try {
		const data: unknown = JSON.parse(packageJsonText);
		return typeof data === "object" && data !== null && "wirefeed" in data;
	} catch {
		return false;
	}
}

function refuse(file: string, message: string): ReadResult {
	return { ok: false, diagnostic: createDiagnostic("error", "config/invalid", message, { file }) };
}
