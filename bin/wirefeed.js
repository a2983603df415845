#!/usr/bin/env node
// The CLI is one CommonJS bundle, dist/wirefeed.cjs: shipped in the package, and built in a clone by `npm install`
// (the "prepare" script) or `npm run build`. It is compiled through V8's code cache (see code-cache.js): a run that finds none, or finds it
// rejected (another Node, other flags), writes a fresh one once it has built feeds, so the cache covers the pipeline.

import { existsSync, readFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { codeCachePath, readCodeCache, writeCodeCache } from "./code-cache.js";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bundle = join(root, "dist", "wirefeed.cjs");
if (!existsSync(bundle)) {
	process.stderr.write(
		"wirefeed: dist/wirefeed.cjs is missing; in a clone of wirefeed, run `npm install` or `npm run build`\n",
	);
	process.exit(2);
}
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
await cli.exports.main(process.argv);
