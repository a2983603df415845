import { createDiagnostic } from "../diagnostic.js";
import type { SourceEntry } from "../load/list-sources.js";
import type { FactsResult } from "../parse/read-facts.js";
import type { SiteRules } from "./site-rules.js";

// A leaf bundle's page: `index.md`, `index.en.md`, `index.html`, … (an `_index` file makes a branch bundle instead).
const BUNDLE_INDEX_RE = /^index(?:\.[a-z]{2,3}(?:-[a-z0-9]+)?)?\.(?:md|markdown|html|htm)$/i;

/**
 * The listed files Hugo reads as a page bundle's resources, not pages: every file below a folder (not the articles
 * folder itself) that holds an `index.md`, in its subfolders too, but for its index files. A leaf bundle has no pages
 * below it (https://gohugo.io/content-management/page-bundles/). Keyed by relPath, with the bundle's index. Pure.
 */
export function findBundleResources(
	entries: readonly SourceEntry[],
	site: SiteRules | undefined,
): ReadonlyMap<string, string> {
	const resources = new Map<string, string>();
	if (site?.generator !== "hugo") return resources;
	// The shallowest bundle holding a folder wins: a bundle inside a bundle is one of its resources.
	const bundles = new Map<string, string>();
	for (const { relPath } of entries) {
		const slash = relPath.lastIndexOf("/");
		if (slash > 0 && BUNDLE_INDEX_RE.test(relPath.slice(slash + 1))) {
			const folder = relPath.slice(0, slash);
			if (!bundles.has(folder)) bundles.set(folder, relPath);
		}
	}
	if (bundles.size === 0) return resources;
	for (const { relPath } of entries) {
		// Each folder above the file, shallowest first.
		for (let slash = relPath.indexOf("/"); slash !== -1; slash = relPath.indexOf("/", slash + 1)) {
			const index = bundles.get(relPath.slice(0, slash));
			if (index === undefined) continue;
			const isOwnIndex = slash === relPath.lastIndexOf("/") && BUNDLE_INDEX_RE.test(relPath.slice(slash + 1));
			if (!isOwnIndex) resources.set(relPath, index);
			break;
		}
	}
	return resources;
}

/** The parse result of a bundle's resource: no article, and an info line saying why. */
export function bundleResourceFacts(entry: SourceEntry, index: string): FactsResult {
	const message = `a resource of the page bundle ${index} (Hugo makes no page of it); left out`;
	return { diagnostics: [createDiagnostic("info", "select/not-listed", message, { file: entry.file })] };
}
