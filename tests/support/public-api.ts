import { join } from "node:path";
import ts from "typescript";
import { REPO_ROOT } from "./build-feeds.js";

/** What src/index.ts exports, types included, as TypeScript sees it (the same names dist/index.d.ts ships). */
export interface PublicApi {
	/** Every exported name, values and types, sorted. */
	readonly names: readonly string[];
	/** The property names of an exported interface or type. */
	membersOf(name: string): string[];
}

/** Compiles src/index.ts (a few seconds) and lists its exports. */
export function readPublicApi(): PublicApi {
	const entry = join(REPO_ROOT, "src", "index.ts");
	const program = ts.createProgram([entry], {
		module: ts.ModuleKind.NodeNext,
		moduleResolution: ts.ModuleResolutionKind.NodeNext,
		resolveJsonModule: true,
		noEmit: true,
	});
	const checker = program.getTypeChecker();
	const source = program.getSourceFile(entry);
	const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
	const exports = module === undefined ? [] : checker.getExportsOfModule(module);
	return {
		names: exports.map((symbol) => symbol.name).sort(),
		membersOf(name) {
			const symbol = exports.find((e) => e.name === name);
			if (symbol === undefined) return [];
			const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(symbol));
			return type.getProperties().map((property) => property.name);
		},
	};
}
