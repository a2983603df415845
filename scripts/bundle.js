// Bundles wirefeed into dist/ (run by `npm run build` and `npm install`):
//   dist/index.js         the library, one ESM file
//   dist/wirefeed.cjs     the CLI, one CommonJS file, loaded by bin/wirefeed.js through V8's code cache
// then runs one build of the sample articles, so the code cache covers the whole pipeline from the first real run.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { codeCacheDir } from "../bin/code-cache.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const common = {
	absWorkingDir: root,
	bundle: true,
	platform: "node",
	target: "node20",
	logLevel: "warning",
	// Whitespace and syntax only: identifiers stay, so messages and profiles still read.
	minifyWhitespace: true,
	minifySyntax: true,
	plugins: [withoutGrayMatterYaml()],
};

// gray-matter loads its own js-yaml 3 (and, through it, esprima) for a default YAML engine that wirefeed never uses:
// src/front-matter passes its own engines for every language. Loading them cost ~15 ms of every build that parses.
function withoutGrayMatterYaml() {
	return {
		name: "without-gray-matter-yaml",
		setup(build) {
			build.onResolve({ filter: /^js-yaml$/ }, (args) =>
				args.importer.includes(`${sep}gray-matter${sep}`)
					? { path: join(root, "scripts", "no-yaml-engine.cjs") }
					: undefined,
			);
		},
	};
}

rmSync(join(root, "dist"), { recursive: true, force: true });
await Promise.all([
	build({
		...common,
		entryPoints: ["src/index.ts"],
		outfile: "dist/index.js",
		format: "esm",
		// Bundled CommonJS dependencies call require(); ESM output has none of its own.
		banner: {
			js: "import { createRequire as __wirefeedRequire } from 'node:module'; const require = __wirefeedRequire(import.meta.url);",
		},
	}),
	build({ ...common, entryPoints: ["src/cli.ts"], outfile: "dist/wirefeed.cjs", format: "cjs" }),
]);

// bin/wirefeed.js runs the CLI bundle as a vm.Script, where a real import() has no loader: everything must be bundled
// or required.
if (/\bimport\(/.test(readFileSync(join(root, "dist", "wirefeed.cjs"), "utf8"))) {
	console.error("bundle: dist/wirefeed.cjs contains an import() left unbundled; use a static import instead");
	process.exit(1);
}

// Warm the code cache: a fresh one is written by the first run that builds feeds.
rmSync(codeCacheDir(root), { recursive: true, force: true });
const out = mkdtempSync(join(tmpdir(), "wirefeed-warm-"));
try {
	const args = [
		"build",
		"--articles",
		"articles",
		"--out",
		out,
		"--no-cache",
		"--quiet",
		"--now",
		"2026-01-01T00:00:00Z",
	];
	spawnSync(process.execPath, [join(root, "bin/wirefeed.js"), ...args], { cwd: root, stdio: "ignore" });
} finally {
	rmSync(out, { recursive: true, force: true });
}
