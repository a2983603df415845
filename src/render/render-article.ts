import { ArticleTooSlowError, type TimeBudget } from "../clean/time-budget.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { ArticleEvidence } from "../evidence/learn-boilerplate.js";
import { articleFailure } from "../guard/article-failure.js";
import type { SourceFacts } from "../parse/read-facts.js";
import type { WholeArticle } from "../parse/read-whole-article.js";
import { EMPTY_LINK_INDEX, type LinkIndex } from "../site/link-index.js";
import { type RenderedEntry, renderEntry } from "./render-entry.js";

/** One selected article rendered, with the front matter's own problems apart. */
export interface RenderedArticle extends RenderedEntry {
	/**
	 * Warnings found validating the front matter here. An article whose facts were fully parsed reported them then;
	 * one that was scanned reports them now (see `collectReport`), so a render is the same whichever way its facts came.
	 */
	readonly frontMatterDiagnostics: readonly Diagnostic[];
}

/**
 * The render stage for one selected article, with what the build's other articles say about its blocks and the
 * links of the other pages its body may refer to.
 */
export type RenderSelected = (
	article: SourceFacts,
	evidence: ArticleEvidence | undefined,
	links: LinkIndex,
) => Promise<RenderedArticle>;

/** The render stage given the article's file read whole (by the evidence stage when it read it: see shareReads). */
export type RenderArticle = (
	article: SourceFacts,
	evidence: ArticleEvidence | undefined,
	links: LinkIndex,
	whole: WholeArticle,
) => Promise<RenderedArticle>;

/**
 * Validates a selected article read whole (bodies are not kept between builds) and renders its entry. A scanned
 * article is read whole and validated for the first time here, so its errors reject it like any other.
 */
export async function renderArticle(
	article: SourceFacts,
	config: SiteConfig,
	whole: WholeArticle,
	evidence?: ArticleEvidence,
	links: LinkIndex = EMPTY_LINK_INDEX,
	budget?: TimeBudget,
): Promise<RenderedArticle> {
	const read = whole.loaded;
	// A scanned article is read whole for the first time here, so a body too large, binary or not UTF-8 shows now.
	if ("diagnostic" in read && read.diagnostic.rule !== "load/unreadable") {
		return { cleanHits: {}, diagnostics: [read.diagnostic], frontMatterDiagnostics: [] };
	}
	if ("diagnostic" in read) {
		const diagnostic = createDiagnostic(
			"error",
			"load/changed-during-build",
			"file changed or vanished while building; run again",
			{ file: article.file },
		);
		return { cleanHits: {}, diagnostics: [diagnostic], frontMatterDiagnostics: [] };
	}
	let frontMatterDiagnostics: readonly Diagnostic[] = [];
	try {
		const parsed = whole.parse();
		const full = parsed.article;
		// Rejected here although its facts were read: reported in any case (a fully parsed file changed since).
		if (full === undefined) return { cleanHits: {}, diagnostics: parsed.diagnostics, frontMatterDiagnostics: [] };
		frontMatterDiagnostics = parsed.diagnostics;
		return { ...renderEntry(full, config, evidence?.evidence, links, budget), frontMatterDiagnostics };
	} catch (error) {
		// One article slow to clean, or one that meets a bug, is left out; every other one is still published (issue #11).
		const diagnostic =
			error instanceof ArticleTooSlowError
				? createDiagnostic(
						"error",
						"clean/too-slow",
						`cleaning took longer than ${error.seconds} s, the limit for one article; left out of the feeds — simplify its markup, split it, or raise "maxArticleSeconds" in the config`,
						{ file: article.file },
					)
				: articleFailure(article.file, "rendering", error);
		return { cleanHits: {}, diagnostics: [diagnostic], frontMatterDiagnostics };
	}
}
