import type { ArticleFacts } from "../article/article.js";
import { frontMatterSchema } from "../article/front-matter-schema.js";
import type { BodyFormat } from "../body/to-html.js";
import type { SiteConfig } from "../config/resolve-config.js";
import type { SourceFile } from "../load/read-source.js";
import { DEFERRED_KEYS, scanArticleFacts } from "./scan-article-facts.js";

/** What the evidence stage needs of an article, read without the YAML parser (see `scanEvidenceFacts`). */
export interface EvidenceFacts {
	/** The article's link, as the full parser derives it. */
	readonly link: ArticleFacts["link"];
	/** The first non-empty of `source`, `original_link`, `canonical_url`, trimmed, as the schema gives it. */
	readonly source?: string;
	readonly format: BodyFormat;
	readonly body: string;
}

// How the front matter schema types each key it knows (src/article/front-matter-schema.ts); a test pins this table to
// the schema's keys. `text`: a string or a one-item list of one; `many`: a string or a list of strings (lists,
// media, people); `flag`: a boolean word; `never`: keys whose rules only the full parser applies (exclusions, dates
// the scan defers, a literal `false`).
type KeyKind = "text" | "many" | "flag" | "never";
const TEXT_KEYS = [
	"title",
	"post_title",
	"date",
	"pubDate",
	"post_date",
	"lastmod",
	"updated",
	"modified",
	"last_modified_at",
	"summary",
	"description",
	"excerpt",
	"post_excerpt",
	"spoiler",
	"slug",
	"url",
	"permalink",
	"link",
	"id",
	"guid",
	"lang",
	"language",
	"license",
	"rights",
	"copyright",
	"publisher",
	"source",
	"original_link",
	"canonical_url",
];
const MANY_KEYS = [
	"tags",
	"categories",
	"category",
	"keywords",
	"original_cats",
	"author",
	"authors",
	"image",
	"cover",
	"heroImage",
	"featured_image",
	"images",
	"enclosure",
];
const NEVER_KEYS = ["publishDate", "expiryDate", "headless", "sitePath"];
/** @internal The kind of each schema key, exported for the test that keeps it in step with the schema. */
export const SCHEMA_KEY_KINDS: ReadonlyMap<string, KeyKind> = new Map<string, KeyKind>([
	...TEXT_KEYS.map((key) => [key, "text"] as const),
	...MANY_KEYS.map((key) => [key, "many"] as const),
	["draft", "flag"],
	["published", "flag"],
	...NEVER_KEYS.map((key) => [key, "never"] as const),
]);
// Keys the quick scan leaves to the full parser (read before validation: normalize-site-fields.ts,
// find-exclusion.ts), and one special to JavaScript objects.
const UNSURE_KEYS: ReadonlySet<string> = new Set([...DEFERRED_KEYS, "__proto__"]);
const SOURCE_KEYS = ["source", "original_link", "canonical_url"];
// js-yaml refuses a stream with these anywhere (its PATTERN_NON_PRINTABLE), comments included.
const NON_PRINTABLE_RE =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters js-yaml refuses.
	/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
// The spaces after the colon are all taken: `.*` stops where `$` would fail (a U+2028 in the value), and given back
// one by one they had it read the rest of the line again (30 KB of spaces took 3.4 s).
const KEY_LINE_RE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(?![ ])(.*))?$/;
// A plain scalar js-yaml reads in block context (YAML 1.2 §7.3.3): no indicator first, no ": " or " #" inside, no
// ":" last, no tab; its type (string, number, boolean, null) is left open.
const PLAIN_SCALAR_RE = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^\t:#]|:(?=[^ \t])|(?<! )#)*$/;
// A plain scalar that is surely a string in the core schema: not a null, boolean or number word, nor number-like.
const NOT_STRING_RE =
	/^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+.]?[0-9].*|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
