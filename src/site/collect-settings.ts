import { join, relative } from "node:path";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { SiteSettings } from "./detected-site.js";
import { type DataFileResult, readDataFile } from "./read-data-file.js";

/** Gathers what a site reader finds: settings with their origins, the files read, and notes. */
export class SettingsCollector {
	readonly settings: Record<string, unknown> = {};
	readonly origins: Record<string, string> = {};
	readonly files: string[] = [];
	readonly fileTexts: string[] = [];
	readonly notes: Diagnostic[] = [];

	constructor(
		readonly root: string,
		private readonly cwd: string,
	) {}

	// Readers may reach one file twice (Eleventy: the posts folder's directory data, looked at for its tags and then
	// merged): it is read, listed and warned about once.
	private readonly read = new Map<string, DataFileResult>();

	/** Reads a data file relative to the root; an unreadable one becomes a warning. */
	readData(file: string): DataFileResult {
		const earlier = this.read.get(file);
		if (earlier !== undefined) return earlier;
		const result = readDataFile(join(this.root, file));
		this.read.set(file, result);
		this.files.push(file);
		this.fileTexts.push(result.ok ? result.text : "");
		if (!result.ok) {
			this.notes.push(
				createDiagnostic("warning", "site/unreadable-config", `${file} ${result.reason}; its settings were not used`, {
					file: this.display(file),
				}),
			);
		}
		return result;
	}

	/** Records that a code file was read for literals, so a change to it is noticed. */
	readText(file: string, text: string): void {
		if (this.files.includes(file)) return;
		this.files.push(file);
		this.fileTexts.push(text);
	}

	/** Sets a setting when the value is there and the setting is not set yet (the first source wins). */
	set<K extends keyof SiteSettings>(key: K, value: SiteSettings[K] | undefined, origin: string): void {
		if (value === undefined || key in this.settings) return;
		this.settings[key] = value;
		this.origins[key] = origin;
	}

	note(severity: Diagnostic["severity"], rule: string, message: string, file: string): void {
		this.notes.push(createDiagnostic(severity, rule, message, { file: this.display(file) }));
	}

	/** A path relative to the working directory, for messages. */
	display(file: string): string {
		return relative(this.cwd, join(this.root, file)) || file;
	}
}
