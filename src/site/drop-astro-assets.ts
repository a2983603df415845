import { rewriteOutsideCode } from "./split-code.js";

/** A body without the images Astro renames on build, and the paths it left out. */
export interface DroppedAssets {
	readonly body: string;
	readonly removed: readonly string[];
}

// `![alt](path "title")` or `![alt](<path with spaces>)`: the alt may hold `[…]`, the title any quoting Markdown allows.
const INLINE_IMAGE_RE =
	/!\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\(\s*(<[^>\n]*>|[^\s()]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g;
// `[label]: path` (a link reference definition), so `![alt][label]` and `![label]` can be told relative.
const DEFINITION_RE = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)/gm;
const REFERENCE_IMAGE_RE = /!\[((?:[^[\]\n]|\[[^\]\n]*\])*)\](?:\[([^\]\n]*)\]|(?!\())/g;

/**
 * Markdown images whose path is relative to the post (`./map.png`, `../../assets/tent.jpg`) removed: Astro imports them
 * as assets and publishes each under a new name (`/_astro/tent.BnV1MXKY.webp`), so no link to them can be known.
 * Paths from the root (`/logo.png`, a file of `public/`) and absolute URLs stay, and so do HTML `<img>` tags, which
 * Astro leaves as written. Checked against Astro 5.18 (`.md` and `.mdx`, inline and reference images).
 */
export function dropAstroAssets(body: string): DroppedAssets {
	const removed: string[] = [];
	const relativeLabels = new Map<string, string>();
	for (const [, label = "", path = ""] of body.matchAll(DEFINITION_RE))
		if (isRelative(unbracket(path))) relativeLabels.set(normalizeLabel(label), unbracket(path));
	const rewritten = rewriteOutsideCode(body, (prose) =>
		prose
			.replace(INLINE_IMAGE_RE, (image, _alt: string, path: string) => {
				if (!isRelative(unbracket(path))) return image;
				removed.push(unbracket(path));
				return "";
			})
			.replace(REFERENCE_IMAGE_RE, (image, alt: string, reference: string | undefined) => {
				const path = relativeLabels.get(normalizeLabel(reference || alt));
				if (path === undefined) return image;
				removed.push(path);
				return "";
			}),
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
