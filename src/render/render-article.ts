import { parseArticle } from "../article/parse-article.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { createDiagnostic } from "../diagnostic.js";
import { readSource } from "../load/read-source.js";
import type { SourceFacts } from "../parse/read-facts.js";
import { type RenderedEntry, renderEntry } from "./render-entry.js";

/** The render stage for one selected article. */
export type RenderArticle = (article: SourceFacts) => Promise<RenderedEntry>;

/**
 * Reads a selected article again (bodies are not kept between stages), validates it and renders its entry. A scanned
 * article is read whole and validated for the first time here, so its problems are reported now and its errors
 * reject it like any other.
 */
export async function renderArticle(article: SourceFacts, config: SiteConfig): Promise<RenderedEntry> {
	const read = readSource(article.entry, config.maxFileSize);
	// A scanned article is read whole for the first time here, so a body too large, binary or not UTF-8 shows now.
	if ("diagnostic" in read && read.diagnostic.rule !== "load/unreadable") {
		return { cleanHits: {}, diagnostics: [read.diagnostic] };
	}
	if ("diagnostic" in read) {
		const diagnostic = createDiagnostic(
			"error",
			"load/changed-during-build",
			"file changed or vanished while building; run again",
			{ file: article.file },
		);
		return { cleanHits: {}, diagnostics: [diagnostic] };
	}
	const parsed = parseArticle(read.source, config);
	const full = parsed.article;
	if (full === undefined) return { cleanHits: {}, diagnostics: parsed.diagnostics };
	const rendered = renderEntry(full, config);
	return {
		...rendered,
		// A validated article already reported its front matter's problems while its facts were read.
		diagnostics: article.isValidated ? rendered.diagnostics : [...parsed.diagnostics, ...rendered.diagnostics],
	};
}
