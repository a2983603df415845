import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCommand } from "./run-command.js";

/** The repository root, where the CLI runs and finds the `"wirefeed"` config in package.json. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The fixed clock of every end-to-end build: nothing depends on the day the tests run. */
export const NOW = "2026-01-01T00:00:00Z";

/** A CLI build in a temporary folder and the three documents it wrote. */
export interface FeedBuild {
	readonly outDir: string;
	readonly exitCode: number | null;
	readonly stderr: string;
	readonly rss: string;
	readonly atom: string;
	readonly json: string;
	/** Removes the temporary folder. */
	readonly cleanup: () => Promise<void>;
}

/** Runs `node bin/wirefeed.js build` on `articlesDir` (relative to the repository root) into a new temporary folder. */
export async function buildFeeds(articlesDir: string): Promise<FeedBuild> {
	const articlesPath = resolve(REPO_ROOT, articlesDir);
	if (!existsSync(articlesPath)) {
		throw new Error(`articles folder ${articlesPath} does not exist`);
	}
	const outDir = await mkdtemp(join(tmpdir(), "wirefeed-readers-"));
	const cleanup = () => rm(outDir, { recursive: true, force: true });
	try {
		const result = await runCommand(
			process.execPath,
			["bin/wirefeed.js", "build", "--articles", articlesDir, "--out", outDir, "--now", NOW, "--quiet"],
			{ cwd: REPO_ROOT, timeout: 120_000 },
		);
		const read = async (name: string) => {
			const path = join(outDir, name);
			if (!existsSync(path)) {
				throw new Error(`wirefeed exited ${result.code} without writing ${name}:\n${result.stderr}`);
			}
			return readFile(path, "utf8");
		};
		return {
			outDir,
			exitCode: result.code,
			stderr: result.stderr,
			rss: await read("rss.xml"),
			atom: await read("atom.xml"),
			json: await read("feed.json"),
			cleanup,
		};
	} catch (error) {
		await cleanup();
		throw error;
	}
}
