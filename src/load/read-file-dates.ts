import { spawnSync } from "node:child_process";
import type { Stats } from "node:fs";
import { basename, dirname } from "node:path";

/**
 * When a file was made and last changed, on this disk and in git: what a generator can date a page by (Eleventy's
 * `date: Created`, `Last Modified`, `git Created`, `git Last Modified`, and a page without a date).
 */
export interface FileDates {
	/** Its creation (birth) time; its last change where the file system keeps none. */
	readonly created: Date;
	/** Its last change, of content or metadata (ctime), as Eleventy's `Last Modified` takes it. */
	readonly changed: Date;
	/** The author date of the commit that added it, or of its last commit; undefined without one (or without git). */
	readonly readGitDate: (which: "created" | "modified") => Date | undefined;
}

// Asked of each file that names a git date, as Eleventy asks (Util/DateGitFirstAdded.js, DateGitLastUpdated.js).
const GIT_ARGS = {
	created: ["log", "--diff-filter=A", "--follow", "-1", "--format=%at"],
	modified: ["log", "-1", "--format=%at"],
} as const;

/** The dates of an opened file, from its stats; git is asked only when a page names a git date. */
export function readFileDates(path: string, stats: Stats): FileDates {
	// new Date() truncates the fractional milliseconds, as Eleventy's does.
	const changed = new Date(stats.ctimeMs);
	return {
		created: stats.birthtimeMs === 0 ? changed : new Date(stats.birthtimeMs),
		changed,
		readGitDate: (which) => {
			const done = spawnSync("git", [...GIT_ARGS[which], "--", basename(path)], {
				cwd: dirname(path),
				encoding: "utf8",
				timeout: 30_000,
				stdio: ["ignore", "pipe", "ignore"],
			});
			const seconds = done.status === 0 ? Number.parseInt(done.stdout, 10) : Number.NaN;
			return Number.isNaN(seconds) ? undefined : new Date(seconds * 1000);
		},
	};
}
