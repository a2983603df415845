import { posix } from "node:path";
import type { PageLookup } from "./render-liquid.js";
import { rewriteOutsideCode } from "./split-code.js";

// Eleventy's InputPathToUrl transform (added by eleventy-base-blog since v9; https://www.11ty.dev/docs/plugins/inputpath-to-url/):
// a link may name a page by its input file, from the page's own folder (`secondpost.md`) or from the input folder
// (`blog/firstpost.md`, `/blog/firstpost.md`), and Eleventy writes the page's URL. A link to a file that makes no page stays as written,
// as Eleventy leaves it. Markdown link targets and HTML `href`s, outside the author's code.
const INPUT_PATH_LINK_RE =
	/(\]\(\s*<?|\bhref\s*=\s*["']|^ {0,3}\[[^\]\n]+\]:\s*<?)([^\s"'()<>#?:]+\.(?:md|markdown|njk|liquid|11ty\.js|html?))(#[^\s"'()<>]*)?/gim;

/** The body with links to input files pointing at their pages; `inputPath` is the page's own, under the input folder. */
export function resolveInputPathLinks(body: string, inputPath: string, lookup: PageLookup): string {
	if (!/\.(?:md|markdown|njk|liquid|js|html?)\b/i.test(body)) return body;
	const folder = posix.dirname(inputPath);
	return rewriteOutsideCode(body, (prose) =>
		prose.replace(INPUT_PATH_LINK_RE, (link, before: string, path: string, fragment = "") => {
			const page = path.startsWith("/") ? lookup(path.slice(1)) : (lookup(posix.join(folder, path)) ?? lookup(path));
			return page === undefined ? link : `${before}${page}${fragment}`;
		}),
	);
}
