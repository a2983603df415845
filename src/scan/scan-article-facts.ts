import type { ArticleFacts } from "../article/article.js";
import { deriveIdentity } from "../article/derive-identity.js";
import { derivePathFacts } from "../article/derive-slug.js";
import { IDENTITY_KEYS } from "../article/identity-keys.js";
import { parseDate } from "../article/parse-date.js";
import type { SiteConfig } from "../config/resolve-config.js";
import type { SourceFile } from "../load/read-source.js";

// The keys selection depends on (and the title, whose absence sends the article to the full parser).
const SCANNED_KEYS: ReadonlySet<string> = new Set(Object.values(IDENTITY_KEYS).flat());
const KEY_LINE_RE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const CLOSING_FENCE_RE = /\n---[ \t]*(?:\n|$)/;
// First characters that make a YAML value more than a plain scalar: flow collections, anchors, aliases, tags,
// block scalars, reserved indicators, and anything number-like (js-yaml would turn `0x1F` into 31).
const NOT_PLAIN_START_RE = /^[[\]{}&*!|>%@`#,?:\-+.0-9]/;
// Characters other than `"` and `\`, or the escapes `\"` and `\\`.
const DOUBLE_QUOTED_SIMPLE_RE = /^(?:[^"\\]|\\["\\])*$/;
const YAML_SPECIAL_RE = /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|\.nan|\.inf)$/;
const BOOLEANS: Readonly<Record<string, boolean>> = {
	true: true,
	false: false,
	True: true,
	False: false,
	TRUE: true,
	FALSE: false,
	yes: true,
	no: false,
};

/**
 * Reads just what selection needs (date, draft, slug, link, id) from plain `key: value` YAML front matter, deriving
 * them exactly as the full parser does. Returns undefined whenever it is unsure — TOML, JSON, block or flow values,
 * anchors, escapes, a missing title, an unreadable date — and the caller falls back to the full parser. It does not
 * validate the rest of the front matter: an article found this way is fully parsed only if it is published.
 */
export function scanArticleFacts(source: SourceFile, config: SiteConfig): ArticleFacts | undefined {
	const { text } = source;
	if (!text.startsWith("---\n")) return undefined;
	const close = CLOSING_FENCE_RE.exec(text.slice(3));
	if (close === null) return undefined;
	const values = new Map<string, string>();
	let continuesScannedKey = false;
	for (const line of text.slice(4, 3 + close.index).split("\n")) {
		if (line === "" || line.startsWith("#")) continue;
		if (line.startsWith(" ") || line.startsWith("\t") || line.startsWith("-")) {
			// A continuation line (block list, folded text) of a key we need: only the full parser can read it.
			if (continuesScannedKey) return undefined;
			continue;
		}
		const match = KEY_LINE_RE.exec(line);
		if (match === null) return undefined;
		const key = match[1] ?? "";
		continuesScannedKey = SCANNED_KEYS.has(key);
		if (!continuesScannedKey) continue;
		const raw = match[2] ?? "";
		// `title: false` or `id: null` is not text: leave the type error to the full parser.
		if (key !== "draft" && key !== "published" && YAML_SPECIAL_RE.test(raw)) return undefined;
		const value = readPlainScalar(raw);
		if (value === undefined || values.has(key)) return undefined;
		values.set(key, value);
	}

	const first = (keys: readonly string[]) => keys.map((key) => values.get(key)).find((value) => value !== undefined);
	const title = first(IDENTITY_KEYS.title);
	if (title === undefined || title === "" || title.includes("<") || title.includes("&")) return undefined;
	const pathFacts = derivePathFacts(source.relPath);
	const dateText = first(IDENTITY_KEYS.date) ?? pathFacts.datePrefix;
	if (dateText === undefined) return undefined;
	const date = parseDate(dateText, config.timezone);
	if (!date.ok) return undefined;
	const draft = readFlag(first(IDENTITY_KEYS.draft));
	const published = readFlag(first(IDENTITY_KEYS.published));
	if (draft === null || published === null) return undefined;
	const identity = deriveIdentity(
		{
			slug: first(IDENTITY_KEYS.slug),
			link: first(IDENTITY_KEYS.link),
			id: first(IDENTITY_KEYS.id),
			published: date.date,
			pathSlug: pathFacts.slug,
		},
		config,
	);
	if (identity.isLinkInvalid) return undefined;
	return {
		file: source.file,
		relPath: source.relPath,
		id: identity.id,
		link: identity.link,
		published: date.date,
		draft: draft === true || published === false,
	};
}

function readPlainScalar(raw: string): string | undefined {
	if (raw.startsWith('"')) {
		// Double quotes with at most `\"` and `\\` escapes; `\n`, `\x00`, `\u…` need the real parser.
		const inner = raw.slice(1, -1);
		if (raw.length < 2 || !raw.endsWith('"') || !DOUBLE_QUOTED_SIMPLE_RE.test(inner)) return undefined;
		return inner.replace(/\\(["\\])/g, "$1");
	}
	if (raw.startsWith("'")) {
		return raw.length >= 2 && raw.endsWith("'") && !raw.slice(1, -1).includes("'") ? raw.slice(1, -1) : undefined;
	}
	if (raw === "" || NOT_PLAIN_START_RE.test(raw) || raw.includes(" #") || raw.includes(": ")) {
		// Empty (a block follows), special, or a comment / nested mapping on the line: unsure, unless it is a date.
		return /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) ? raw : undefined;
	}
	return YAML_SPECIAL_RE.test(raw) && BOOLEANS[raw] === undefined ? undefined : raw;
}

// undefined: absent; null: present but not a plain boolean (the schema decides).
function readFlag(value: string | undefined): boolean | undefined | null {
	if (value === undefined) return undefined;
	return BOOLEANS[value] ?? null;
}
