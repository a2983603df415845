import { fenceCode } from "./fence-code.js";
import { COMMENT_RE, HIGHLIGHT_RE, RAW_RE } from "./render-liquid.js";
import { renderLiquidEmbeds } from "./render-liquid-embeds.js";
import { rewriteOutsideCode } from "./split-code.js";

/**
 * A Jekyll post copied into a plain articles folder keeps Liquid's block tags, which nothing evaluates there: its
 * `{% highlight lang %}` blocks become fenced code (read as stray tags, the code became a paragraph, its `*` read as
 * emphasis), `{% raw %}` markers go, leaving what they wrap as written, as Jekyll does, `{% comment %}` blocks go with
 * the notes they hold, and embed tags and figure
 * includes keep their picture or link (render-liquid-embeds). Outside the author's code only: there the same tags are
 * an example. Before Markdown.
 */
export function renderCopiedLiquid(body: string, sitePath: string): string {
	if (!body.includes("{%")) return body;
	return rewriteOutsideCode(body, (prose) =>
		renderLiquidEmbeds(prose.replace(COMMENT_RE, ""), sitePath)
			.replace(HIGHLIGHT_RE, (_, language: string, code: string) => fenceCode(language, code))
			.replace(RAW_RE, (_, inner: string) => inner),
	);
}
