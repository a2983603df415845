import { dirname, posix } from "node:path";
import { type LiteralObject, type LiteralValue, readConstLiterals, readObjectLiteral } from "./read-js-literals.js";

// Where an import of the site's own files may point: `./src/config`, `../config.js`, and the `@/` or `~/` alias of
// `src/` that Astro themes set in tsconfig.json.
const EXTENSIONS = ["", ".ts", ".mts", ".js", ".mjs", "/index.ts", "/index.js"];
const IMPORT_RE = /^\s*import\s+(?:([A-Za-z_$][\w$]*)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*["']([^"']+)["']/gm;

/**
 * The constants a module of the site can see, read as data (nothing is run): its own `const NAME = literal`
 * declarations, and the names it imports from the site's own files (`import { SITE } from "./src/config"`, a default
 * export object). `readFile` gives a file's text by its path from the site's root (and records it), undefined when
 * there is none. Packages and anything that is not a literal are left out.
 */
export function readModuleScope(
	source: string,
	file: string,
	readFile: (path: string) => string | undefined,
): LiteralObject {
	const scope: Record<string, LiteralValue> = {};
	for (const [, defaultName, names, specifier] of source.matchAll(IMPORT_RE)) {
		const found = findModule(specifier ?? "", file, readFile);
		if (found === undefined) continue;
		const constants = readConstLiterals(found);
		if (defaultName !== undefined) {
			const value = readObjectLiteral(found, /export\s+default/) ?? constants[defaultExportName(found) ?? ""];
			if (value !== undefined) scope[defaultName] = value;
		}
		for (const entry of (names ?? "").split(",")) {
			const [imported, local = imported] = entry
				.replace(/^\s*type\s+/, "")
				.split(/\s+as\s+/)
				.map((name) => name.trim());
			const value = imported === undefined ? undefined : constants[imported];
			if (local !== undefined && local !== "" && value !== undefined) scope[local] = value;
		}
	}
	return { ...scope, ...readConstLiterals(source) };
}

function findModule(
	specifier: string,
	file: string,
	readFile: (path: string) => string | undefined,
): string | undefined {
	let path: string;
	if (specifier.startsWith("./") || specifier.startsWith("../"))
		path = posix.join(dirname(file).replaceAll("\\", "/"), specifier);
	else if (specifier.startsWith("@/") || specifier.startsWith("~/")) path = `src/${specifier.slice(2)}`;
	else return undefined;
	// TypeScript lets `./config.js` name `config.ts`.
	const stems = /\.[cm]?js$/.test(path) ? [path, path.replace(/\.([cm]?)js$/, ".$1ts")] : [path];
	for (const stem of stems)
		for (const extension of EXTENSIONS) {
			const text = readFile(stem + extension);
			if (text !== undefined) return text;
		}
	return undefined;
}

// `export default config;` names a constant declared in the file.
function defaultExportName(source: string): string | undefined {
	return /^\s*export\s+default\s+([A-Za-z_$][\w$]*)\s*;?\s*$/m.exec(source)?.[1];
}
