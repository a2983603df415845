import { join } from "node:path";
import type { SettingsCollector } from "./collect-settings.js";
import { HUGO_CONFIG_NAMES } from "./may-hold-site.js";
import { mergeData } from "./merge-data.js";
import { lowerCaseKeys } from "./read-data-file.js";
import { readVisibleNames } from "./read-folder.js";

/** A Hugo config (keys lower-cased) with the folder's files laid over it, and the file each top-level key came from. */
export interface HugoConfigLayer {
	readonly config: Record<string, unknown>;
	/** Top-level key (lower-cased) → the file of the folder that set it last. */
	readonly origins: Readonly<Record<string, string>>;
}

const SECTIONS = ["params", "permalinks", "languages", "frontmatter", "markup"];
const EXTENSIONS = ["toml", "yaml", "yml", "json"];

/**
 * Lays a Hugo config folder (`config/_default`, or an environment's: `config/production`) over a config, as Hugo
 * merges them: its main file (`hugo.toml`, `config.toml`, …; unless `mainFile` was read already), then `params.toml`
 * and the other files named after the table they hold, then a language's own files (`languages.en.toml` is
 * `[languages.en]`, `params.en.toml` its `[languages.en.params]`). Tables merge key by key; any other value, a list
 * too, is replaced (mergeData without joining lists).
 * https://gohugo.io/getting-started/configuration/#configuration-directory
 */
export function readHugoConfigFolder(
	collector: SettingsCollector,
	environment: "_default" | "production",
	base: Record<string, unknown>,
	mainFile?: string,
): HugoConfigLayer {
	const folder = `config/${environment}`;
	let config = base;
	const origins: Record<string, string> = {};
	const lay = (file: string, values: Record<string, unknown>) => {
		config = mergeData(config, values, { joinLists: false });
		for (const key of Object.keys(values)) origins[key] = file;
	};
	const read = (file: string): Record<string, unknown> | undefined => {
		const result = collector.readData(file);
		return result.ok ? (lowerCaseKeys(result.data) as Record<string, unknown>) : undefined;
	};
	const names = readVisibleNames(join(collector.root, folder));
	if (mainFile === undefined) {
		const main = HUGO_CONFIG_NAMES.find((name) => names.includes(name));
		const values = main === undefined ? undefined : read(`${folder}/${main}`);
		if (main !== undefined && values !== undefined) lay(`${folder}/${main}`, values);
	}
	for (const section of SECTIONS) {
		for (const extension of EXTENSIONS) {
			const file = `${folder}/${section}.${extension}`;
			if (!names.includes(`${section}.${extension}`)) continue;
			const values = read(file);
			if (values !== undefined) lay(file, { [section]: values });
		}
	}
	for (const name of names.sort()) {
		const match = /^(languages|params)\.([a-z]{2,3}(?:-[a-z0-9]+)*)\.(?:toml|ya?ml|json)$/i.exec(name);
		if (match === null) continue;
		const values = read(`${folder}/${name}`);
		if (values === undefined) continue;
		const code = (match[2] ?? "").toLowerCase();
		const language = match[1]?.toLowerCase() === "params" ? { params: values } : values;
		lay(`${folder}/${name}`, { languages: { [code]: language } });
	}
	return { config, origins };
}
