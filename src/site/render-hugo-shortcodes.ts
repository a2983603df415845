import { CharPositions } from "../text/char-positions.js";
import { replaceUpToLast } from "../text/up-to-last.js";
import { fenceCode } from "./fence-code.js";
import type { LinkIndex } from "./link-index.js";

// `{{< ref "post.md" >}}`, `{{< relref path="post" >}}`, `{{% ref "…" %}}`; and Hugo's escape, `{{</* ref … */>}}`.
// The reference and the language are read whole (`(?=(…))\1`, as an atomic group): a shorter one leaves characters
// the rest reads the same way up to the same `}`, so it cannot match where the whole one did not, and trying each end
// of a long one was quadratic (100 KB took seconds). The blocks are looked for up to their last closing only (upToLast).
// A `ref` is `REF_HEAD_RE` followed by `[^}]*?[>%]\}\}` (see replaceRefs).
const REF_HEAD_RE = /\{\{([<%])\s*(?:ref|relref)\s+(?:path\s*=\s*)?["']?(?=([^"'\s>%]+))\2["']?/y;
// The spaces before the shortcode on its line, when nothing else is, are its indentation (see fenceCode).
const HIGHLIGHT_RE =
	/(^[ \t]*)?\{\{[<%]\s*highlight\s+["']?(?=([\w+#.-]+))\2["']?[^}]*?[>%]\}\}\n?([\s\S]*?)\n?\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}/gm;
const END_HIGHLIGHT_RE = /\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}/g;
const ESCAPED_RE = /\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/g;
const END_ESCAPED_RE = /\*\/[>%]\}\}/g;

/**
 * Hugo's shortcodes that need the site or the code's text, before Markdown as Hugo does them: `ref`/`relref` become the
 * target's permalink, `highlight` a fenced code block (`<pre><code class="language-…">`), and the
 * commented form (`{{<` slash-star … star-slash `>}}`) the text `{{< x >}}`. Returns the references not found.
 */
export function renderHugoShortcodes(body: string, index: LinkIndex): { body: string; unresolved: string[] } {
	const unresolved: string[] = [];
	const highlighted = replaceUpToLast(
		body,
		END_HIGHLIGHT_RE,
		HIGHLIGHT_RE,
		(_, indent = "", language: string, code: string) => indent + fenceCode(language, code, indent),
	);
	const linked = replaceRefs(highlighted, (shortcode, reference) => {
		const link = index.find(reference);
		if (link === undefined) unresolved.push(shortcode);
		return link ?? "";
	});
	// A commented shortcode is Hugo's way to show one as text.
	const resolved = replaceUpToLast(
		linked,
		END_ESCAPED_RE,
		ESCAPED_RE,
		(_, open: string, inner: string, close: string) => `{{${open}${inner}${close}}}`,
	);
	return { body: resolved, unresolved };
}

/**
 * `text.replace(/${REF_HEAD_RE.source}[^}]*?[>%]\}\}/g, …)`, calling `replace(shortcode, reference)`. The lazy `[^}]*?`
 * cannot pass a `}`, so a `ref` ends at the first `}` after its head, which must follow `>` or `%` and come before
 * another `}`: that `}` is found by position (CharPositions). The pattern searched for it from every `{{<ref`, and
 * thousands of them never closed took time quadratic in the text (400 KB: 7 s). The head's first reading is the one the
 * pattern keeps: another (without `path=` or a quote) ends earlier, and the first `}` after it is the same one or one
 * inside the head, which follows neither `>` nor `%`.
 */
function replaceRefs(text: string, replace: (shortcode: string, reference: string) => string): string {
	const braces = new CharPositions(text, "}");
	let out = "";
	let last = 0;
	let start = text.indexOf("{{");
	while (start !== -1) {
		REF_HEAD_RE.lastIndex = start;
		const head = REF_HEAD_RE.exec(text);
		const close = head === null ? -1 : braces.next(REF_HEAD_RE.lastIndex);
		if (head === null || close === -1 || !">%".includes(text.charAt(close - 1)) || text.charAt(close + 1) !== "}") {
			start = text.indexOf("{{", start + 1);
			continue;
		}
		out += text.slice(last, start) + replace(text.slice(start, close + 2), head[2] ?? "");
		last = close + 2;
		start = text.indexOf("{{", last);
	}
	return out + text.slice(last);
}
