import type { SourceFacts } from "../parse/read-facts.js";
import type { RenderArticle } from "./render-article.js";
import type { RenderedEntry } from "./render-entry.js";

/** One selected article and what rendering it gave (no entry when it was rejected). */
export interface RenderedArticle {
	readonly article: SourceFacts;
	readonly rendered: RenderedEntry;
}

/**
 * Renders candidates in order (newest first) until `limit` of them gave an entry: an article rejected while rendering
 * gives its place to the next one. Every attempt is returned, so its diagnostics are reported.
 */
export async function renderUntil(
	candidates: readonly SourceFacts[],
	limit: number,
	render: RenderArticle,
): Promise<RenderedArticle[]> {
	const attempts: RenderedArticle[] = [];
	let published = 0;
	for (const article of candidates) {
		if (published >= limit) break;
		const rendered = await render(article);
		attempts.push({ article, rendered });
		if (rendered.entry !== undefined) published++;
	}
	return attempts;
}
