#!/usr/bin/env node
// The compiled CLI lives in dist/, built by `npm install` (the "prepare" script) or `npm run build`.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
	process.stderr.write("wirefeed: dist/cli.js is missing; run `npm install` (or `npm run build`) first\n");
	process.exit(2);
}
const { main } = await import(cli.href);
await main(process.argv);
