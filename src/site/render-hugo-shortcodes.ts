import { replaceUpToLast } from "../text/up-to-last.js";
import { fenceCode } from "./fence-code.js";
import type { LinkIndex } from "./link-index.js";

// `{{< ref "post.md" >}}`, `{{< relref path="post" >}}`, `{{% ref "…" %}}`; and Hugo's escape, `{{</* ref … */>}}`.
// The reference and the language are read whole (`(?=(…))\1`, as an atomic group): a shorter one leaves characters
// the rest reads the same way up to the same `}`, so it cannot match where the whole one did not, and trying each end
// of a long one was quadratic (100 KB took seconds). The blocks are looked for up to their last closing only (upToLast).
const REF_RE = /\{\{([<%])\s*(?:ref|relref)\s+(?:path\s*=\s*)?["']?(?=([^"'\s>%]+))\2["']?[^}]*?[>%]\}\}/g;
const HIGHLIGHT_RE =
	/\{\{[<%]\s*highlight\s+["']?(?=([\w+#.-]+))\1["']?[^}]*?[>%]\}\}\n?([\s\S]*?)\n?\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}/g;
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
	const highlighted = replaceUpToLast(body, END_HIGHLIGHT_RE, HIGHLIGHT_RE, (_, language: string, code: string) =>
		fenceCode(language, code),
	);
	const linked = highlighted.replace(REF_RE, (shortcode, _delimiter: string, reference: string) => {
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
