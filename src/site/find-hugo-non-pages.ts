import { createDiagnostic } from "../diagnostic.js";
import type { SourceEntry } from "../load/list-sources.js";
import { MARKDOWN_EXTENSION_RE_SOURCE } from "../load/markdown-extensions.js";
import type { FactsResult } from "../parse/read-facts.js";
import type { SiteRules } from "./site-rules.js";

// A leaf bundle's page: `index.md`, `index.en.md`, `index.html`, … (an `_index` file makes a branch bundle instead).
const BUNDLE_INDEX_RE = new RegExp(
	`^index(?:\\.[a-z]{2,3}(?:-[a-z0-9]+)?)?\\.(?:${MARKDOWN_EXTENSION_RE_SOURCE}|html|htm)$`,
	"i",
);

/**
 * The listed files of a Hugo site that Hugo makes no page of, keyed by relPath, with why: a page bundle's resources
 * and the files `ignoreFiles` matches. Pure.
 */
export function findHugoNonPages(
	entries: readonly SourceEntry[],
	site: SiteRules | undefined,
): ReadonlyMap<string, string> {
	const found = new Map<string, string>();
	if (site?.generator !== "hugo") return found;
	for (const [relPath, index] of findBundleResources(entries))
		found.set(relPath, `a resource of the page bundle ${index} (Hugo makes no page of it)`);
	for (const [relPath, pattern] of findIgnoredFiles(entries, site.ignoreFiles ?? []))
		found.set(relPath, `ignoreFiles "${pattern}" matches it (Hugo does not read it)`);
	return found;
}

/** The parse result of a file Hugo makes no page of: no article, and an info line saying why. */
export function nonPageFacts(entry: SourceEntry, why: string): FactsResult {
	return { diagnostics: [createDiagnostic("info", "select/not-listed", `${why}; left out`, { file: entry.file })] };
}

/**
 * Every file below a folder (not the articles folder itself) that holds an `index.md`, in its subfolders too, but for
 * its index files, with the bundle's index: a leaf bundle has no pages below it
 * (https://gohugo.io/content-management/page-bundles/).
 */
function findBundleResources(entries: readonly SourceEntry[]): Map<string, string> {
	const resources = new Map<string, string>();
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
		// Each folder above the file, shallowest first: a bundle inside a bundle is one of its resources.
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

/**
 * The files Hugo's `ignoreFiles` leaves out, with the pattern: Go regular expressions matched against the file's
 * absolute path (`\.knit\.md$`, `drafts/`); a pattern JavaScript cannot read matches nothing, with a warning. https://gohugo.io/getting-started/configuration/#ignorefiles
 */
function findIgnoredFiles(entries: readonly SourceEntry[], patterns: readonly string[]): Map<string, string> {
	const ignored = new Map<string, string>();
	const tests: { readonly pattern: string; readonly regex: RegExp }[] = [];
	for (const pattern of patterns) {
		const regex = compileIgnoreFile(pattern);
		if (regex !== undefined) tests.push({ pattern, regex });
	}
	if (tests.length === 0) return ignored;
	for (const { relPath, path } of entries) {
		const absolute = path.replaceAll("\\", "/");
		const match = tests.find(({ regex }) => regex.test(absolute));
		if (match !== undefined) ignored.set(relPath, match.pattern);
	}
	return ignored;
}

/**
 * An `ignoreFiles` pattern as a JavaScript regular expression (a leading `(?i)`, Go's case-insensitive flag, as the
 * `i` flag), or undefined when JavaScript cannot read it (read-hugo-site warns of it).
 */
export function compileIgnoreFile(pattern: string): RegExp | undefined {
	const insensitive = pattern.startsWith("(?i)");
	try {
		return new RegExp(insensitive ? pattern.slice(4) : pattern, insensitive ? "i" : "");
	} catch {
		return undefined;
	}
}
