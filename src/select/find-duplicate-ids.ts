import type { ArticleFacts } from "../article/article.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** Keeps the first article (by path) of each id and link; every later one is rejected with an error naming both files. */
export function rejectDuplicateIds<T extends ArticleFacts>(
	articles: readonly T[],
): { kept: T[]; diagnostics: Diagnostic[] } {
	const byId = new Map<string, T>();
	const byLink = new Map<string, T>();
	const kept: T[] = [];
	const diagnostics: Diagnostic[] = [];
	const sorted = [...articles].sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
	for (const article of sorted) {
		const clash = byId.get(article.id) ?? byLink.get(article.link);
		if (clash !== undefined) {
			const what = byId.has(article.id) ? `id "${article.id}"` : `link ${article.link}`;
			diagnostics.push(
				createDiagnostic(
					"error",
					"article/duplicate-id",
					`same ${what} as ${clash.file}; give one of them its own "slug" or "id"`,
					{ file: article.file },
				),
			);
			continue;
		}
		byId.set(article.id, article);
		byLink.set(article.link, article);
		kept.push(article);
	}
	return { kept, diagnostics };
}
