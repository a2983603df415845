import { createHash } from "node:crypto";

const DATE_PREFIX_RE = /^(\d{4})-(\d{2})-(\d{2})-/;
const INDEX_FILE_RE = /^(?:index|_index)(?:\.([a-z]{2,3}(?:-[a-z0-9]+)?))?$/i;
// Zero-width and formatting characters that scraped file names carry (U+200B, U+200C, U+200D, U+2060, U+FEFF).
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF]/g;
const NOT_SLUG_RE = /[^\p{L}\p{N}_]+/gu;

/** What an article's path says about it: its slug, a date prefix, a language suffix. */
export interface PathFacts {
	readonly slug: string;
	/** `YYYY-MM-DD` from a Jekyll-style `2020-09-14-` prefix, when present. */
	readonly datePrefix?: string;
	/** Language from `index.uk.md`-style names, when present. */
	readonly language?: string;
	/**
	 * A page bundle's language (`hooks/index.uk.md`), which its folder's name does not carry: a translation beside the
	 * original (`hooks/index.md`) needs it in its slug (see deriveIdentity).
	 */
	readonly bundleLanguage?: string;
}

/**
 * Derives the slug from a path relative to the articles folder: the file name without extension and date prefix,
 * or the folder name for page bundles (`slug/index.md`). Percent-encoded names are decoded, invisible characters dropped.
 */
export function derivePathFacts(relPath: string): PathFacts {
	// Once per article file: the name is cut with indexOf rather than split into every folder of its path.
	const slash = relPath.lastIndexOf("/");
	const fileName = relPath.slice(slash + 1);
	const dot = fileName.lastIndexOf(".");
	// As `/\.[^.]+$/` would cut: from the last dot, when something follows it.
	const stem = dot !== -1 && dot < fileName.length - 1 ? fileName.slice(0, dot) : fileName;
	const index = INDEX_FILE_RE.exec(stem);
	const base = index !== null && slash !== -1 ? relPath.slice(relPath.lastIndexOf("/", slash - 1) + 1, slash) : stem;
	const datePrefix = DATE_PREFIX_RE.exec(base);
	const slug = normalizeSlug(datePrefix === null ? base : base.slice(datePrefix[0].length)) || fallbackSlug(relPath);
	const language = index?.[1]?.toLowerCase();
	return {
		slug,
		...(datePrefix !== null && { datePrefix: `${datePrefix[1]}-${datePrefix[2]}-${datePrefix[3]}` }),
		...(language !== undefined && { language }),
		...(language !== undefined && slash !== -1 && { bundleLanguage: language }),
	};
}

const PLAIN_ASCII_RE = /^[\x20-\x24\x26-\x7e]*$/;
const NOT_ASCII_SLUG_RE = /[^a-z0-9_]+/g;
const EDGE_DASHES_RE = /^-+|-+$/g;

/** Lower-case letters, digits and `_` of any script, joined by single `-`; URL-safe once percent-encoded. */
export function normalizeSlug(text: string): string {
	// Most names are plain ASCII without percent-escapes: skip decoding and Unicode normalization for them.
	if (PLAIN_ASCII_RE.test(text)) {
		return text.toLowerCase().replace(NOT_ASCII_SLUG_RE, "-").replace(EDGE_DASHES_RE, "");
	}
	return safeDecode(text)
		.normalize("NFKC")
		.replace(INVISIBLE_RE, "")
		.toLowerCase()
		.replace(NOT_SLUG_RE, "-")
		.replace(EDGE_DASHES_RE, "");
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

// A name of only emoji or punctuation has no slug of its own: use a short stable hash of its path.
function fallbackSlug(relPath: string): string {
	return `post-${createHash("sha256").update(relPath).digest("hex").slice(0, 10)}`;
}
