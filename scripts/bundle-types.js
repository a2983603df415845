// Writes dist/index.d.ts: the library's public types in one file (dts-bundle-generator), so an installed wirefeed
// type-checks under any moduleResolution without its sources or its bundled dependencies. Generating it takes a full
// TypeScript compile, so the result is kept in node_modules/.cache/wirefeed-types under a digest of everything it is
// made from, and `npm test` rebuilds it only after a change to src/.

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Bundles src/index.ts's types into dist/index.d.ts, from the cache when nothing they are made from changed. */
export async function bundleTypes(root) {
	const cacheFile = join(root, "node_modules", ".cache", "wirefeed-types", `${digestInputs(root)}.d.ts`);
	let types;
	try {
		types = readFileSync(cacheFile, "utf8");
	} catch {
		types = await generateTypes(root);
		// One entry is enough: the types of an older src/ are not wanted again.
		rmSync(dirname(cacheFile), { recursive: true, force: true });
		mkdirSync(dirname(cacheFile), { recursive: true });
		writeFileSync(cacheFile, types);
	}
	writeFileSync(join(root, "dist", "index.d.ts"), types);
}

async function generateTypes(root) {
	const { default: generator } = await import("dts-bundle-generator");
	const [bundle] = generator.generateDtsBundle(
		[{ filePath: join(root, "src", "index.ts"), output: { noBanner: true, exportReferencedTypes: false } }],
		{ preferredConfigPath: join(root, "tsconfig.types.json") },
	);
	// A type imported from a bundled package would be missing for users: nothing it names is installed with wirefeed.
	const imports = bundle.match(/^\s*import\b.*$|^.*\bfrom\s+["'][^"']+["'].*$|\bimport\(["'][^"']+["']\)/gm);
	if (imports !== null) {
		throw new Error(`bundle: dist/index.d.ts must not import anything, but has:\n${imports.join("\n")}`);
	}
	return `// Types of wirefeed's library (import { build } from "wirefeed"), generated from src/ by scripts/bundle-types.js.\n\n${bundle}`;
}

// Everything the types are made from: the sources, the compiler's settings and version, and this script.
function digestInputs(root) {
	const hash = createHash("sha256");
	const files = [
		...readdirSync(join(root, "src"), { recursive: true })
			.filter((path) => path.endsWith(".ts"))
			.sort()
			.map((path) => join("src", path)),
		"tsconfig.json",
		"tsconfig.types.json",
		"scripts/bundle-types.js",
		"node_modules/typescript/package.json",
		"node_modules/dts-bundle-generator/package.json",
	];
	for (const file of files)
		hash
			.update(`${file}\0`)
			.update(readFileSync(join(root, file)))
			.update("\0");
	return hash.digest("hex").slice(0, 20);
}