// A plain date or date and time, as the scanner reads it (scan-article-facts.ts).
const PLAIN_DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// An item of a flow list: a letter, digit or "_" first, then no indicator that flow context reads.
const FLOW_ITEM_RE = /^[\p{L}\p{N}_][^,[\]{}#:'"&*!|>%@`\t]*$/u;
const SINGLE_QUOTED_RE = /^'(?:[^']|'')*'$/;
// Double quotes with at most `\"` and `\\` escapes.
const DOUBLE_QUOTED_RE = /^"(?:[^"\\]|\\["\\])*"$/;
const BLOCK_HEADER_RE = /^[>|]-?$/;
const PLAIN_FLAG_RE = /^(?:true|false|True|False|TRUE|FALSE)$/;
const STRING_FLAG_RE = /^(?:true|false|yes|no)$/;
const CLOSING_FENCE_RE = /\n---[ \t]*(?:\n|$)/;
// The full parser's limits (parse-front-matter.ts): 64 KiB and 10,000 values; well inside both.
const MAX_FRONT_MATTER = 32 * 1024;
const MAX_LINES = 2000;

/**
 * The evidence stage's facts of an article (its link, its source, its body) when its front matter is surely one the
 * full parser accepts: the scanner's plain YAML (scanArticleFacts answers, no site dialect) in which every line is
 * `key: scalar`, a block scalar, or a block list of scalars, each of a type the schema takes for its key. Undefined
 * whenever that is not sure; the caller parses the file. Issue #16: the evidence window read 150 articles it does not
 * render through gray-matter, js-yaml and the schema for a host and a body; a file the full parser rejects must still
 * teach nothing, so nothing is assumed.
 */
export function scanEvidenceFacts(source: SourceFile, config: SiteConfig): EvidenceFacts | undefined {
	if (config.site !== undefined) return undefined;
	const facts = scanArticleFacts(source, config);
	if (facts === undefined) return undefined;
	const { text } = source;
	const close = CLOSING_FENCE_RE.exec(text.slice(3));
	if (close === null || close.index > MAX_FRONT_MATTER) return undefined;
	const head = text.slice(4, 3 + close.index);
	// A lone carriage return is a line break to js-yaml, not to the lines read here.
	if (NON_PRINTABLE_RE.test(head) || head.includes("\r")) return undefined;
	const lines = head.split("\n");
	if (lines.length > MAX_LINES) return undefined;
	const values = readTopLevel(lines);
	if (values === undefined) return undefined;
	let sourceValue: string | undefined;
	for (const key of SOURCE_KEYS) {
		const value = values.get(key);
		if (value === undefined) continue;
		const exact = value.type === "string" || value.type === "list" ? value.exact : undefined;
		if (exact === undefined) return undefined;
		const trimmed = exact.trim();
		if (trimmed !== "") {
			sourceValue = trimmed;
			break;
		}
	}
	const isWordPress = values.has("post_title") || values.has("post_date");
	return {
		link: facts.link,
		...(sourceValue !== undefined && { source: sourceValue }),
		format: source.format !== "text" && isWordPress ? "wordpress" : source.format,
		body: text.slice(3 + close.index + close[0].length),
	};
}

/**
 * A top-level value as js-yaml would type it: a string (`exact` when its text is known: one line), a list (of
 * `items`, all strings or not, `exact` for a one-item list of a known string), null, or a plain scalar whose type is
 * not surely a string (`plain`, its text, for boolean words).
 */
type ScannedValue =
	| { readonly type: "string"; readonly exact?: string | undefined }
	| {
			readonly type: "list";
			readonly items: number;
			readonly isAllStrings: boolean;
			readonly exact?: string | undefined;
	  }
	| { readonly type: "null" }
	| { readonly type: "other"; readonly plain: string };

// Every top-level key with its value, or undefined when a line is not surely valid for the schema.
function readTopLevel(lines: readonly string[]): Map<string, ScannedValue> | undefined {
	const values = new Map<string, ScannedValue>();
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? "";
		if (line === "" || line.startsWith("#")) continue;
		const match = KEY_LINE_RE.exec(line);
		if (match === null) return undefined;
		const key = match[1] ?? "";
		const raw = trimSpaces(match[2] ?? "");
		// js-yaml refuses a duplicated key.
		if (values.has(key) || UNSURE_KEYS.has(key)) return undefined;
		const end = endOfBlock(lines, index + 1);
		const block = lines.slice(index + 1, end);
		index = end - 1;
		const value = BLOCK_HEADER_RE.test(raw)
			? readBlockScalar(block, 1)
			: raw !== ""
				? hasContent(block)
					? undefined
					: readScalar(raw)
				: hasContent(block)
					? readList(block)
					: NULL;
		if (value === undefined || !isSchemaType(key, value)) return undefined;
		values.set(key, value);
	}
	return values;
}

const NULL: ScannedValue = { type: "null" };

// The lines after a key that belong to its value: empty or indented ones.
function endOfBlock(lines: readonly string[], start: number): number {
	let end = start;
	while (end < lines.length && ((lines[end] ?? "") === "" || (lines[end] ?? "").startsWith(" "))) end++;
	return end;
}

function hasContent(lines: readonly string[]): boolean {
	return lines.some((line) => line.trim() !== "");
}

function trimSpaces(text: string): string {
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
	return text.slice(0, end);
}

function indentOf(line: string): number {
	return line.length - line.trimStart().length;
}

