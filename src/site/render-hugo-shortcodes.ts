import { fenceCode } from "./fence-code.js";
import type { LinkIndex } from "./link-index.js";

// `{{< ref "post.md" >}}`, `{{< relref path="post" >}}`, `{{% ref "…" %}}`; and Hugo's escape, `{{</* ref … */>}}`.
const REF_RE = /\{\{([<%])\s*(?:ref|relref)\s+(?:path\s*=\s*)?["']?([^"'\s>%]+)["']?[^}]*?[>%]\}\}/g;
const HIGHLIGHT_RE =
	/\{\{[<%]\s*highlight\s+["']?([\w+#.-]+)["']?[^}]*?[>%]\}\}\n?([\s\S]*?)\n?\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}/g;
const ESCAPED_RE = /\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/g;

/**
 * Hugo's shortcodes that need the site or the code's text, before Markdown as Hugo does them: `ref`/`relref` become the
 * target's permalink, `highlight` a fenced code block (`<pre><code class="language-…">`), and the
 * commented form (`{{<` slash-star … star-slash `>}}`) the text `{{< x >}}`. Returns the references not found.
 */
export function renderHugoShortcodes(body: string, index: LinkIndex): { body: string; unresolved: string[] } {
	const unresolved: string[] = [];
	const resolved = body
		.replace(HIGHLIGHT_RE, (_, language: string, code: string) => fenceCode(language, code))
		.replace(REF_RE, (shortcode, _delimiter: string, reference: string) => {
			const link = index.find(reference);
			if (link === undefined) unresolved.push(shortcode);
			return link ?? "";
		})
		// A commented shortcode is Hugo's way to show one as text.
		.replace(ESCAPED_RE, (_, open: string, inner: string, close: string) => `{{${open}${inner}${close}}}`);
	return { body: resolved, unresolved };
}
