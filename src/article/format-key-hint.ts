import type { FrontMatterSyntax } from "../front-matter/parse-front-matter.js";

/** A front matter line written in the file's own syntax, for hints: `date: …` in YAML, `date = …` in TOML. */
export function formatKeyHint(syntax: FrontMatterSyntax, key: string, example = ""): string {
	const isDate = /^\d{4}-\d{2}-\d{2}/.test(example);
	if (example === "") {
		if (syntax === "toml") return `'${key} = "…"'`;
		if (syntax === "json") return `'"${key}": "…"'`;
		if (syntax === "js") return `'const ${key} = "…";'`;
		return `"${key}:"`;
	}
	switch (syntax) {
		case "toml":
			// A TOML datetime needs a "T" and seconds; a string needs quotes.
			return `"${key} = ${isDate ? example.replace(" ", "T").replace(/T(\d{2}:\d{2})$/, "T$1:00") : JSON.stringify(example)}"`;
		case "json":
			return `'"${key}": ${JSON.stringify(example)}'`;
		case "js":
			return `'const ${key} = ${JSON.stringify(example)};'`;
		default:
			return `"${key}: ${example}"`;
	}
}
