import type { PublishedItem } from "../build-result.js";
import { appendDiagnostics, createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { SourceListing } from "../load/list-sources.js";
import type { FactsResult, SourceFacts } from "../parse/read-facts.js";
import type { RenderAttempt } from "../render/render-until.js";
import type { Selection } from "../select/select-articles.js";
import type { FeedEntry } from "../serialize/feed-model.js";

/** What the stages found, gathered for the outcome, the feeds and the result. */
export interface BuildReport {
	/** Every diagnostic, in pipeline order: listing, each file's facts, duplicates, selection, each render. */
	readonly diagnostics: readonly Diagnostic[];
	readonly items: readonly PublishedItem[];
	/** Every rendered entry, newest first: the feeds', then older ones for archive pages and topic feeds. */
	readonly entries: readonly FeedEntry[];
	/** The articles those entries came from, in the same order. */
	readonly published: readonly SourceFacts[];
	readonly articleCount: number;
	readonly nextScheduled?: Date;
}

/** Gathers the stages' results into one report. Pure. */
export function collectReport(
	stages: {
		/** What reading the site's config found worth saying. */
		readonly notes?: readonly Diagnostic[];
		readonly listing: SourceListing;
		readonly facts: readonly FactsResult[];
		readonly unique: { readonly diagnostics: readonly Diagnostic[] };
		readonly selection: Selection<SourceFacts>;
		readonly rendered: readonly RenderAttempt[];
	},
	/** The articles folder as the user named it, for the "no articles" warning. */
	articlesLabel: string,
): BuildReport {
	const { listing, facts, unique, selection, rendered } = stages;
	const diagnostics: Diagnostic[] = [];
	appendDiagnostics(diagnostics, stages.notes ?? []);
	appendDiagnostics(diagnostics, listing.diagnostics);
	if (listing.entries.length === 0) {
		diagnostics.push(
			createDiagnostic("warning", "build/no-articles", "no article files found; the feeds will be empty", {
				file: articlesLabel,
			}),
		);
	}
	for (const result of facts) appendDiagnostics(diagnostics, result.diagnostics);
	appendDiagnostics(diagnostics, unique.diagnostics);
	appendDiagnostics(diagnostics, selection.diagnostics);
	const items: PublishedItem[] = [];
	const entries: FeedEntry[] = [];
	const published: SourceFacts[] = [];
	for (const { article, rendered: result } of rendered) {
		if (!article.isValidated) appendDiagnostics(diagnostics, result.frontMatterDiagnostics);
		appendDiagnostics(diagnostics, result.diagnostics);
		if (result.entry === undefined) continue;
		entries.push(result.entry);
		published.push(article);
		items.push({
			file: article.file,
			id: article.id,
			title: result.entry.title,
			link: article.link,
			...(result.rights !== undefined && { rights: result.rights }),
			...(result.fullText !== undefined && { fullText: result.fullText }),
			cleanHits: result.cleanHits,
		});
	}
	return {
		diagnostics,
		items,
		entries,
		published,
		articleCount: listing.entries.length,
		...(selection.nextScheduled !== undefined && { nextScheduled: selection.nextScheduled }),
	};
}
