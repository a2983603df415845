import { posix } from "node:path";
import type { Article } from "../article/article.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import { compileIgnore } from "../load/compile-ignore.js";
import { lineOf } from "../text/line-of.js";
import { sitePathOf } from "../url/site-path.js";
import { dropKramdownExtensions } from "./drop-kramdown-extensions.js";
import { dropRenamedImages } from "./drop-renamed-images.js";
import type { LinkIndex } from "./link-index.js";
import { renderCopiedLiquid } from "./render-copied-liquid.js";
import { renderEleventyShortcodes } from "./render-eleventy-shortcodes.js";
import { renderHugoParams } from "./render-hugo-params.js";
import { renderHugoShortcodes } from "./render-hugo-shortcodes.js";
import { renderLiquid } from "./render-liquid.js";
import { renderZolaBody } from "./render-zola-body.js";
import { resolveInputPathLinks } from "./resolve-input-path-links.js";
import { rootSiteUrlLinks } from "./root-site-url-links.js";
import { stripMdx } from "./strip-mdx.js";

/** A body with its generator's syntax handled, ready for Markdown. */
export interface PreparedBody {
	readonly body: string;
	/** The generator's template syntax was handled here: any left in the text is the author's, to keep. */
	readonly isTemplateResolved: boolean;
	/** What `{% raw %}` blocks wrapped in a post outside a site: template tags in it are the author's text, to keep. */
	readonly literalText?: readonly string[];
	readonly diagnostics: readonly Diagnostic[];
}

/**
 * Handles what a generator does to a post's text before Markdown: MDX's imports, expressions and components (`.mdx`
 * files), Jekyll's and Eleventy's Liquid, Hugo's `ref`/`relref` and `highlight`, with links to other pages found in
 * `links`. Pure.
 */
