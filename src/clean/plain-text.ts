import { decodeHTML } from "entities";
import { normalizeCharacters } from "./text.js";
import { collapseWhitespace } from "./tree.js";

// Zero-width and byte-order marks at the edges of a title are invisible in readers but make it differ from the same
// title typed by hand (scraped WordPress titles start with U+200B). Inside the text they are left alone: U+200D joins
// emoji and U+200C shapes Persian and Indic scripts.
const EDGE_INVISIBLES_RE = /^[\s\u200B\u2060\uFEFF]+|[\s\u200B\u2060\uFEFF]+$/g;

// Issue #12: only real inline tags may be stripped from a title ("The <title> element", "a<b and c>d" and
// "<is>" are text). A tag counts when it is a known phrasing element (or a paragraph a WordPress excerpt wraps its
// text in) and is closed again later; its attributes, if any, are all `name="value"` pairs.
const PAIRED_TAGS: ReadonlySet<string> = new Set([
	"a",
	"abbr",
	"b",
	"bdi",
	"bdo",
	"big",
	"cite",
	"code",
	"del",
	"dfn",
	"div",
	"em",
	"font",
	"i",
	"ins",
	"kbd",
	"mark",
	"p",
	"q",
	"s",
	"samp",
	"small",
	"span",
	"strike",
	"strong",
	"sub",
	"sup",
	"time",
	"tt",
	"u",
	"var",
]);
// Read as a space (a line break) or as nothing (a break opportunity).
const VOID_TAGS: ReadonlyMap<string, string> = new Map([
	["br", " "],
	["wbr", ""],
]);
// Their text is code, never part of a title.
const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set(["script", "style"]);
// Blocks that end a line: their tags read as a space.
const SPACED_TAGS: ReadonlySet<string> = new Set(["p", "div"]);

const MARKUP_RE =
	/<!--[\s\S]*?-->|<!\[CDATA\[|<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z_:][-\w:.]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))*)\s*(\/?)>/g;

interface Token {
	readonly start: number;
	readonly end: number;
	readonly kind: "comment" | "cdata" | "open" | "close" | "void";
	readonly name: string;
}

/** Titles and summaries as plain text: real inline tags stripped, entities decoded exactly once, whitespace collapsed, NFC, XML-safe. */
export function cleanPlainText(text: string): string {
	// Most front matter values have no markup and no entities.
	const plain = text.includes("<") ? stripInlineMarkup(text) : text.includes("&") ? decodeHTML(text) : text;
	return collapseWhitespace(normalizeCharacters(plain)).replace(EDGE_INVISIBLES_RE, "");
}

function stripInlineMarkup(text: string): string {
	const tokens = readTokens(text);
	// Which tags are markup: comments, voids, and open/close pairs that match (a stack, as nested tags nest).
	const markup = new Set<Token>();
	const open: Token[] = [];
	for (const token of tokens) {
		if (token.kind === "comment" || token.kind === "cdata" || token.kind === "void") markup.add(token);
		else if (token.kind === "open") open.push(token);
		else {
			const at = open.map((candidate) => candidate.name).lastIndexOf(token.name);
			if (at === -1) continue;
			const opener = open[at] as Token;
			markup.add(opener);
			markup.add(token);
			open.length = at;
		}
	}
	let result = "";
	let textStart = 0;
	let droppedUntil = -1;
	for (const token of tokens) {
		if (!markup.has(token) || token.start < droppedUntil) continue;
		result += decodeHTML(text.slice(textStart, token.start));
		result += token.kind === "void" ? (VOID_TAGS.get(token.name) ?? "") : SPACED_TAGS.has(token.name) ? " " : "";
		textStart = token.end;
		if (token.kind === "open" && DROPPED_WITH_CONTENT.has(token.name)) {
			const close = tokens.find(
				(other) => other.start > token.start && other.kind === "close" && other.name === token.name,
			);
			if (close !== undefined) {
				textStart = close.end;
				droppedUntil = close.end;
			}
		}
	}
	return result + decodeHTML(text.slice(textStart));
}

function readTokens(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(MARKUP_RE)) {
		const start = match.index;
		const end = start + match[0].length;
		const [whole, slash, rawName, , selfClosing] = match;
		if (whole.startsWith("<!--")) tokens.push({ start, end, kind: "comment", name: "" });
		else if (whole === "<![CDATA[") tokens.push({ start, end, kind: "cdata", name: "" });
		else {
			const name = (rawName ?? "").toLowerCase();
			if (VOID_TAGS.has(name)) tokens.push({ start, end, kind: "void", name });
			else if (!PAIRED_TAGS.has(name) && !DROPPED_WITH_CONTENT.has(name)) continue;
			else if (slash === "/") tokens.push({ start, end, kind: "close", name });
			// `<span/>` opens nothing that closes: it is only markup, and empty.
			else if (selfClosing === "/") tokens.push({ start, end, kind: "void", name });
			else tokens.push({ start, end, kind: "open", name });
		}
	}
	return tokens;
}
