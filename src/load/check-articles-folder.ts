import { statSync } from "node:fs";

/**
 * Why the articles folder cannot be read, found before anything else is: it is not there, or it is a file. Undefined
 * when it is a folder, and for any other failure, which the listing meets and reports as it does now. A wrong folder is
 * the user's input, so `build()` answers it with a diagnostic, as the CLI does, instead of throwing.
 */
export function checkArticlesFolder(articlesDir: string, label: string): string | undefined {
	try {
		if (statSync(articlesDir).isDirectory()) return undefined;
		return `the articles folder "${label}" is a file, not a folder; name the folder that holds the article files (--articles, or articlesDir in the API)`;
	} catch (error) {
		const code = error instanceof Error && "code" in error ? error.code : undefined;
		if (code !== "ENOENT" && code !== "ENOTDIR") return undefined;
		return `the articles folder "${label}" does not exist; check --articles (articlesDir in the API), or create it`;
	}
}
