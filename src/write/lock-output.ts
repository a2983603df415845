import { lstat, mkdir, unlink } from "node:fs/promises";
import { join } from "node:path";
import lockfile from "proper-lockfile";

/** Name of the lock inside the output folder; it never leaves the folder. */
export const LOCK_NAME = ".wirefeed.lock";

/** Thrown when another build holds the output folder's lock for longer than we wait. */
export class OutputLockedError extends Error {
	override readonly name = "OutputLockedError";
}

/**
 * Takes the output folder's lock so two builds never interleave their writes. A lock left by a killed build goes stale
 * after `staleMs` (its holder refreshes it while alive) and is then taken over; anything at the lock's path that is not
 * a lock (a file, a link: the lock is a folder) is removed first and reported (`onNotALock`). Returns the release
 * function, which never throws: a lock lost while held (removed, or not refreshed in time) is reported (`onLost`).
 */
export async function lockOutput(
	outDir: string,
	options: {
		readonly waitMs?: number;
		readonly staleMs?: number;
		/** Called once if the lock is held by another build and this one starts waiting. */
		readonly onWait?: () => void;
		/** Called when something other than a lock was at the lock's path, and was removed. */
		readonly onNotALock?: () => void;
		/** Called when the lock was lost while held: another build may have taken it over. */
		readonly onLost?: (error: Error) => void;
	} = {},
): Promise<() => Promise<void>> {
	await mkdir(outDir, { recursive: true });
	const lockPath = join(outDir, LOCK_NAME);
	if (await removeNonLock(lockPath)) options.onNotALock?.();
	const waitMs = options.waitMs ?? 10_000;
	const deadline = Date.now() + waitMs;
	let isWaiting = false;
	let isLost = false;
	// proper-lockfile's default throws from a timer, which ends the process with a stack trace, maybe mid-write. Each
	// file is still written whole (temp file, then rename): the holder finishes and says so.
	const onCompromised = (error: Error) => {
		if (!isLost) options.onLost?.(error);
		isLost = true;
	};
	// Only a held lock is worth waiting for: proper-lockfile's own retries would also retry EROFS or ENOSPC for
	// `waitMs` before reporting them.
	for (;;) {
		try {
			const release = await lockfile.lock(outDir, {
				lockfilePath: lockPath,
				stale: options.staleMs ?? 10_000,
				realpath: false,
				onCompromised,
			});
			return async () => {
				try {
					await release();
				} catch (error) {
					onCompromised(error instanceof Error ? error : new Error(String(error)));
				}
			};
		} catch (error) {
			const code = error instanceof Error && "code" in error ? error.code : undefined;
			// The folder was removed while this build waited (`rm -rf out`): it is this build's to make, as above.
			if (code === "ENOENT" && Date.now() < deadline) {
				await mkdir(outDir, { recursive: true });
				continue;
			}
			if (code !== "ELOCKED") throw error;
			if (Date.now() >= deadline) {
				throw new OutputLockedError(
					`another wirefeed build is writing ${outDir} (lock ${lockPath}); waited ${Math.round(waitMs / 1000)} s — try again when it ends`,
				);
			}
			if (!isWaiting) options.onWait?.();
			isWaiting = true;
			await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
		}
	}
}

/**
 * Removes what is at the lock's path when it is not a folder, and says whether it did. A build's lock is a folder
 * (mkdir is what makes taking it atomic), so a file or a link there was made by something else, and no build would
 * ever release it: every build would wait for it and give up. A link is removed, never what it points to.
 */
async function removeNonLock(lockPath: string): Promise<boolean> {
	const found = await lstat(lockPath).catch(() => undefined);
	if (found === undefined || found.isDirectory()) return false;
	try {
		await unlink(lockPath);
	} catch (error) {
		const code = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
		// Another build removed it first.
		if (code === "ENOENT") return true;
		throw Object.assign(
			new Error(`${lockPath} is not a wirefeed lock (a lock is a folder) and cannot be removed (${code}); remove it`),
			{ code, path: lockPath },
		);
	}
	return true;
}

const RETRY_MS = 250;