export function prepareBody(article: Article, config: SiteConfig, links: LinkIndex): PreparedBody {
	const diagnostics: Diagnostic[] = [];
	// A warning about a tag names the tag's line (its first occurrence in the post as written), where it is found.
	const warn = (rule: string, message: string, tag = "") =>
		diagnostics.push(
			createDiagnostic("warning", rule, message, {
				file: article.file,
				line: lineOf(article.body, article.bodyLine, tag),
			}),
		);
	let body = article.body;
	if (article.relPath.toLowerCase().endsWith(".mdx")) {
		const stripped = stripMdx(body);
		body = stripped.body;
		for (const name of new Set(stripped.dropped))
			warn("site/component-removed", `removed the <${name}> component: it shows no text or link wirefeed can keep`);
		for (const name of new Set(stripped.droppedImages))
			warn(
				"site/image-removed",
				`removed the image of <${name} src={…}>: its file is imported in code, and the site publishes it under a name of its own, which cannot be known; to keep it, put it in public/ and write its path there as src="/…"`,
			);
	}
	const generator = config.site?.generator;
	if (generator === "astro" && article.format === "markdown") {
		const dropped = dropRenamedImages(body);
		body = dropped.body;
		for (const path of dropped.removed)
			warn(
				"site/image-removed",
				`removed the image "${path}": Astro publishes an image relative to the post under a new name (/_astro/…), which cannot be known; to keep it, put it in public/ and write its path from there`,
			);
	}
	const transform = config.site?.imageTransform;
	if (generator === "eleventy" && transform !== undefined && article.format === "markdown") {
		const isCopied = copiedBy(transform.copied);
		const folder = posix.join(transform.articles, posix.dirname(article.relPath));
		const dropped = dropRenamedImages(body, {
			isHtmlIncluded: true,
			isPublished: (path) => isCopied(posix.normalize(posix.join(folder, path.replace(/[?#].*$/, "")))),
		});
		body = dropped.body;
		for (const path of new Set(dropped.removed))
			warn(
				"site/image-removed",
				`removed the image "${path}": Eleventy's Image transform plugin publishes it under a new name (a hash of the file), which wirefeed does not make; to keep it, copy it with addPassthroughCopy or write its path from the site's root`,
			);
	}
	// What Eleventy reads with no template engine keeps its tags as text.
	if (generator === "eleventy" && article.isTemplateText === true)
		return { body, isTemplateResolved: true, diagnostics };
	// Jekyll's Liquid, and Eleventy's, which renders a Markdown post with Liquid (or Nunjucks) first.
	if (generator === "jekyll" || generator === "eleventy") {
		const source = generator === "eleventy" ? renderEleventyShortcodes(body, config.site?.pathPrefix) : body;
		// Jekyll's `{{ page.key }}` and `{{ site.key }}`: the post's front matter and the site's config; `page.url` is
		// Jekyll's own, the post's path without the baseurl.
		const values =
			generator === "jekyll"
				? { page: { ...article.params, url: jekyllPageUrl(article.link, config.url) }, site: config.site?.params }
				: undefined;
		const rendered = renderLiquid(source, config.url, (reference) => links.find(reference), values);
		body = rendered.body;
		if (generator === "eleventy")
			body = resolveInputPathLinks(body, posix.join(config.site?.contentPath ?? "", article.relPath), (path) =>
				links.find(path),
			);
		// kramdown's extensions (comments, nomarkdown, abbreviations), which Jekyll posts may use.
		else if (article.format === "markdown") body = dropKramdownExtensions(body);
		for (const tag of rendered.unresolved)
			warn("site/unresolved-link", `${tag} names no page of this site; link removed`, tag);
		for (const tag of new Set(rendered.removed))
			warn(
				"site/template-tag-removed",
				`removed Liquid "${tag.replace(/\s+/g, " ")}": wirefeed does not evaluate it`,
				tag,
			);
		return { body, isTemplateResolved: true, diagnostics };
	}
	if (generator === "zola" && article.format === "markdown") {
		const rendered = renderZolaBody(body, sitePathOf(config.url), (reference) => links.find(reference));
		body = rendered.body;
		for (const link of rendered.unresolved)
			warn("site/unresolved-link", `${link} names no page of this site; link removed, its text kept`, link);
	}
	if (generator === "hugo" && body.includes("{{")) {
		if (article.params !== undefined)
			body = renderHugoParams(body, { page: article.params, site: config.site?.params });
		const resolved = renderHugoShortcodes(body, links);
		body = resolved.body;
		for (const shortcode of resolved.unresolved)
			warn("site/unresolved-link", `${shortcode} names no page of this site; link removed`, shortcode);
	}
	// No site: a Jekyll post's `{{ site.url }}` links, which only Markdown can still read as links, its code blocks,
	// its links to the folder's other posts and its kramdown extensions; a Hugo post's `ref`/`relref` links and
	// `highlight` blocks likewise.
	let literalText: readonly string[] = [];
	if (generator === undefined && article.format === "markdown") {
		const sitePath = sitePathOf(config.url);
		const copied = renderCopiedLiquid(rootSiteUrlLinks(body, sitePath), sitePath, (reference) => links.find(reference));
		body = dropKramdownExtensions(copied.body);
		literalText = copied.literal;
		// A Zola page's `@/` links and a Hugo post's `ref`s name a page by its path from content/, of which the folder
		// may be a part (content/posts): a post of the folder is found by the end of that path.
		const folderLinks = { find: (reference: string) => findByPathEnd(links, reference) };
		// A Zola page's `@/` links and shortcodes.
		const zola = renderZolaBody(body, sitePath, (reference) => folderLinks.find(reference));
		body = zola.body;
		for (const link of zola.unresolved)
			warn("site/unresolved-link", `${link} names no article of this folder; link removed, its text kept`, link);
		if (body.includes("{{<") || body.includes("{{%")) {
			// A Hugo post copied out of its site: its own front matter values (the site's are not there).
			if (article.params !== undefined) body = renderHugoParams(body, { page: article.params });
			const resolved = renderHugoShortcodes(body, folderLinks);
			body = resolved.body;
			for (const shortcode of resolved.unresolved)
				warn(
					"site/unresolved-link",
					`${shortcode} names no article of this folder; link removed, its text kept`,
					shortcode,
				);
		}
	}
	return { body, isTemplateResolved: false, ...(literalText.length > 0 && { literalText }), diagnostics };
}

// The link of the page a path names, else of the one an end of it names, the longest first (`/posts/a/index.md#b`,
// then `a/index.md#b`, then `index.md#b`).
function findByPathEnd(links: LinkIndex, reference: string): string | undefined {
	const whole = links.find(reference);
	if (whole !== undefined) return whole;
	const [path = "", fragment] = reference.split("#", 2);
	const hash = fragment === undefined ? "" : `#${fragment}`;
	const parts = path.split("/");
	for (let start = 1; start < parts.length; start++) {
		const link = parts[start] === "" ? undefined : links.find(parts.slice(start).join("/") + hash);
		if (link !== undefined) return link;
	}
	return undefined;
}

// The passthrough copy globs of a site, compiled once.
const copiedTests = new Map<string, (path: string) => boolean>();

function copiedBy(globs: readonly string[]): (path: string) => boolean {
	const key = globs.join("\n");
	let test = copiedTests.get(key);
	if (test === undefined) {
		test = compileIgnore(globs);
		copiedTests.set(key, test);
	}
	return test;
}

// The path of a post's link under the site's url, as Jekyll's `page.url` gives it (`/2024/04/06/x.html`, without the
// baseurl); undefined for a link elsewhere (a front matter `link` to another site).
function jekyllPageUrl(link: string, siteUrl: string): string | undefined {
	const root = siteUrl.replace(/\/+$/, "");
	return link.startsWith(`${root}/`) ? link.slice(root.length) : undefined;
}
