import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CLI, createPrng, FEED_NAMES, OUT_NAMES, runCli, SITE, useTempDirs } from "./support.js";

const tempDir = useTempDirs();
const WORDS = [
	"harbour",
	"ferry",
	"council",
	"budget",
	"river",
	"bridge",
	"school",
	"museum",
	"tram",
	"winter",
	"market",
	"station",
];

/** Writes `count` articles whose text depends on `version`, so version A and version B give different feeds. */
async function writeArticles(dir: string, version: "A" | "B", count: number): Promise<void> {
	const random = createPrng(42);
	await mkdir(dir, { recursive: true });
	for (let i = 0; i < count; i++) {
		const paragraphs = Array.from({ length: 20 }, () =>
			Array.from({ length: 40 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" "),
		);
		const day = String((i % 28) + 1).padStart(2, "0");
		await writeFile(
			join(dir, `2021-04-${day}-story-${i}.md`),
			`---\ntitle: Story ${i}, version ${version}\ndate: 2021-04-${day} ${String(i % 24).padStart(2, "0")}:00\n---\n\n${paragraphs.join(`\n\nVersion ${version}. `)}\n`,
		);
	}
}

/**
 * Spawns a build and kills it with SIGKILL `delayMs` after it starts or, with `afterFirstTemp`, `delayMs` after its first
 * temp file appears in `outDir` (that is, while it writes). Resolves with its exit code, null when it was killed.
 */
function buildAndKill(
	args: readonly string[],
	options: {
		readonly cwd: string;
		readonly outDir: string;
		readonly delayMs: number;
		readonly afterFirstTemp: boolean;
	},
): Promise<number | null> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CLI, ...args], {
			cwd: options.cwd,
			stdio: "ignore",
		});
		const kill = () => setTimeout(() => child.kill("SIGKILL"), options.delayMs);
		let timer: NodeJS.Timeout | undefined;
		const watcher = options.afterFirstTemp
			? watch(options.outDir, (_event, name) => {
					if (timer === undefined && name?.endsWith(".tmp")) timer = kill();
				})
			: undefined;
		if (!options.afterFirstTemp) timer = kill();
		const safety = setTimeout(() => child.kill("SIGKILL"), 30_000);
		child.on("error", reject);
		child.on("exit", (code) => {
			watcher?.close();
			clearTimeout(timer);
			clearTimeout(safety);
			resolve(code);
		});
	});
}

describe("a build killed at any moment", () => {
	test("leaves every feed in out/ either the old complete version or the new one (25 SIGKILLs at seeded random points)", {
		timeout: 60_000,
	}, async () => {
		const tmp = await tempDir();
		await writeArticles(join(tmp, "a"), "A", 12);
		await writeArticles(join(tmp, "b"), "B", 12);
		await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
		const now = ["--now", "2026-01-01T00:00:00Z", "--config", "site.json", "--no-cache"];
		for (const version of ["a", "b"]) {
			const run = await runCli(["build", "--articles", version, "--out", `ref-${version}`, ...now], { cwd: tmp });
			expect(run.code, run.stderr).toBe(0);
		}
		const reference = async (version: string) =>
			Object.fromEntries(
				await Promise.all(FEED_NAMES.map(async (name) => [name, await readFile(join(tmp, `ref-${version}`, name))])),
			);
		const [a, b] = [await reference("a"), await reference("b")];
		for (const name of FEED_NAMES) expect(a[name].equals(b[name])).toBe(false);

		const random = createPrng(20260101);
		const out = join(tmp, "out");
		const seen = { killed: 0, killedWhileWriting: 0, finished: 0, mixed: 0 };
		for (let iteration = 0; iteration < 25; iteration++) {
			await rm(out, { recursive: true, force: true });
			await mkdir(out);
			for (const name of FEED_NAMES) await copyFile(join(tmp, "ref-a", name), join(out, name));
			// Odd runs: any moment from the start (0–600 ms). Even runs: 0–30 ms into writing, where a torn file could appear.
			const afterFirstTemp = iteration % 2 === 0;
			const delay = Math.floor(random() * (afterFirstTemp ? 30 : 600));
			const code = await buildAndKill(["build", "--articles", "b", "--out", "out", ...now], {
				cwd: tmp,
				outDir: out,
				delayMs: delay,
				afterFirstTemp,
			});
			if (code === null) seen.killed++;
			else seen.finished++;
			if (code === null && afterFirstTemp) seen.killedWhileWriting++;
			const versions = [];
			for (const name of FEED_NAMES) {
				const bytes = await readFile(join(out, name));
				const version = bytes.equals(a[name]) ? "A" : bytes.equals(b[name]) ? "B" : "torn";
				expect(version, `${name} after a kill at ${delay} ms`).not.toBe("torn");
				versions.push(version);
			}
			if (new Set(versions).size > 1) seen.mixed++;
			if (code !== null) expect(versions).toEqual(["B", "B", "B"]);
		}
		expect(seen.killed).toBeGreaterThan(0);
		expect(seen.killedWhileWriting).toBeGreaterThan(0);

		// The next build recovers: the killed build's lock (made stale here rather than waited for) and temp files go.
		await writeFile(join(out, ".rss.xml.0123456789ab.tmp"), "half a feed");
		await mkdir(join(out, ".wirefeed.lock"), { recursive: true });
		const old = new Date(Date.now() - 60_000);
		await utimes(join(out, ".wirefeed.lock"), old, old);
		const recovered = await runCli(["build", "--articles", "b", "--out", "out", ...now], { cwd: tmp });
		expect(recovered.code, recovered.stderr).toBe(0);
		expect((await readdir(out)).sort()).toEqual([...OUT_NAMES]);
		for (const name of FEED_NAMES) expect((await readFile(join(out, name))).equals(b[name])).toBe(true);
	});
});
