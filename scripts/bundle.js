// Bundles wirefeed into dist/ (run by `npm run build`, `npm install` in a clone, and `npm pack`/`npm publish`):
//   dist/index.js               the library, one ESM file
//   dist/index.d.ts             its types, one file that imports nothing (scripts/bundle-types.js)
//   dist/wirefeed.cjs           the CLI, one CommonJS file, loaded by bin/wirefeed.js through V8's code cache
//   dist/replay.cjs             the CLI's no-change check, small, loaded first (src/replay-cli.ts)
//   dist/THIRD-PARTY-LICENSES   the licence of every package the two bundles contain
// then runs one build of the sample articles, so the code cache covers the whole pipeline from the first real run.
// Every dependency is bundled, so an installed wirefeed has no dependencies of its own.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { BUILD_ID_PREFIX, codeCacheDir } from "../bin/code-cache.js";
import { bundleTypes } from "./bundle-types.js";
import { formatThirdPartyLicenses } from "./third-party-licenses.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const common = {
	absWorkingDir: root,
	bundle: true,
	platform: "node",
	target: "node20",
	logLevel: "warning",
	metafile: true,
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
const REPLAY_MAX_BYTES = 150_000;
const [library, cli, replay] = await Promise.all([
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
	build({ ...common, entryPoints: ["src/replay-cli.ts"], outfile: "dist/replay.cjs", format: "cjs" }),
]);

// The no-change check is loaded on every run before the CLI: it must stay small (it opens a build and replays the
// stamp; a parser or the pipeline reaching it would undo the point of bundling it apart).
const replaySize = statSync(join(root, "dist", "replay.cjs")).size;
if (replaySize > REPLAY_MAX_BYTES) {
	console.error(
		`bundle: dist/replay.cjs is ${replaySize} bytes, over ${REPLAY_MAX_BYTES}; keep replay-cli.ts's imports small`,
	);
	process.exit(1);
}

// bin/wirefeed.js runs the CLI bundle as a vm.Script, where a real import() has no loader: everything must be bundled
// or required.
const cliPath = join(root, "dist", "wirefeed.cjs");
const cliSource = readFileSync(cliPath, "utf8");
if (/\bimport\(/.test(cliSource)) {
	console.error("bundle: dist/wirefeed.cjs contains an import() left unbundled; use a static import instead");
	process.exit(1);
}
// The code cache is keyed by this id: V8 checks only the source's length, and npm gives every installed file the same
// mtime, so two builds of equal size must never share a cache (bin/code-cache.js).
const buildId = createHash("sha256").update(cliSource).digest("hex").slice(0, 20);
writeFileSync(cliPath, `${cliSource}${BUILD_ID_PREFIX}${buildId}\n`);

const inputs = [library, cli, replay].flatMap((bundle) => Object.keys(bundle.metafile.inputs));
writeFileSync(join(root, "dist", "THIRD-PARTY-LICENSES"), formatThirdPartyLicenses(root, inputs));
await bundleTypes(root);

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
