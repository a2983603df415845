import type { SourceFacts } from "../parse/read-facts.js";

import type { RenderArticle, RenderedArticle } from "./render-article.js";

/** One selected article and what rendering it gave (no entry when it was rejected). */
export interface RenderAttempt {
	readonly article: SourceFacts;
	readonly rendered: RenderedArticle;
}

/**
 * Renders candidates in order (newest first) until `limit` of them gave an entry: an article rejected while rendering
 * gives its place to the next one. Every attempt is returned, so its diagnostics are reported.
 */
export async function renderUntil(
	candidates: readonly SourceFacts[],
	limit: number,
	render: (article: SourceFacts) => ReturnType<RenderArticle>,
): Promise<RenderAttempt[]> {
	const attempts: RenderAttempt[] = [];
	let published = 0;
	for (const article of candidates) {
		if (published >= limit) break;
		const rendered = await render(article);
		attempts.push({ article, rendered });
		if (rendered.entry !== undefined) published++;
	}
	return attempts;
}
