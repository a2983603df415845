// Cleaning quality beside Mozilla Readability on ../shared/corpus (issue #12). See bench/cleaning/compare.ts.
// npm run bench:cleaning [-- --detail]
//
// The comparison is TypeScript that imports the corpus measure of tests/corpus/; esbuild (a devDependency) bundles it
// into a temporary file, which runs here.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "wirefeed-bench-cleaning-"));
const outfile = join(dir, "compare.mjs");
try {
	await build({
		absWorkingDir: root,
		entryPoints: ["bench/cleaning/compare.ts"],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		outfile,
		logLevel: "warning",
		banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
	});
	await import(pathToFileURL(outfile).href);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
