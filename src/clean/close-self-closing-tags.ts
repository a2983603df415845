// Scraped bodies use XHTML self-closing syntax on non-void elements (`<iframe …/>`, `<strong/>`, Reuters' `<span
// id="midArticle_1"/>`). HTML ignores the slash, so an `<iframe/>` swallows the rest of the article as raw text and a
// `<strong/>` bolds it; closing them explicitly keeps what the author meant.
//
// What `html.replace(SELF_CLOSING_RE, "<$1$2></$1>")` did, with
// SELF_CLOSING_RE = /<((?!(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)\b)[A-Za-z][\w-]*)
//                    ((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/>/g
// but in linear time: an attribute name may hold `<`, so from every `<` of `<p b<p b<p b…"` the pattern read the rest of
// the text as attributes (100 KB took 14 s). Between two attributes, what follows depends only on where it stands,
// so each such place is read once and its outcome kept for every tag that reaches it.

const VOID_NAME_Y = /(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)\b/y;
const TAG_NAME_Y = /[A-Za-z][\w-]*/y;
// An attribute's name (a name never gives back a character: the next one could start nothing), then its value.
const ATTRIBUTE_NAME_Y = /\s+[^\s"'>/=]+/y;
const ATTRIBUTE_VALUE_Y = /\s*=\s*(?:"[^"]*"|'[^']*'|([^\s"'=<>`]+))/y;
const END_Y = /\s*\/>/y;

/** Where a tag's attributes end (before the spaces and `/>`) and where the tag ends. */
interface Ending {
	readonly attributes: number;
	readonly end: number;
}

/** Rewrites every `<name …/>` of a non-void element as `<name …></name>`. */
export function closeSelfClosingTags(html: string): string {
	// The outcome of reading attributes from a position between two of them: the tag's ending, or null for none.
	const outcomes = new Map<number, Ending | null>();
	let out = "";
	let copied = 0;
	for (let start = html.indexOf("<"); start !== -1; start = html.indexOf("<", start + 1)) {
		const nameEnd = readTagName(html, start + 1);
		if (nameEnd === -1) continue;
		const ending = readAttributes(html, nameEnd, outcomes);
		if (ending === null) continue;
		const name = html.slice(start + 1, nameEnd);
		out += `${html.slice(copied, start)}<${name}${html.slice(nameEnd, ending.attributes)}></${name}>`;
		copied = ending.end;
		start = ending.end - 1;
	}
	return copied === 0 ? html : out + html.slice(copied);
}

/** The end of a non-void element's name starting at `at`, or -1. */
function readTagName(html: string, at: number): number {
	VOID_NAME_Y.lastIndex = at;
	if (VOID_NAME_Y.test(html)) return -1;
	TAG_NAME_Y.lastIndex = at;
	return TAG_NAME_Y.test(html) ? TAG_NAME_Y.lastIndex : -1;
}

/** Reads attributes from `at` to the closing `/>`; every position passed between two attributes shares the outcome. */
function readAttributes(html: string, at: number, outcomes: Map<number, Ending | null>): Ending | null {
	const passed: number[] = [];
	let outcome: Ending | null | undefined;
	for (let position = at; outcome === undefined; ) {
		const known = outcomes.get(position);
		if (known !== undefined) {
			outcome = known;
			break;
		}
		passed.push(position);
		END_Y.lastIndex = position;
		if (END_Y.test(html)) {
			outcome = { attributes: position, end: END_Y.lastIndex };
			break;
		}
		ATTRIBUTE_NAME_Y.lastIndex = position;
		if (!ATTRIBUTE_NAME_Y.test(html)) {
			outcome = null;
			break;
		}
		position = ATTRIBUTE_NAME_Y.lastIndex;
		ATTRIBUTE_VALUE_Y.lastIndex = position;
		const value = ATTRIBUTE_VALUE_Y.exec(html);
		if (value === null) continue;
		position = ATTRIBUTE_VALUE_Y.lastIndex;
		// An unquoted value takes a `/` that a `>` follows only when the tag could not end otherwise: a `>` cannot
		// follow a value, so it gives the `/` back and the tag ends there (`<b x=y/>`).
		const unquoted = value[1];
		if (unquoted !== undefined && unquoted.length > 1 && unquoted.endsWith("/") && html[position] === ">") {
			outcome = { attributes: position - 1, end: position + 1 };
		}
	}
	for (const position of passed) outcomes.set(position, outcome);
	return outcome;
}
