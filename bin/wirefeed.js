#!/usr/bin/env node
// The CLI is one CommonJS bundle, dist/wirefeed.cjs: shipped in the package, and built in a clone by `npm run build`
// (which `npm start` and `npm test` run first). It is compiled through V8's code cache (see code-cache.js): a run that
// finds none, or finds it rejected (another Node, other flags), writes a fresh one once it has built feeds, so the
// cache covers the pipeline.

import { existsSync, readFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { codeCachePath, readCodeCache, writeCodeCache } from "./code-cache.js";

// A build is a short process: most of its functions run a few dozen times (50 items rendered), and V8's default
// interrupt budget sends them to the optimizing compiler after a few runs, on a background thread whose work a busy
// 2-core machine pays in wall time. A 15 times larger budget optimizes only what is really hot (the scan of every
// file): cold 10k -9 % CPU and -14 % wall, 1k -20 % CPU (docs/performance.md). Set before the bundle is compiled, so
// the code cache is made under the same flags and is not rejected. The library (dist/index.js) leaves its host's flags
// alone.
setFlagsFromString("--interrupt-budget=1000000");
// After a full collection V8 lets the heap grow to several times what is live before collecting again, which is what
// decides peak memory when 200k articles' facts are alive at once: 1.5 times took a 200k first build from 435 to
// 404 MiB when it was set (~0.3 s more CPU of 12; 429 MiB in issue #16's measurement of 2026-12-02, where 1.3 times
// gave no less, docs/performance.md), and changes nothing below ~50k, where no full collection happens.
setFlagsFromString("--heap-growing-percent=50");
// V8 compiles a regular expression at its first run, to bytecode, and again to machine code at its second. Cleaning
// holds some 300 patterns (curated wordings and rights notices in twenty languages, most of them case-insensitive,
// which V8 compiles letter by letter through ICU's case folding); most run a few times in a build and never match, so
// their second compile is waste. Machine code after 10 runs instead, and bytecode without its peephole pass:
// instructions under callgrind (docs/performance.md) one new article at 10k -5.7 %, cold builds -0.1 % (synthetic)
// and -1.5 % (WordPress exports). How a pattern is compiled never changes what it matches.
setFlagsFromString("--regexp-tier-up-ticks=10");
setFlagsFromString("--no-regexp-peephole-optimization");

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bundle = join(root, "dist", "wirefeed.cjs");
if (!existsSync(bundle)) {
	process.stderr.write("wirefeed: dist/wirefeed.cjs is missing; in a clone of wirefeed, run `npm run build`\n");
	process.exit(2);
}
// The no-change check first (a small bundle of its own): a scheduled build with nothing to do ends there, without
// loading the CLI. Otherwise it hands on the build it opened.
const replayBundle = join(root, "dist", "replay.cjs");
const quick = existsSync(replayBundle) ? await createRequire(replayBundle)(replayBundle).replayBuild(process.argv) : {};
if ("exitCode" in quick) process.exitCode = quick.exitCode;
else await runCli(quick.opened);

async function runCli(opened) {
	const source = readFileSync(bundle, "utf8");
	const cacheFile = codeCachePath(root, source);
	const cachedData = readCodeCache(cacheFile);
	const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
	const cli = { exports: {} };
	script.runInThisContext().call(cli.exports, cli.exports, createRequire(bundle), cli, bundle, dirname(bundle));
	if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
		// After the run, so the functions it compiled are in the cache; only when feeds were written (exit 0 or 1).
		process.once("exit", (code) => {
			if (code === 0 || code === 1) writeCodeCache(cacheFile, script.createCachedData());
		});
	}
	await cli.exports.main(process.argv, opened);
}
