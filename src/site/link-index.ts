import { MARKDOWN_EXTENSION_RE_SOURCE } from "../load/markdown-extensions.js";
import { toSiteUrl } from "./build-site-link.js";
import { buildHugoPath } from "./hugo-link.js";
import type { SiteRules } from "./site-rules.js";

/** The links of a site's pages, found by the references its generator's syntax uses (`ref`, `post_url`, `link`). */
export interface LinkIndex {
	/** The absolute URL a reference names (a `#fragment` kept), or undefined. */
	find(reference: string): string | undefined;
}

/** A page the index knows: its path in the articles folder and its link. */
export interface IndexedPage {
	readonly relPath: string;
	readonly link: string;
}

/** An index that finds nothing: for rendering one article alone (`--explain`, tests). */
export const EMPTY_LINK_INDEX: LinkIndex = { find: () => undefined };

const EXTENSION_RE = new RegExp(`\\.(?:${MARKDOWN_EXTENSION_RE_SOURCE}|mdx|html?)$`, "i");

/**
 * Indexes the selection facts of every article by the names a reference may use: its path in the articles folder or
 * the content folder, with or without extension, its bundle folder, its file name when no other article has it,
 * Jekyll's `_posts/…`. Pages that are not articles (Jekyll's `about.md`, Hugo's `pages/about.md`) get the link the
 * generator's default rule gives them. Pure; made once per build after selection, on the first reference a body
 * makes: most sites' bodies make none, and the index of 200k articles costs ~80 ms and tens of megabytes.
 */
export function buildLinkIndex(
	pages: readonly IndexedPage[],
	rules: SiteRules | undefined,
	siteUrl: string,
): LinkIndex {
	let byKey: ReadonlyMap<string, string> | undefined;
	return {
		find(reference: string): string | undefined {
			const [path = "", fragment] = reference.trim().split("#", 2);
			const hash = fragment === undefined ? "" : `#${fragment}`;
			if (path === "") return fragment === undefined ? undefined : hash;
			byKey ??= indexPages(pages, rules);
			const link = byKey.get(normalize(path)) ?? pageLink(path, rules, siteUrl);
			return link === undefined ? undefined : link + hash;
		},
	};
}

function indexPages(pages: readonly IndexedPage[], rules: SiteRules | undefined): ReadonlyMap<string, string> {
	const byKey = new Map<string, string>();
	const ambiguous = new Set<string>();
	const add = (key: string, link: string, isUnique = true) => {
		const normalized = normalize(key);
		if (!isUnique) {
			if (byKey.has(normalized) && byKey.get(normalized) !== link) ambiguous.add(normalized);
			else if (!byKey.has(normalized)) byKey.set(normalized, link);
			return;
		}
		byKey.set(normalized, link);
	};
	const prefix = rules?.contentPath ? `${rules.contentPath}/` : "";
	for (const page of pages) {
		const paths = [page.relPath, prefix + page.relPath];
		for (const path of paths) {
			add(path, page.link);
			add(path.replace(EXTENSION_RE, ""), page.link);
			if (/(?:^|\/)index\.[a-z]+$/i.test(path)) add(path.replace(/\/?index\.[a-z]+$/i, ""), page.link);
		}
		const name = page.relPath.split("/").at(-1) ?? page.relPath;
		add(name, page.link, false);
		add(name.replace(EXTENSION_RE, ""), page.link, false);
		if (/^index\.[a-z]+$/i.test(name)) add(page.relPath.split("/").at(-2) ?? name, page.link, false);
	}
	for (const key of ambiguous) byKey.delete(key);
	return byKey;
}

function normalize(key: string): string {
	return key
		.replace(/^\.?\/+/, "")
		.replace(/\/+$/, "")
		.toLowerCase();
}

// A page outside the articles folder, by the generator's default rule for pages.
function pageLink(path: string, rules: SiteRules | undefined, siteUrl: string): string | undefined {
	if (rules === undefined || !EXTENSION_RE.test(path)) return undefined;
	const clean = path.replace(/^\.?\/+/, "");
	if (rules.generator === "hugo") {
		const page = { relPath: clean, title: "", published: new Date(0), categories: [] };
		return toSiteUrl(buildHugoPath({ ...rules, contentPath: "", permalinks: {} }, page), siteUrl);
	}
	if (rules.generator === "jekyll" && !clean.startsWith("_")) {
		// Jekyll pages: `about.md` → `/about.html`, `docs/index.md` → `/docs/`; `/about/` when links are pretty.
		const isPretty = (rules.permalinks["*"] ?? "").endsWith("/");
		const stem = clean.replace(EXTENSION_RE, "");
		if (/(?:^|\/)index$/.test(stem)) return toSiteUrl(`/${stem.replace(/\/?index$/, "/")}`, siteUrl);
		return toSiteUrl(isPretty ? `/${stem}/` : `/${stem}.html`, siteUrl);
	}
	return undefined;
}
