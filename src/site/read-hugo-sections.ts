import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontMatter } from "../front-matter/parse-front-matter.js";
import type { SettingsCollector } from "./collect-settings.js";
import { lowerCaseKeys } from "./read-data-file.js";
import { isFolder, readVisibleNames } from "./read-folder.js";

/** What a Hugo site's section pages (`_index` files) give the pages below them. */
export interface HugoSectionRules {
	/** Folder (from the content folder, `/`-separated, "" for the folder itself) → its `cascade` values, keys lower-cased. */
	readonly cascades: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
	/** Folders whose section page is a draft (its own `draft`, or one cascaded to it): nothing below is built. */
	readonly draftSections: readonly string[];
}

/**
 * Reads the front matter of each section page (`_index.md`, or the default language's `_index.en.md`) of a Hugo content
 * folder: its `cascade`, which lies under the front matter of every page below it (the nearest section's first), and
 * whether it is a draft, which leaves out everything below it, as Hugo does. A cascade with a `_target` is not read.
 * Each file with a `cascade` or a `draft` is recorded with the collector, so editing it is a change of the site.
 * https://gohugo.io/content-management/front-matter/#cascade
 */
export function readHugoSections(
	collector: SettingsCollector,
	contentDir: string,
	language: string,
	isDraftBuilt: boolean,
): HugoSectionRules {
	const cascades: Record<string, Record<string, unknown>> = {};
	const draftSections: string[] = [];
	const pageNames = new Set(
		["md", "markdown", "html"].flatMap((ext) => [`_index.${ext}`, `_index.${language}.${ext}`]),
	);
	let read = 0;
	const walk = (relDir: string, depth: number, inherited: Record<string, unknown>): void => {
		if (depth > 6 || read > 1000) return;
		const folder = relDir === "" ? contentDir : `${contentDir}/${relDir}`;
		const names = readVisibleNames(join(collector.root, folder));
		// A leaf bundle holds no sections.
		if (depth > 0 && names.some((name) => /^index\./i.test(name))) return;
		const pageName = names.find((name) => pageNames.has(name.toLowerCase()));
		let below = inherited;
		if (pageName !== undefined) {
			read++;
			const data = readSectionData(collector, `${folder}/${pageName}`, relDir);
			const cascade = readCascade(data.cascade);
			if (Object.keys(cascade).length > 0) {
				cascades[relDir] = cascade;
				below = { ...inherited, ...cascade };
			}
			// The section page takes its own cascade too; its own `draft` wins.
			const draft = "draft" in data ? data.draft : below.draft;
			if (!isDraftBuilt && (draft === true || draft === "true")) {
				draftSections.push(relDir);
				return;
			}
		}
		for (const name of names) {
			const path = relDir === "" ? name : `${relDir}/${name}`;
			if (isFolder(join(collector.root, contentDir, path))) walk(path, depth + 1, below);
		}
	};
	walk("", 0, {});
	return { cascades, draftSections: draftSections.sort() };
}

function readSectionData(collector: SettingsCollector, file: string, relDir: string): Record<string, unknown> {
	let text: string;
	try {
		text = readFileSync(join(collector.root, file), "utf8");
	} catch {
		return {};
	}
	const relPath = relDir === "" ? "_index.md" : `${relDir}/_index.md`;
	const parsed = parseFrontMatter({ file, relPath, format: "markdown", text }, { isHugo: true });
	const data = "data" in parsed ? (lowerCaseKeys(parsed.data) as Record<string, unknown>) : {};
	// Only a section page that gives its pages something is the site's: adding or removing that changes the site all
	// the same, and the others stay out of the report's list of files.
	if ("cascade" in data || "draft" in data) collector.readText(file, text);
	return data;
}

// `cascade` is a table, or a list of them (TOML's `[[cascade]]`); one with a `_target` applies to some pages only.
function readCascade(value: unknown): Record<string, unknown> {
	const tables = Array.isArray(value) ? value : [value];
	let cascade: Record<string, unknown> = {};
	for (const table of tables) {
		if (typeof table !== "object" || table === null || Array.isArray(table) || "_target" in table) continue;
		cascade = { ...cascade, ...(table as Record<string, unknown>) };
	}
	return cascade;
}
