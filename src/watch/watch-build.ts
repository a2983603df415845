import { resolve } from "node:path";
import { watch } from "chokidar";

/** Options of `watchBuild`. */
export interface WatchOptions {
	/** Folders and files whose changes trigger a rebuild (articles folder, config file). */
	readonly paths: readonly string[];
	/** Quiet period after the last change before rebuilding, in ms (default: 150). */
	readonly debounceMs?: number;
	/**
	 * Runs one build; errors it throws are passed to `onError` and watching goes on. Resolves to the time the build's
	 * result stops being true by the clock alone (the next scheduled article, the next expiry), if any.
	 */
	readonly rebuild: () => Promise<Date | undefined>;
	readonly onError: (error: unknown) => void;
	/** Folders to ignore (the output folder, when it sits inside a watched one). */
	readonly ignored?: readonly string[];
}

/**
 * Runs a build, then runs it again after every burst of changes (debounced; never two at once) and when the clock
 * reaches the time the last build named (a scheduled article's date). Resolves to a function that stops watching.
 */
export async function watchBuild(options: WatchOptions): Promise<() => Promise<void>> {
	const debounceMs = options.debounceMs ?? 150;
	const ignored = (options.ignored ?? []).map((path) => resolve(path));
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<void> | undefined;
	let pending = false;
	const clock = scheduleWake(() => void run());

	const run = async (): Promise<void> => {
		if (running !== undefined) {
			pending = true;
			return;
		}
		running = options.rebuild().then(clock.wakeAt, (error: unknown) => {
			clock.wakeAt(undefined);
			options.onError(error);
		});
		await running;
		running = undefined;
		if (pending) {
			pending = false;
			await run();
		}
	};
	// Watching starts before the first build: a change made while it runs (or while the watcher was still scanning,
	// when chokidar would count the file as already there) is then seen and triggers the next build.
	const watcher = watch([...options.paths], {
		ignoreInitial: true,
		ignored: (path: string) => ignored.some((dir) => path === dir || path.startsWith(`${dir}/`)),
		// Editors write in several steps; wait until a file stops changing before reading it.
		awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 20 },
	});
	watcher.on("all", () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), debounceMs);
	});
	await new Promise<void>((ready) => watcher.once("ready", () => ready()));
	await run();
	return async () => {
		clearTimeout(timer);
		clock.stop();
		await watcher.close();
		await running;
	};
}

// setTimeout holds at most 2^31 - 1 ms (about 24.8 days); a later date is reached in several waits.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
// A timer may fire a millisecond before Date.now() reaches its time; waking a little late makes the build see it.
const LATE_MS = 20;

/** One timer for "build again at this time", re-armed by each build: an article dated 10:00 is out at 10:00. */
function scheduleWake(wake: () => void): { wakeAt: (at: Date | undefined) => void; stop: () => void } {
	let timer: NodeJS.Timeout | undefined;
	const wakeAt = (at: Date | undefined): void => {
		clearTimeout(timer);
		timer = undefined;
		if (at === undefined) return;
		// A date already past (a clock set back) must not spin: look again in a second.
		const delay = at.getTime() <= Date.now() ? 1000 : at.getTime() - Date.now() + LATE_MS;
		if (delay > MAX_TIMEOUT_MS) timer = setTimeout(() => wakeAt(at), MAX_TIMEOUT_MS);
		else timer = setTimeout(wake, delay);
	};
	return { wakeAt, stop: () => clearTimeout(timer) };
}
