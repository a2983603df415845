import type { ArticleFacts } from "../article/article.js";
import { deriveIdentity } from "../article/derive-identity.js";
import { derivePathFacts } from "../article/derive-slug.js";
import { IDENTITY_KEYS } from "../article/identity-keys.js";
import { parseDate } from "../article/parse-date.js";
import type { SiteConfig } from "../config/resolve-config.js";
import type { SourceFile } from "../load/read-source.js";
import { LIST_PAGE_RE } from "../site/site-rules.js";

// The keys selection depends on (and the title, whose absence sends the article to the full parser).
const SCANNED_KEYS: ReadonlySet<string> = new Set(Object.values(IDENTITY_KEYS).flat());
// Keys whose rules (embargo, expiry, exclusion, WordPress status and dates) only the full parser applies: their
// presence sends the article to it.
export const DEFERRED_KEYS: ReadonlySet<string> = new Set([
	"publishDate",
	"expiryDate",
	"headless",
	"_build",
	"eleventyExcludeFromCollections",
	"post_status",
	"post_type",
	"post_date_gmt",
	"post_name",
]);
const [HASH, SPACE, TAB, DASH, COLON, UNDERSCORE] = ["#", " ", "\t", "-", ":", "_"].map((c) => c.charCodeAt(0));
const CLOSING_FENCE_RE = /\n---[ \t]*(?:\n|$)/;
// First characters that make a YAML value more than a plain scalar: flow collections, anchors, aliases, tags,
// block scalars, reserved indicators, and anything number-like (js-yaml would turn `0x1F` into 31).
const NOT_PLAIN_START_RE = /^[[\]{}&*!|>%@`#,?:\-+.0-9]/;
// Characters other than `"` and `\`, or the escapes `\"` and `\\`.
const DOUBLE_QUOTED_SIMPLE_RE = /^(?:[^"\\]|\\["\\])*$/;
// A block scalar header without indentation indicator or comment: `>`, `|`, `>-`, `|-` (keep chomping `+` is left to
// the full parser).
const BLOCK_HEADER_RE = /^[>|](-?)$/;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
// Anything an HTML parser could read as a character reference, with or without its semicolon.
const ENTITY_LIKE_RE = /&[^\s;&]*;?/g;
const QUOTED_ESCAPE_RE = /\\(["\\])/g;
// A plain date or date and time: number-like, but read the same by the scan and the full parser.
const PLAIN_DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
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
	// A generator's rules (links, dates, dialects) and list pages are the full parser's; WordPress keys are deferred below.
	if ((config.site !== undefined && config.site.generator !== "wordpress") || LIST_PAGE_RE.test(source.relPath))
		return undefined;
	const close = CLOSING_FENCE_RE.exec(text.slice(3));
	if (close === null) return undefined;
	const values = new Map<string, string>();
	const lines = text.slice(4, 3 + close.index).split("\n");
	let continuesScannedKey = false;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? "";
		const lead = line.charCodeAt(0);
		// Empty lines and comments; then continuation lines (block lists, multi-line scalars), which only the full
		// parser can read when they continue a key we need.
		if (line === "" || lead === HASH) continue;
		if (lead === SPACE || lead === TAB || lead === DASH) {
			if (continuesScannedKey) return undefined;
			continue;
		}
		const colon = keyEnd(line);
		if (colon === -1) return undefined;
		const key = line.slice(0, colon).trimEnd();
		if (DEFERRED_KEYS.has(key)) return undefined;
		continuesScannedKey = SCANNED_KEYS.has(key);
		if (!continuesScannedKey) continue;
		if (values.has(key)) return undefined;
		const raw = trimBlanks(line.slice(colon + 1));
		// U+2028 and U+2029 are no YAML line breaks, but unusual enough to leave to the full parser.
		if (raw.includes("\u2028") || raw.includes("\u2029")) return undefined;
		const block = BLOCK_HEADER_RE.exec(raw);
		if (block !== null) {
			// `permalink: >` and a folded `post_title`, as WordPress exporters write them.
			const end = endOfBlock(lines, index + 1);
			const isTitle = key === "title" || key === "post_title";
			const value = readBlockScalar(lines.slice(index + 1, end), block[1] === "-", isTitle);
			if (value === undefined) return undefined;
			values.set(key, value);
			index = end - 1;
			continuesScannedKey = false;
			continue;
		}
		// `title: false` or `id: null` is not text: leave the type error to the full parser.
		if (key !== "draft" && key !== "published" && YAML_SPECIAL_RE.test(raw)) return undefined;
		const value = readPlainScalar(raw);
		if (value === undefined) return undefined;
		values.set(key, value);
	}

	const title = firstValue(values, IDENTITY_KEYS.title);
	if (title === undefined || !isSurelyNonEmptyTitle(title)) return undefined;
	const pathFacts = derivePathFacts(source.relPath);
	const dateText = firstValue(values, IDENTITY_KEYS.date) ?? pathFacts.datePrefix;
	if (dateText === undefined) return undefined;
	const date = parseDate(dateText, config.timezone);
	if (!date.ok) return undefined;
	const draft = readFlag(firstValue(values, IDENTITY_KEYS.draft));
	const published = readFlag(firstValue(values, IDENTITY_KEYS.published));
	if (draft === null || published === null) return undefined;
	const identity = deriveIdentity(
		{
			slug: firstValue(values, IDENTITY_KEYS.slug),
			link: firstValue(values, IDENTITY_KEYS.link),
			id: firstValue(values, IDENTITY_KEYS.id),
			published: date.date,
			pathSlug: pathFacts.slug,
			bundleLanguage: pathFacts.bundleLanguage,
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

// The value of the first of `keys` that has one, as the full parser reads it: trimmed (the front matter schema trims
// every string, NBSPs and the line break a block scalar ends with included), empty strings skipped (`firstKey`).
function firstValue(values: ReadonlyMap<string, string>, keys: readonly string[]): string | undefined {
	for (const key of keys) {
		const value = values.get(key)?.trim();
		if (value !== undefined && value !== "") return value;
	}
	return undefined;
}

/**
 * Where the key of a `key: value` line ends (the colon), or -1 when the line is not one: a key is a letter or `_`
 * followed by letters, digits, `_` and `-`, then optional blanks, the colon, and the end of the line or a blank.
 */
function keyEnd(line: string): number {
	let at = 0;
	let code = line.charCodeAt(0);
	if (!(isLetter(code) || code === UNDERSCORE)) return -1;
	for (at = 1; at < line.length; at++) {
		code = line.charCodeAt(at);
		if (!(isLetter(code) || isDigit(code) || code === UNDERSCORE || code === DASH)) break;
	}
	while (code === SPACE || code === TAB) code = line.charCodeAt(++at);
	if (code !== COLON) return -1;
	const after = line.charCodeAt(at + 1);
	return Number.isNaN(after) || after === SPACE || after === TAB ? at : -1;
}

// YAML's blanks are spaces and tabs only: an NBSP at the end of a URL is part of the value.
function trimBlanks(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === TAB)) start++;
	while (end > start && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
	return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

// The title only has to be there: the full parser rejects an article whose title cleans to nothing. Without markup,
// cleaning decodes entities and drops whitespace and invisible characters, but never a letter or a digit outside an
// entity reference.
function isSurelyNonEmptyTitle(title: string): boolean {
	return (
		!title.includes("<") && LETTER_OR_DIGIT_RE.test(title.includes("&") ? title.replace(ENTITY_LIKE_RE, "") : title)
	);
}

// The lines of a block scalar's body: every following line that is empty or indented.
function endOfBlock(lines: readonly string[], start: number): number {
	let end = start;
	while (end < lines.length) {
		const line = lines[end] ?? "";
		if (line !== "" && !line.startsWith(" ")) break;
		end++;
	}
	return end;
}

/**
 * The value YAML gives a block scalar (`>` folded or `|` literal, clip or strip chomping) whose body is one line, as
 * js-yaml does: the line without its indentation, then a line break unless stripped. A title may fold several lines:
 * only its presence matters, so their text joined is enough. Undefined for anything else (several lines of a URL, a
 * tab, leading blank lines, a line less indented than the first).
 */
function readBlockScalar(body: readonly string[], isStripped: boolean, isTitle: boolean): string | undefined {
	const first = body[0];
	if (first === undefined || first.trim() === "") return undefined;
	const indent = first.length - first.trimStart().length;
	const content: string[] = [];
	for (const line of body) {
		if (line.trim() === "") continue;
		if (line.includes("\t") || line.length - line.trimStart().length < indent) return undefined;
		content.push(line.slice(indent));
	}
	if (isTitle) return content.join(" ");
	if (content.length !== 1) return undefined;
	return isStripped ? content[0] : `${content[0]}\n`;
}

function readPlainScalar(raw: string): string | undefined {
	if (raw.startsWith('"')) {
		// Double quotes with at most `\"` and `\\` escapes; `\n`, `\x00`, `\u…` need the real parser.
		const inner = raw.slice(1, -1);
		if (raw.length < 2 || !raw.endsWith('"') || !DOUBLE_QUOTED_SIMPLE_RE.test(inner)) return undefined;
		return inner.includes("\\") ? inner.replace(QUOTED_ESCAPE_RE, "$1") : inner;
	}
	if (raw.startsWith("'")) {
		// Single quotes with `''` for a quote, as WordPress exporters write titles.
		const inner = raw.slice(1, -1);
		if (raw.length < 2 || !raw.endsWith("'") || inner.replaceAll("''", "").includes("'")) return undefined;
		return inner.replaceAll("''", "'");
	}
	if (raw === "" || NOT_PLAIN_START_RE.test(raw) || raw.includes(" #") || raw.includes(": ")) {
		// Empty (a block follows), special, or a comment / nested mapping on the line: unsure, unless it is a date.
		return PLAIN_DATE_RE.test(raw) ? raw : undefined;
	}
	return YAML_SPECIAL_RE.test(raw) && BOOLEANS[raw] === undefined ? undefined : raw;
}

// undefined: absent; null: present but not a plain boolean (the schema decides).
function readFlag(value: string | undefined): boolean | undefined | null {
	if (value === undefined) return undefined;
	return BOOLEANS[value] ?? null;
}
