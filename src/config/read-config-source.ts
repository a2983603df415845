import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** The config file's text, unvalidated: enough to tell whether it changed since the last build. */
export interface ConfigSource {
	/** The path as given (`--config FILE` or `package.json`), for messages. */
	readonly file: string;
	/** True when the config is the `"wirefeed"` key of package.json rather than a file of its own. */
	readonly isPackageJson: boolean;
	readonly text: string;
}

/** Reads the config file (`--config`) or `package.json` in `cwd`; an unreadable file becomes a diagnostic. */
export async function readConfigSource(options: {
	readonly configFile?: string | undefined;
	readonly cwd: string;
}): Promise<
	{ readonly ok: true; readonly source: ConfigSource } | { readonly ok: false; readonly diagnostic: Diagnostic }
> {
	const file = options.configFile ?? "package.json";
	try {
		const text = await readFile(resolve(options.cwd, file), "utf8");
		return { ok: true, source: { file, isPackageJson: options.configFile === undefined, text } };
	} catch (error) {
		const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
		return {
			ok: false,
			diagnostic: createDiagnostic(
				"error",
				"config/invalid",
				`cannot read config file (${reason}); pass --config FILE or add a "wirefeed" key to package.json`,
				{ file },
			),
		};
	}
}
