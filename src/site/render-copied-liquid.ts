import {
	dropLiquidComments,
	type PageLookup,
	readReference,
	renderHighlightBlocks,
	renderOutsideRaw,
	replaceLinkTags,
} from "./render-liquid.js";
import { renderLiquidEmbeds } from "./render-liquid-embeds.js";
import { rewriteOutsideCode } from "./split-code.js";

/** A copied Jekyll post's text with its Liquid handled, and what its `{% raw %}` blocks wrap. */
export interface CopiedLiquid {
	readonly body: string;
	/** The text of each `{% raw %}` block: the author's, tags and all, which the stray-tag rule must leave. */
	readonly literal: readonly string[];
}

/**
 * A Jekyll post copied into a plain articles folder keeps Liquid's block tags, which nothing evaluates there: its
 * `{% highlight lang %}` blocks become fenced code (read as stray tags, the code became a paragraph, its `*` read as
 * emphasis), `{% raw %}` markers go, leaving what they wrap as written, as Jekyll does (and untouched by the rest),
 * `{% comment %}` blocks go with the notes they hold, and embed tags and figure includes keep their picture or link
 * (render-liquid-embeds), and `{% post_url %}`/`{% link %}` naming a post of the same folder link to its item.
 * Outside the author's code only: there the same tags are an example. Before Markdown.
 */
export function renderCopiedLiquid(body: string, sitePath: string, lookup: PageLookup): CopiedLiquid {
	if (!body.includes("{%")) return { body, literal: [] };
	const literal: string[] = [];
	const render = (text: string) =>
		// A post of the same folder: its item's link. Any other stays, for the stray-tag rule to report.
		replaceLinkTags(
			renderHighlightBlocks(renderLiquidEmbeds(dropLiquidComments(text), sitePath)),
			(tag, reference) => lookup(readReference(reference)) ?? tag,
		);
	const rendered = rewriteOutsideCode(body, (prose) =>
		renderOutsideRaw(prose, render, (inner) => {
			literal.push(inner);
		}),
	);
	return { body: rendered, literal };
}
