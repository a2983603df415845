import { closeSync, constants, fstatSync, openSync, readlinkSync, realpathSync, type Stats, statSync } from "node:fs";
import { sep } from "node:path";

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
	const throughFolder = openInCheckedFolder(path, root);
	const fd = throughFolder ?? openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	let refusal: OpenRefusal | undefined;
	let stats: Stats;
	try {
		stats = fstatSync(fd);
		if (!stats.isFile()) refusal = "not-a-file";
		else if (throughFolder === undefined && !(realPathOfOpen(fd, path, stats) ?? "").startsWith(root))
			refusal = "outside";
	} catch (error) {
		closeSync(fd);
		throw error;
	}
	if (refusal === undefined) return { fd, stats };
	closeSync(fd);
	return { refusal };
}

/**
 * The folder a run of files is opened from (a scan opens every file of a folder one after the other): open once, its
 * real path checked once, and each of its files opened through it, by name, without following a link (O_NOFOLLOW,
 * and /proc/self/fd/N/name resolves inside the very folder open as N, whatever its path is now). What is opened so is
 * a regular entry of a folder that was inside the articles folder: the per-file check of its real path (a readlink,
 * ~50 ms of CPU in a cold 10k build, docs/performance.md) is not needed. Held only while the code that opened it runs: it is closed as soon as
 * that returns to the event loop, so a later build never reads through a folder renamed since.
 */
const checkedFolder = {
	/** The folder's path with its separator, and its descriptor; -1 while it is only the last folder seen. */
	dir: "",
	fd: -1,
};
// What /proc/self/fd/N/name means is Linux's.
const canOpenThroughFolders = process.platform === "linux";

// Undefined when the file is to be opened by its path: the first file of a folder (most page bundles hold one),
// without /proc, or when the open through the folder fails (a link, a vanished file: the path says what it is now).
function openInCheckedFolder(path: string, root: string): number | undefined {
	if (!canOpenThroughFolders || hasFdPaths === false) return undefined;
	const slash = path.lastIndexOf(sep);
	const dir = path.slice(0, slash + 1);
	if (dir !== checkedFolder.dir) {
		releaseFolder();
		checkedFolder.dir = dir;
		return undefined;
	}
	if (checkedFolder.fd === -1 && !openFolder(dir, root)) return undefined;
	try {
		return openSync(
			`${FD_PATHS}${checkedFolder.fd}/${path.slice(slash + 1)}`,
			constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW,
		);
	} catch {
		return undefined;
	}
}

function openFolder(dir: string, root: string): boolean {
	let fd: number;
	try {
		fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
	} catch {
		return false;
	}
	let real: string;
	try {
		real = readlinkSync(`${FD_PATHS}${fd}`);
		hasFdPaths = true;
	} catch {
		closeSync(fd);
		hasFdPaths ??= false;
		return false;
	}
	if (!`${real}${sep}`.startsWith(root)) {
		closeSync(fd);
		return false;
	}
	checkedFolder.fd = fd;
	queueMicrotask(releaseFolder);
	return true;
}

function releaseFolder(): void {
	if (checkedFolder.fd !== -1) closeSync(checkedFolder.fd);
	checkedFolder.dir = "";
	checkedFolder.fd = -1;
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
