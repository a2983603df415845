import { mkdir } from "node:fs/promises";
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
 * after `staleMs` (its holder refreshes it while alive) and is then taken over. Returns the release function.
 */
export async function lockOutput(
	outDir: string,
	options: {
		readonly waitMs?: number;
		readonly staleMs?: number;
		/** Called once if the lock is held by another build and this one starts waiting. */
		readonly onWait?: () => void;
	} = {},
): Promise<() => Promise<void>> {
	await mkdir(outDir, { recursive: true });
	const waitMs = options.waitMs ?? 10_000;
	const deadline = Date.now() + waitMs;
	let isWaiting = false;
	// Only a held lock is worth waiting for: proper-lockfile's own retries would also retry EROFS or ENOSPC for
	// `waitMs` before reporting them.
	for (;;) {
		try {
			return await lockfile.lock(outDir, {
				lockfilePath: join(outDir, LOCK_NAME),
				stale: options.staleMs ?? 10_000,
				realpath: false,
			});
		} catch (error) {
			if (!(error instanceof Error && "code" in error && error.code === "ELOCKED")) throw error;
			if (Date.now() >= deadline) {
				throw new OutputLockedError(
					`another wirefeed build is writing ${outDir} (lock ${join(outDir, LOCK_NAME)}); waited ${Math.round(waitMs / 1000)} s — try again when it ends`,
				);
			}
			if (!isWaiting) options.onWait?.();
			isWaiting = true;
			await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
		}
	}
}

const RETRY_MS = 250;
