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
	const markup = findMarkup(tokens);
	let result = "";
	let textStart = 0;
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index] as Token;
		if (!markup.has(token)) continue;
		result += decodeHTML(text.slice(textStart, token.start));
		result += token.kind === "void" ? (VOID_TAGS.get(token.name) ?? "") : SPACED_TAGS.has(token.name) ? " " : "";
		textStart = token.end;
		if (token.kind === "open" && DROPPED_WITH_CONTENT.has(token.name)) {
			// Dropped up to the first closing tag of its name; the tags between are passed over, not searched again.
			const close = findClose(tokens, index + 1, token.name);
			if (close !== -1) {
				textStart = (tokens[close] as Token).end;
				index = close;
			}
		}
	}
	return result + decodeHTML(text.slice(textStart));
}

/**
 * Which tags are markup: comments, voids, and open/close pairs that match (a stack, as nested tags nest). A closing
 * tag matches the innermost open tag of its name, found on that name's own stack: searching the whole stack at every
 * closing tag was quadratic in a heading of thousands of tags opened, then others closed.
 */
function findMarkup(tokens: readonly Token[]): Set<Token> {
	const markup = new Set<Token>();
	const open: Token[] = [];
	// Each name's open tags with their place in `open`, innermost last; one no longer at its place was closed since.
	const opened = new Map<string, { readonly token: Token; readonly at: number }[]>();
	for (const token of tokens) {
		if (token.kind === "comment" || token.kind === "cdata" || token.kind === "void") markup.add(token);
		else if (token.kind === "open") {
			const named = opened.get(token.name) ?? [];
			named.push({ token, at: open.length });
			opened.set(token.name, named);
			open.push(token);
		} else {
			const named = opened.get(token.name) ?? [];
			let top = named.at(-1);
			while (top !== undefined && open[top.at] !== top.token) {
				named.pop();
				top = named.at(-1);
			}
			if (top === undefined) continue;
			named.pop();
			markup.add(top.token);
			markup.add(token);
			open.length = top.at;
		}
	}
	return markup;
}

// The index of the first closing tag named `name` from `from` on, or -1.
function findClose(tokens: readonly Token[], from: number, name: string): number {
	for (let index = from; index < tokens.length; index++) {
		const token = tokens[index] as Token;
		if (token.kind === "close" && token.name === name) return index;
	}
	return -1;
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