// A scalar on its line: quoted, or plain (a string only when it is no null, boolean or number word).
function readScalar(raw: string): ScannedValue | undefined {
	if (SINGLE_QUOTED_RE.test(raw)) return { type: "string", exact: raw.slice(1, -1).replaceAll("''", "'") };
	if (DOUBLE_QUOTED_RE.test(raw)) return { type: "string", exact: raw.slice(1, -1).replace(/\\(["\\])/g, "$1") };
	if (raw.startsWith("[")) return readFlowList(raw);
	if (!PLAIN_SCALAR_RE.test(raw)) return undefined;
	return isSurelyString(raw) ? { type: "string", exact: raw } : { type: "other", plain: raw };
}

// A date is number-like but a string in the core schema, which has no timestamp type: the full parser reads it.
function isSurelyString(plain: string): boolean {
	return !NOT_STRING_RE.test(plain) || PLAIN_DATE_RE.test(plain);
}

// `[politics, economy]`: a flow list of plain words (no quotes, colons, comments or nested collections).
function readFlowList(raw: string): ScannedValue | undefined {
	if (!raw.endsWith("]")) return undefined;
	const inner = raw.slice(1, -1);
	if (inner.trim() === "") return { type: "list", items: 0, isAllStrings: true };
	let isAllStrings = true;
	const items = inner.split(",");
	for (const item of items) {
		const word = item.trim();
		if (!FLOW_ITEM_RE.test(word)) return undefined;
		if (!isSurelyString(word)) isAllStrings = false;
	}
	return { type: "list", items: items.length, isAllStrings, exact: items.length === 1 ? items[0]?.trim() : undefined };
}

// `>`, `|`, `>-`, `|-` and their body, every line at least as indented as the first (at least `minIndent`), no tab:
// a string. Exact when it is one line (the line; the line break a clip adds is trimmed by the schema).
function readBlockScalar(body: readonly string[], minIndent: number): ScannedValue | undefined {
	const first = body[0];
	if (first === undefined || first.trim() === "") return undefined;
	const indent = indentOf(first);
	if (indent < minIndent) return undefined;
	let content = 0;
	for (const line of body) {
		if (line.includes("\t")) return undefined;
		if (line.trim() === "") continue;
		if (indentOf(line) < indent) return undefined;
		content++;
	}
	return { type: "string", exact: content === 1 ? first.trim() : undefined };
}

// A block list at one indentation, each item a scalar on its line or a block scalar below it: `  - 'Sport'`,
// `  - >` (WordPress exports).
function readList(block: readonly string[]): ScannedValue | undefined {
	const first = block.find((line) => line.trim() !== "") ?? "";
	const indent = indentOf(first);
	const marker = `${" ".repeat(indent)}- `;
	let items = 0;
	let isAllStrings = true;
	let exact: string | undefined;
	for (let index = 0; index < block.length; index++) {
		const line = block[index] ?? "";
		if (line.trim() === "") continue;
		if (!line.startsWith(marker) || line.charCodeAt(marker.length) === 32) return undefined;
		const raw = trimSpaces(line.slice(marker.length));
		let end = index + 1;
		while (end < block.length && !isItemEnd(block[end] ?? "", indent)) end++;
		const rest = block.slice(index + 1, end);
		index = end - 1;
		const item = BLOCK_HEADER_RE.test(raw)
			? readBlockScalar(rest, indent + 2)
			: hasContent(rest)
				? undefined
				: readScalar(raw);
		if (item === undefined) return undefined;
		if (item.type !== "string") isAllStrings = false;
		items++;
		exact = item.type === "string" ? item.exact : undefined;
	}
	return { type: "list", items, isAllStrings, exact: items === 1 ? exact : undefined };
}

function isItemEnd(line: string, indent: number): boolean {
	return line.trim() !== "" && indentOf(line) <= indent;
}

// Whether the schema takes the value for the key; a key it does not know takes any value.
function isSchemaType(key: string, value: ScannedValue): boolean {
	const kind = SCHEMA_KEY_KINDS.get(key);
	switch (kind) {
		case undefined:
			return true;
		case "never":
			return false;
		// `z.boolean()`, or the strings "true", "false", "yes", "no": plain `yes`/`no` are strings in the core schema.
		case "flag":
			return (
				(value.type === "other" && PLAIN_FLAG_RE.test(value.plain)) ||
				(value.type === "string" && value.exact !== undefined && STRING_FLAG_RE.test(value.exact.trim()))
			);
		case "text":
			return value.type === "string" || (value.type === "list" && value.items === 1 && value.isAllStrings);
		// An empty list is not offered to the media keys' first-entry rule: left to the full parser.
		case "many":
			return value.type === "string" || (value.type === "list" && value.items > 0 && value.isAllStrings);
	}
}

/** @internal For the test that keeps `SCHEMA_KEY_KINDS` in step with the schema. */
export const SCHEMA_KEYS: readonly string[] = Object.keys(frontMatterSchema.shape);
