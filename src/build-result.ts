import type { Diagnostic } from "./diagnostic.js";
import type { FullTextDecision, ResolvedRights } from "./license/index.js";
import type { RenderedFeeds } from "./serialize/render-feeds.js";
import type { SiteSummary } from "./site/summarize-site.js";
import type { WrittenFile } from "./write/write-documents.js";

/** One published item, for reports and the licence audit. */
export interface PublishedItem {
	readonly file: string;
	readonly id: string;
	readonly title: string;
	readonly link: string;
	readonly rights?: ResolvedRights;
	/** Whether the item carries its full text or only its summary (the `content` config), and why. */
	readonly fullText?: FullTextDecision;
	readonly cleanHits: Readonly<Record<string, number>>;
}

/** What a build did: `written` means the output folder is up to date (changed or not). */
export interface BuildResult {
	readonly status: "written" | "rendered" | "failed";
	/** The three feeds; absent when the build failed early or nothing changed since the last build. */
	readonly outputs?: RenderedFeeds;
	/** Every document written or left as it was, in render order (the three feeds first). */
	readonly files: readonly WrittenFile[];
	readonly items: readonly PublishedItem[];
	readonly diagnostics: readonly Diagnostic[];
	/** Number of article files found. */
	readonly articleCount: number;
	/** When the feed next changes by the clock alone: the earliest future publication or expiry. */
	readonly nextScheduled?: Date;
	/** The static site read, when one was detected (zero config). */
	readonly site?: SiteSummary;
}
