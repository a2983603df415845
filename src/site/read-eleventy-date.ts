import type { FileDates } from "../load/read-file-dates.js";
import { joinUrlPath } from "./page-facts.js";

/** A date Eleventy takes from the file itself, with the warning it deserves, if any. */
export interface EleventyFileDate {
	readonly date: Date;
	readonly warning?: { readonly rule: "site/file-date" | "site/no-git-date"; readonly message: string };
}

// Template.getMappedDate: the first date anywhere in the input path, when the data cascade has none.
const PATH_DATE_RE = /\d{4}-\d{2}-\d{2}/;

/** The first `YYYY-MM-DD` of a page's input path (`notes-2024-05-09.md`, `2024-05-09/index.md`), as Eleventy reads it. */
export function findEleventyPathDate(contentPath: string, relPath: string): string | undefined {
	return PATH_DATE_RE.exec(joinUrlPath(contentPath, relPath))?.[0];
}

/**
 * The date Eleventy gives a page from its file (Template.getMappedDate): `date: Created` and `Last Modified` are the
 * file's birth and change times, `git Created` and `git Last Modified` the author dates of the commits that added and
 * last changed it, and a page with no date at all its creation time. Undefined for any other value: a date to read.
 * Where git has no date, Eleventy takes the moment of the build; wirefeed the file's last change, so the date stays.
 * https://www.11ty.dev/docs/dates/
 */
export function readEleventyFileDate(value: unknown, fileDates: FileDates | undefined): EleventyFileDate | undefined {
	if (fileDates === undefined) return undefined;
	if (value === undefined) {
		const shown = fileDates.created.toISOString();
		const message = `no date: dated by the file's creation time (${shown}), as Eleventy does; a fresh checkout changes it, so add "date: ${shown.slice(0, 10)}" to the front matter`;
		return { date: fileDates.created, warning: { rule: "site/file-date", message } };
	}
	if (typeof value !== "string") return undefined;
	switch (value.toLowerCase()) {
		case "created":
			return { date: fileDates.created };
		case "last modified":
			return { date: fileDates.changed };
		case "git created":
		case "git last modified": {
			const date = fileDates.readGitDate(value.toLowerCase() === "git created" ? "created" : "modified");
			if (date !== undefined) return { date };
			const message = `date "${value}": git has no commit of this file (not committed, not in a repository, or no git); dated by the file's last change instead: commit it, or write the date`;
			return { date: fileDates.changed, warning: { rule: "site/no-git-date", message } };
		}
		default:
			return undefined;
	}
}
