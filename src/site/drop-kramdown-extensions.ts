import { rewriteOutsideCode } from "./split-code.js";

// kramdown's extensions, which Jekyll posts use and CommonMark shows as text: `{::comment}…{:/comment}` is the
// author's note (nothing on the page), `{::nomarkdown}…{:/nomarkdown}` holds HTML to keep as it is (the markers go),
// either closed by the short `{:/}` too; and `*[HTML]: Hyper Text Markup Language`, an abbreviation's definition,
// is no text of the page. https://kramdown.gettalong.org/syntax.html#extensions
const OPENER_RE = /\{::(comment|nomarkdown)\}/g;
const ABBREVIATION_RE = /^ {0,3}\*\[[^\]\n]+\]:[^\n]*\n?/gm;

/** A kramdown post's Markdown without those extensions' markers, comments and definitions, outside code. Pure. */
export function dropKramdownExtensions(body: string): string {
	if (!body.includes("{::") && !body.includes("*[")) return body;
	return rewriteOutsideCode(body, (prose) => dropExtensions(prose).replace(ABBREVIATION_RE, ""));
}

// Each extension up to its closing tag, found by a forward search that remembers where each closing tag is next (or
// that there is none), so that the prose is read once however many extensions it holds.
function dropExtensions(prose: string): string {
	const next = new Map<string, number>();
	const find = (tag: string, from: number): number => {
		const known = next.get(tag);
		if (known !== undefined && (known === -1 || known >= from)) return known;
		const at = prose.indexOf(tag, from);
		next.set(tag, at);
		return at;
	};
	let out = "";
	let last = 0;
	OPENER_RE.lastIndex = 0;
	for (let open = OPENER_RE.exec(prose); open !== null; open = OPENER_RE.exec(prose)) {
		const name = open[1] ?? "";
		const start = open.index + open[0].length;
		const closes = [`{:/${name}}`, "{:/}"]
			.map((tag) => ({ at: find(tag, start), length: tag.length }))
			.filter((close) => close.at !== -1)
			.sort((a, b) => a.at - b.at);
		const close = closes[0];
		if (close === undefined) break;
		out += prose.slice(last, open.index) + (name === "nomarkdown" ? prose.slice(start, close.at) : "");
		last = close.at + close.length;
		OPENER_RE.lastIndex = last;
	}
	return out + prose.slice(last);
}
