import { extname, sep } from "node:path";
import { createDiagnostic } from "../diagnostic.js";
import type { SourceListing } from "../load/list-sources.js";
import type { SiteRules } from "./site-rules.js";

// The content formats Hugo renders beside Markdown and HTML (https://gohugo.io/content-management/formats/).
const HUGO_FORMATS: Readonly<Record<string, string>> = {
	".org": "Org",
	".adoc": "AsciiDoc",
	".asciidoc": "AsciiDoc",
	".ad": "AsciiDoc",
	".rst": "reStructuredText",
	".pdc": "Pandoc",
	".pandoc": "Pandoc",
};

/**
 * The listing, with each file the site's generator publishes as a post but wirefeed cannot read a warning instead of
 * an ignored file's info line: the post is missing from the feed, and only `--verbose` would have said so.
 */
export function flagUnreadPages(listing: SourceListing, site: SiteRules | undefined): SourceListing {
	if (site?.generator === "eleventy") return flagEleventyTemplates(listing, site.templatePosts ?? []);
	if (site?.generator !== "hugo") return listing;
	const diagnostics = listing.diagnostics.map((diagnostic) => {
		const format = HUGO_FORMATS[extname(diagnostic.file).toLowerCase()];
		// An `_index` file is a section's list page, no post.
		if (diagnostic.rule !== "load/ignored-file" || format === undefined || /(?:^|[\\/])_index\./.test(diagnostic.file))
			return diagnostic;
		const message = `Hugo publishes this ${format} page; wirefeed reads Markdown and HTML only, so it is not in the feed: write it in Markdown, or list it in "ignore"`;
		return createDiagnostic("warning", "site/unread-page", message, { file: diagnostic.file });
	});
	return { ...listing, diagnostics };
}

// Eleventy writes Nunjucks and Liquid templates as pages, and lists those its collection holds (found when the site was
// read, by their tags): wirefeed runs no template engine.
function flagEleventyTemplates(listing: SourceListing, templatePosts: readonly string[]): SourceListing {
	if (templatePosts.length === 0) return listing;
	const diagnostics = listing.diagnostics.map((diagnostic) => {
		const path = diagnostic.file.split(sep).join("/");
		if (
			diagnostic.rule !== "load/ignored-file" ||
			!templatePosts.some((post) => path === post || path.endsWith(`/${post}`))
		)
			return diagnostic;
		const engine = extname(path).toLowerCase() === ".njk" ? "Nunjucks" : "Liquid";
		const message = `Eleventy lists this ${engine} template as a post; wirefeed reads Markdown and HTML only, so it is not in the feed: write it as .md or .html`;
		return createDiagnostic("warning", "site/unread-page", message, { file: diagnostic.file });
	});
	return { ...listing, diagnostics };
}
