import { existsSync } from "node:fs";
import { join, posix } from "node:path";

/** The Markdown pages of an Astro site that keeps its posts in `src/pages/` (the tutorial's `src/pages/posts/*.md`). */
export interface AstroPages {
	/** The folder of `src/pages/` the posts are in. */
	readonly dir: string;
	/** From `src/pages/` without slashes around it ("" for `src/pages/` itself): the posts' route folder. */
	readonly folder: string;
	/** The files of that folder that are posts, as a glob from it. */
	readonly pattern: readonly string[];
	readonly origin: string;
}

// The names a blog's folder goes by, most likely first, when the site's feed does not say which it lists.
const PAGE_FOLDERS = ["blog", "posts", "post", "articles"];

// The Markdown files Astro makes pages of, of those wirefeed reads.
const MARKDOWN_PAGES = "**/*.{md,markdown,mdx}";

/**
 * Where an Astro site without content collections keeps its posts: the folder its feed lists with
 * `pagesGlobToRssItems(import.meta.glob("./posts/*.md"))` (from the feed file's folder, or the root for `/src/…`),
 * else `src/pages/blog`, `posts`, `post` or `articles`. Undefined when there is none.
 */
export function findAstroPages(
	root: string,
	feed: { readonly file?: string; readonly pagesGlob?: string },
): AstroPages | undefined {
	if (feed.file !== undefined && feed.pagesGlob !== undefined) {
		const fromRoot = feed.pagesGlob.startsWith("/")
			? posix.normalize(feed.pagesGlob.slice(1))
			: posix.join(posix.dirname(feed.file), feed.pagesGlob);
		if (fromRoot.startsWith("src/pages/")) {
			const segments = fromRoot.slice("src/pages/".length).split("/");
			const literal = segments.findIndex((segment) => /[*?[\]{}()!]/.test(segment));
			const folder = segments.slice(0, literal < 0 ? segments.length - 1 : literal).join("/");
			const pattern = segments.slice(literal < 0 ? segments.length - 1 : literal).join("/");
			return {
				dir: join(root, "src", "pages", folder),
				folder,
				pattern: [pattern],
				origin: `${feed.file} import.meta.glob("${feed.pagesGlob}")`,
			};
		}
	}
	const folder = PAGE_FOLDERS.find((name) => existsSync(join(root, "src", "pages", name)));
	return folder === undefined
		? undefined
		: { dir: join(root, "src", "pages", folder), folder, pattern: [MARKDOWN_PAGES], origin: `src/pages/${folder}` };
}
