import { readlinkSync, realpathSync, type Stats, statSync } from "node:fs";
import { sep } from "node:path";

/** Why a symbolic link of the articles folder is not followed: the rule to report and what to tell the user. */
export interface LinkRefusal {
	readonly rule: "load/symlink-outside" | "load/not-a-file" | "load/broken-symlink";
	readonly message: string;
}

const POINT_IT = "point the link at the article file";

/**
 * Follows a symbolic link of the articles folder (`realRoot`, real, without the separator), but only to a regular file
 * inside it: a link must never publish /etc/passwd, and links to folders could loop. Anything else is refused with
 * what the link leads to (a FIFO, a folder, nothing, a loop), so the message names the fix: "outside the folder" for a
 * link to a FIFO beside it sent the user looking for a path problem.
 */
export function followLink(path: string, realRoot: string): Stats | LinkRefusal {
	let target: string;
	let stats: Stats;
	try {
		target = realpathSync(path);
		if (!target.startsWith(realRoot + sep)) {
			return {
				rule: "load/symlink-outside",
				message: "symbolic link points outside the articles folder; not followed: copy the file into the folder",
			};
		}
		stats = statSync(target);
	} catch (error) {
		return brokenLink(path, error instanceof Error && "code" in error ? String(error.code) : "unknown error");
	}
	if (stats.isFile()) return stats;
	const inside = target
		.slice(realRoot.length + 1)
		.split(sep)
		.join("/");
	return {
		rule: "load/not-a-file",
		message: `symbolic link to ${describeKind(stats)} (${inside}), not a regular file; skipped: ${POINT_IT}, or replace the link with the file`,
	};
}

function brokenLink(path: string, code: string): LinkRefusal {
	switch (code) {
		case "ENOENT":
		case "ENOTDIR":
			return {
				rule: "load/broken-symlink",
				message: `symbolic link to ${readTarget(path)}, which does not exist; skipped: ${POINT_IT}, or remove it`,
			};
		case "ELOOP":
			return {
				rule: "load/broken-symlink",
				message: `symbolic links from here lead round in a loop (ELOOP); skipped: ${POINT_IT}, or remove it`,
			};
		default:
			return {
				rule: "load/broken-symlink",
				message: `symbolic link to ${readTarget(path)} cannot be followed (${code}); skipped: check the permissions of what it leads to`,
			};
	}
}

// What the link says, as written: a relative target is relative to the link's folder, as `ls -l` shows it.
function readTarget(path: string): string {
	try {
		return readlinkSync(path);
	} catch {
		return "a path that cannot be read";
	}
}

function describeKind(stats: Stats): string {
	if (stats.isDirectory()) return "a folder";
	if (stats.isFIFO()) return "a FIFO";
	if (stats.isSocket()) return "a socket";
	return "a device";
}
