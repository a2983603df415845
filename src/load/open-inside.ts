import { closeSync, constants, fstatSync, openSync, readlinkSync, realpathSync, type Stats, statSync } from "node:fs";

/** Why an article file was not opened although it exists. */
export type OpenRefusal = "outside" | "not-a-file";

// Linux names every open file's real path here; elsewhere the path is resolved and checked to be the opened file.
const FD_PATHS = "/proc/self/fd/";
let hasFdPaths: boolean | undefined;

/**
 * Opens an article file for reading, but only when what was opened is a regular file inside the articles folder
 * (`root`, real, ending in the separator). The path was checked when the folder was listed, yet a symbolic link, or a
 * folder on the way, can be swapped between then and now (a link flipped every 2 ms to /etc/passwd was published
 * in 13 of 40 builds): the check is made again on the open file, by its real path. O_NONBLOCK keeps a FIFO swapped
 * in from blocking the build. Returns the descriptor with the open file's stats (its size, mtime and identity, before
 * any byte is read), or why it was refused; throws what `open` throws (ENOENT…).
 */
export function openInside(
	path: string,
	root: string,
): { readonly fd: number; readonly stats: Stats } | { readonly refusal: OpenRefusal } {
	const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	let refusal: OpenRefusal | undefined;
	let stats: Stats;
	try {
		stats = fstatSync(fd);
		if (!stats.isFile()) refusal = "not-a-file";
		else if (!(realPathOfOpen(fd, path, stats) ?? "").startsWith(root)) refusal = "outside";
	} catch (error) {
		closeSync(fd);
		throw error;
	}
	if (refusal === undefined) return { fd, stats };
	closeSync(fd);
	return { refusal };
}

// The real path of the file open as `fd`, or undefined when it cannot be told (or is no longer at `path`).
function realPathOfOpen(fd: number, path: string, stats: Stats): string | undefined {
	if (hasFdPaths !== false) {
		try {
			const real = readlinkSync(`${FD_PATHS}${fd}`);
			hasFdPaths = true;
			return real;
		} catch {
			if (hasFdPaths === true) return undefined;
			hasFdPaths = false;
		}
	}
	// Without /proc: the path's real path counts only if it is the very file that was opened (same device and inode).
	try {
		const real = realpathSync(path);
		const now = statSync(real);
		return now.dev === stats.dev && now.ino === stats.ino ? real : undefined;
	} catch {
		return undefined;
	}
}
