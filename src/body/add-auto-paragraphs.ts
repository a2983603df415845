// WordPress stores `post_content` without <p> and renders it through `wpautop` (wp-includes/formatting.php): a blank
// line (or two <br> in a row) is a paragraph break and a single newline inside a paragraph a <br>. Exported bodies
// must be read the same way, or their bare text lines run together and the last paragraph (an agency's notice) is
// never a block of its own (issue #12). This is a re-implementation of those rules, not a port of WordPress code.

// The block-level tags wpautop knows ($allblocks), plus the HTML5 ones it learned later.
const BLOCK =
	"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|main|center|iframe|video|audio|picture|object|table)";
const BLOCK_OPEN_RE = new RegExp(`(<${BLOCK}[\\s/>])`, "gi");
const BLOCK_CLOSE_RE = new RegExp(`(</${BLOCK}>)`, "gi");
const P_BEFORE_BLOCK_RE = new RegExp(`<p>\\s*(</?${BLOCK}[^>]*>)`, "gi");
const P_AFTER_BLOCK_RE = new RegExp(`(</?${BLOCK}[^>]*>)\\s*</p>`, "gi");
const BR_AFTER_BLOCK_RE = new RegExp(`(</?${BLOCK}[^>]*>)\\s*<br>`, "gi");
const BR_BEFORE_BLOCK_RE = /<br>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi;
// Kept out of the paragraph logic, as wpautop keeps <pre>, and comments, whose blank lines are not paragraph breaks.
const PROTECTED_RE = /<(pre|script|style|textarea|svg|math)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
// Bodies never hold NUL (the loader rejects the file), so a placeholder made of it cannot collide with text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the placeholder's mark, see above.
const PLACEHOLDER_RE = /\u0000(\d+)\u0000/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const BR_BEFORE_PLACEHOLDER_RE = /<br>\n(?=\u0000\d+\u0000\n)/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const BR_AFTER_PLACEHOLDER_RE = /(\u0000\d+\u0000)<br>\n/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const LONE_PLACEHOLDER_RE = /^\u0000(\d+)\u0000$/;

/** A WordPress body as WordPress shows it: `wpautop` paragraphs and line breaks around the HTML it already has. */
export function addAutoParagraphs(body: string): string {
	if (body.trim() === "") return "";
	const kept: string[] = [];
	let text = body
		.replace(/\r\n?/g, "\n")
		.replace(PROTECTED_RE, (whole) => {
			kept.push(whole);
			// A protected block stands alone, like any block; a comment stays where it is.
			return whole.startsWith("<!--") ? `\u0000${kept.length - 1}\u0000` : `\n\n\u0000${kept.length - 1}\u0000\n\n`;
		})
		// A line break inside a tag (between attributes) is not one in the text.
		.replace(/<[^<>]*>/g, (tag) => tag.replace(/\s*\n\s*/g, " "))
		.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, "\n\n")
		.replace(BLOCK_OPEN_RE, "\n\n$1")
		.replace(BLOCK_CLOSE_RE, "$1\n\n");
	text = text
		.split(/\n\s*\n/)
		.map((chunk) => chunk.trim())
		.filter((chunk) => chunk !== "")
		.map((chunk) => (isProtectedBlock(chunk, kept) ? `${chunk}\n` : `<p>${chunk}</p>\n`))
		.join("");
	text = text
		.replace(/<p>\s*<\/p>/g, "")
		.replace(P_BEFORE_BLOCK_RE, "$1")
		.replace(P_AFTER_BLOCK_RE, "$1")
		// Inside the text a single line break is a <br>, except beside a block tag.
		.replace(/<br\s*\/?>/gi, "<br>")
		.replace(/(?<!<br>)[ \t]*\n(?!$)/g, "<br>\n")
		.replace(BR_AFTER_BLOCK_RE, "$1")
		.replace(BR_BEFORE_BLOCK_RE, "$1")
		.replace(BR_BEFORE_PLACEHOLDER_RE, "\n")
		.replace(BR_AFTER_PLACEHOLDER_RE, "$1\n");
	return text.trimEnd().replace(PLACEHOLDER_RE, (_, index: string) => kept[Number(index)] ?? "");
}

function isProtectedBlock(chunk: string, kept: readonly string[]): boolean {
	const match = LONE_PLACEHOLDER_RE.exec(chunk);
	return match !== null && !(kept[Number(match[1])] ?? "").startsWith("<!--");
}
