import { printValue } from "./print-value.js";
import { dig } from "./read-data-file.js";

// Jekyll's `{{ page.key }}` and `{{ site.key }}` (a dotted path into a table: `site.harbour.name`), without filters,
// with Liquid's whitespace control (`{{- … -}}` takes the spaces beside it). Bounded, so a run of thousands of
// unclosed `{{` costs linear time.
const VALUE_RE = /\{\{(-?)[ \t]{0,20}(page|site)\.([\w-]{1,100}(?:\.[\w-]{1,100}){0,10})[ \t]{0,20}(-?)\}\}/g;

/** What Liquid's `page` and `site` hold: a post's front matter over its `defaults:`, and the site's config. */
export interface LiquidValues {
	readonly page: Readonly<Record<string, unknown>>;
	readonly site?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Jekyll's `{{ page.key }}` and `{{ site.key }}` printed as Liquid prints them, before Markdown (which then reads the
 * value, as kramdown does): a string as it is, a number, true or false, a list's items one after the other. Any other
 * (a date, a table, a key the front matter or config does not hold, which Jekyll may fill itself: `page.id`,
 * `site.posts`) is left for the caller to remove with a warning.
 */
export function renderLiquidValues(text: string, values: LiquidValues): string {
	if (!text.includes("{{")) return text;
	let out = "";
	let last = 0;
	for (const match of text.matchAll(VALUE_RE)) {
		const [tag, trimBefore, scope, path = "", trimAfter] = match;
		const value = printValue(dig(scope === "page" ? values.page : values.site, ...path.split(".")), joinLiquid);
		if (value === undefined) continue;
		const before = text.slice(last, match.index);
		out += (trimBefore === "-" ? before.trimEnd() : before) + value;
		last = match.index + tag.length;
		if (trimAfter === "-") while (last < text.length && /\s/.test(text.charAt(last))) last++;
	}
	return out + text.slice(last);
}

// Liquid prints a list as its items run together.
const joinLiquid = (items: readonly string[]): string => items.join("");
