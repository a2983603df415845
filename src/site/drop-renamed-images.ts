import { replaceUpToLast } from "../text/up-to-last.js";
import { replaceImages } from "./read-markdown-images.js";
import { rewriteOutsideCode } from "./split-code.js";

/** A body without the images its generator renames on build, and the paths it left out. */
export interface DroppedImages {
	readonly body: string;
	readonly removed: readonly string[];
}

// `![alt](path "title")` or `![alt](<path with spaces>)` (the alt may hold `[…]`, the title any quoting Markdown
// allows), and `![alt][label]`, `![label]`, are read by MarkdownImages.
// `[label]: path` (a link reference definition), so `![alt][label]` and `![label]` can be told relative.
const DEFINITION_RE = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)/gm;
// `<img … src="pier.png" …>`, in any quoting. Or else (the second branch, no path, kept) an `<img` up to its first `>`:
// when its `src` is not found before that `>`, no `<img` between them has one, and the pattern tried each of them
// again up to it; it is run up to the last `>` only (replaceUpToLast), as every image ends with one, and a `src`
// value not followed by a `>` was tried with every later `src` (400 KB of `<img ` took 15 s, 100 KB of `<img src=a `
// over a minute: cubic).
const HTML_IMAGE_RE = /<img\b(?:[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>|[^>]*)/gi;

/** Which images a generator renames. */
export interface RenamedImages {
	/** HTML `<img>` tags too (Eleventy's Image transform renames every picture of the page; Astro leaves them). */
	readonly isHtmlIncluded?: boolean;
	/** A relative path, as written, that is published under its own name after all (a passthrough copy): kept. */
	readonly isPublished?: (path: string) => boolean;
}

/**
 * Markdown images whose path is relative to the post (`./map.png`, `../../assets/tent.jpg`) removed: Astro imports them
 * as assets and publishes each under a new name (`/_astro/tent.BnV1MXKY.webp`), and Eleventy's Image transform plugin
 * publishes each picture of a page under a name made of a hash of the file (`pier/aDAUoZHzzn-40.webp`), so no link to
 * them can be known. Paths from the root (`/logo.png`, a file of `public/`) and absolute URLs stay, and so do HTML
 * `<img>` tags unless `images.isHtmlIncluded`. Checked against Astro 5.18 (`.md` and `.mdx`, inline and reference
 * images) and Eleventy 3.1.8 with @11ty/eleventy-img 6.
 */
export function dropRenamedImages(body: string, images: RenamedImages = {}): DroppedImages {
	const removed: string[] = [];
	const isRenamed = (path: string) => isRelative(path) && images.isPublished?.(path) !== true;
	const relativeLabels = new Map<string, string>();
	for (const [, label = "", path = ""] of body.matchAll(DEFINITION_RE))
		if (isRenamed(unbracket(path))) relativeLabels.set(normalizeLabel(label), unbracket(path));
	const dropInline = (prose: string) =>
		replaceImages(
			prose,
			(images, start) => images.readInline(start),
			(image, { path = "" }) => {
				if (!isRenamed(unbracket(path))) return image;
				removed.push(unbracket(path));
				return "";
			},
		);
	const dropReferences = (prose: string) =>
		replaceImages(
			prose,
			(images, start) => images.readReference(start),
			(image, { alt, reference }) => {
				const path = relativeLabels.get(normalizeLabel(reference || alt));
				if (path === undefined) return image;
				removed.push(path);
				return "";
			},
		);
	const rewritten = rewriteOutsideCode(body, (prose) =>
		replaceUpToLast(
			dropReferences(dropInline(prose)),
			/>/g,
			HTML_IMAGE_RE,
			(image, ...quoted: (string | undefined)[]) => {
				// An `<img` with no `src` has no path, and stays.
				const path = quoted.slice(0, 3).find((value) => value !== undefined) ?? "";
				if (images.isHtmlIncluded !== true || !isRenamed(path)) return image;
				removed.push(path);
				return "";
			},
		),
	);
	return { body: rewritten, removed };
}

function unbracket(path: string): string {
	return path.startsWith("<") ? path.slice(1, -1).trim() : path;
}

// Not from the root, not a URL with a scheme (`https:`, `data:`), not `//host` nor a `#fragment`.
function isRelative(path: string): boolean {
	return path !== "" && !/^(?:[a-z][a-z\d+.-]*:|\/|#)/i.test(path);
}

// Reference labels match case-insensitively, with runs of whitespace as one space (CommonMark §4.7).
function normalizeLabel(label: string): string {
	return label.trim().replace(/\s+/g, " ").toLowerCase();
}
