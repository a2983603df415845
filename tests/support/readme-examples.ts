import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's README. */
export const README = fileURLToPath(new URL("../../README.md", import.meta.url));

/**
 * The code block that follows `<!-- readme-example:NAME … -->` in the README: the examples users copy, so tests can
 * build, validate or compile exactly what the README shows.
 */
export function readReadmeExample(name: string): string {
	const text = readFileSync(README, "utf8");
	const marker = new RegExp(`<!-- readme-example:${name}[ -]`).exec(text);
	if (marker === null) throw new Error(`README.md has no <!-- readme-example:${name} --> marker`);
	const block = /```[a-z]*\n([\s\S]*?)\n```/.exec(text.slice(marker.index));
	if (block?.[1] === undefined) throw new Error(`README.md has no code block after readme-example:${name}`);
	return block[1];
}

/** Every example whose name starts with `prefix`, by name (`api-build`, `api-config`, …). */
export function readReadmeExamples(prefix: string): Map<string, string> {
	const text = readFileSync(README, "utf8");
	const names = [...text.matchAll(new RegExp(`<!-- readme-example:(${prefix}[\\w-]*)[ -]`, "g"))].map(
		(m) => m[1] ?? "",
	);
	return new Map(names.map((name) => [name, readReadmeExample(name)]));
}
