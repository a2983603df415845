import { resolve } from "node:path";
import { watch } from "chokidar";

/** Options of `watchBuild`. */
export interface WatchOptions {
	/** Folders and files whose changes trigger a rebuild (articles folder, config file). */
	readonly paths: readonly string[];
	/** Quiet period after the last change before rebuilding, in ms (default: 150). */
	readonly debounceMs?: number;
	/** Runs one build; errors it throws are passed to `onError` and watching goes on. */
	readonly rebuild: () => Promise<void>;
	readonly onError: (error: unknown) => void;
	/** Folders to ignore (the output folder, when it sits inside a watched one). */
	readonly ignored?: readonly string[];
}

/**
 * Runs a build, then runs it again after every burst of changes (debounced; never two at once). Resolves to a
 * function that stops watching.
 */
export async function watchBuild(options: WatchOptions): Promise<() => Promise<void>> {
	const debounceMs = options.debounceMs ?? 150;
	const ignored = (options.ignored ?? []).map((path) => resolve(path));
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<void> | undefined;
	let pending = false;

	const run = async (): Promise<void> => {
		if (running !== undefined) {
			pending = true;
			return;
		}
		running = options.rebuild().catch(options.onError);
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
		await watcher.close();
		await running;
	};
}
