import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { ReplayAttempt } from "../src/replay-cli.js";
import { CLI } from "./hostile/support.js";
import { REPO_ROOT } from "./support/build-feeds.js";
import { runCommand } from "./support/run-command.js";

// The CLI's no-change check is a bundle of its own (dist/replay.cjs), loaded before the CLI. It must print exactly what
// the full CLI prints for the same run, and leave everything it cannot be sure of to the full CLI.

const SAMPLES = fileURLToPath(new URL("fixtures/site/articles/", import.meta.url));
const replay = createRequire(import.meta.url)(join(REPO_ROOT, "dist", "replay.cjs")) as {
	replayBuild(argv: readonly string[]): Promise<ReplayAttempt>;
};

let tmp: string;
beforeEach(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-replay-"));
	await cp(SAMPLES, join(tmp, "articles"), { recursive: true });
	await writeFile(
		join(tmp, "site.json"),
		JSON.stringify({ url: "https://news.example.org/", title: "Replay", limit: 5 }),
	);
});
afterEach(async () => {
	await rm(tmp, { recursive: true, force: true });
});

const flags = () => [
	"--articles",
	join(tmp, "articles"),
	"--out",
	join(tmp, "out"),
	`--config=${join(tmp, "site.json")}`,
	"--cache-dir",
	join(tmp, "cache"),
	"--now",
	"2026-01-01T00:00:00Z",
];
// The flags with one of them left out, for a case that gives it in another way (flags() names --articles, --out, --now).
const flagsWithout = (name: string) => {
	const all = flags();
	const index = all.indexOf(name);
	return index === -1 ? all : [...all.slice(0, index), ...all.slice(index + 2)];
};
const run = (args: readonly string[], cli = CLI) => runCommand(process.execPath, [cli, ...args], { cwd: tmp });

describe("the no-change check", () => {
	test("replays an unchanged build, printing what the full CLI prints", async () => {
		expect((await run(["build", ...flags()])).code).toBe(0);
		// The same package without the check's bundle: the full CLI replays the stamp itself.
		const pkg = join(tmp, "pkg");
		await cp(join(REPO_ROOT, "bin"), join(pkg, "bin"), { recursive: true });
		await cp(join(REPO_ROOT, "dist", "wirefeed.cjs"), join(pkg, "dist", "wirefeed.cjs"));
		for (const extra of [[], ["--json"], ["--verbose"], ["--quiet"], ["--strict", "--json"]]) {
			const quick = await run(["build", ...flags(), ...extra]);
			const full = await run(["build", ...flags(), ...extra], join(pkg, "bin", "wirefeed.js"));
			expect(quick.code).toBe(0);
			expect({ code: quick.code, stdout: quick.stdout, stderr: quick.stderr }).toEqual({
				code: full.code,
				stdout: full.stdout,
				stderr: full.stderr,
			});
		}
		expect((await run(["build", ...flags(), "--json"])).stdout).toContain('"changed": false');
	});

	test("answers for a plain build with nothing changed, and hands on a build that has changes", async () => {
		expect((await run(["build", ...flags()])).code).toBe(0);
		expect(await replay.replayBuild(["node", "wirefeed", ...flags(), "--quiet"])).toEqual({ exitCode: 0 });
		await writeFile(join(tmp, "articles", "2020-09-17-late.md"), "---\ntitle: Late\ndate: 2020-09-17\n---\nText.\n");
		const attempt = await replay.replayBuild(["node", "wirefeed", "build", ...flags(), "--quiet"]);
		expect("opened" in attempt && attempt.opened?.ok).toBe(true);
	});

	test.each([
		["another command", ["licenses"]],
		["--no-cache", ["--no-cache"]],
		["--explain", ["--explain", "articles/a.md"]],
		["--help", ["--help"]],
		["a flag without its value", ["--articles"]],
		["a value that looks like a flag", ["--out", "--json"]],
		["a repeated flag", ["--json", "--json"]],
		["a date that is not one", ["--now", "yesterday"]],
		["a lock timeout that is not a number of seconds", ["--lock-timeout", "soon"]],
		["a lock timeout over a day", ["--lock-timeout", "86401"]],
		["an unknown flag", ["--fast"]],
	])("leaves %s to the full CLI", async (_, extra) => {
		expect((await run(["build", ...flags()])).code).toBe(0);
		// The flag under test replaces the one flags() gives, so it is judged by itself, not refused as a repeat.
		const given = flagsWithout(extra[0] ?? "");
		expect(await replay.replayBuild(["node", "wirefeed", ...given, ...extra])).toEqual({});
	});
});
