import type { FeedDocument } from "../archive/plan-feed-documents.js";
import type { SiteConfig } from "../config/resolve-config.js";
import type { FeedEntry } from "./feed-model.js";
import { type RenderedDocument, type RenderedFeeds, renderFeedDocument } from "./render-feeds.js";

/**
 * One file of the output folder: rendered in memory, or kept as it is on disk (an archive page this build would write
 * byte for byte as it stands).
 */
export type OutputDocument =
	| {
			/** Path inside the output folder: relative, `/`-separated, may name subfolders (`archive/rss-1-….xml`). */
			readonly path: string;
			readonly content: string;
	  }
	| { readonly path: string; readonly isKept: true };

/**
 * Everything a build writes: the three feeds by name (the library's `outputs`, with the archive pages rendered this
 * time), and every document in write order.
 */
export interface RenderedDocuments {
	readonly feeds: RenderedFeeds;
	readonly documents: readonly OutputDocument[];
}

/**
 * Renders the planned documents (the subscription feeds first, then the archive pages), except those in `kept`:
 * archive pages already on disk as they would be rendered, listed so the write stage leaves them alone. Pure.
 */
export function renderDocuments(
	config: SiteConfig,
	planned: readonly FeedDocument<FeedEntry>[],
	kept: ReadonlySet<FeedDocument<FeedEntry>> = new Set(),
): RenderedDocuments {
	const [subscription, ...archives] = planned;
	if (subscription === undefined) throw new Error("no subscription document planned");
	const current = renderFeedDocument(config, subscription);
	const documents = toOutputDocuments(current);
	const rendered: RenderedDocument[] = [];
	for (const archive of archives) {
		if (kept.has(archive)) {
			documents.push(...Object.values(archive.paths).map((path) => ({ path, isKept: true as const })));
			continue;
		}
		const page = renderFeedDocument(config, archive);
		rendered.push(page);
		documents.push(...toOutputDocuments(page));
	}
	return { feeds: { ...current, archives: rendered }, documents };
}

function toOutputDocuments(document: RenderedDocument): OutputDocument[] {
	return [
		{ path: document.paths.rss, content: document.rss },
		{ path: document.paths.atom, content: document.atom },
		{ path: document.paths.json, content: document.json },
	];
}
