import { printValue } from "./print-value.js";
import { dig, lowerCaseKeys } from "./read-data-file.js";
import { splitCode } from "./split-code.js";

// Hugo's built-in `{{< param "key" >}}` (or `{{% param key %}}`): the page's front matter value, else the site's
// `[params]` one; keys are case-insensitive, and a dotted key reads a nested table ("place.city"). The key is read
// whole; a shortcode never closed is left alone.
// A key is short: bounded, a line of thousands of unclosed `{{< param "` costs linear time.
const PARAM_RE = /\{\{([<%])\s*param\s+(?:"([^"\n]{0,200})"|'([^'\n]{0,200})'|([^\s"'<>%}]{1,200}))\s*[>%]\}\}/g;
// What Markdown would read as its own in the value of a `{{< >}}` shortcode, whose output Hugo leaves as written.
const MARKDOWN_PUNCTUATION_RE = /[\\`*_[\]<>]/g;
// A URL or a site path, which a post puts in a link or an HTML attribute, where a backslash would stay.
const URL_LIKE_RE = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/)\S*$/i;

/** The page's and the site's params, their keys lower-cased. */
export interface HugoParams {
	readonly page: Readonly<Record<string, unknown>>;
	readonly site?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * A Hugo body with its `param` shortcodes replaced by the values Hugo prints (a string, a number, true or false, a
 * list of those as Go prints it: `[a b]`), before Markdown, as Hugo does: the value of `{{% param %}}` is read as
 * Markdown, that of `{{< param >}}` as text (its Markdown signs escaped outside code, where Markdown reads them). A
 * key without such a value is left for the cleaner, which removes it with a warning (Hugo stops the build).
 */
export function renderHugoParams(body: string, params: HugoParams): string {
	if (!body.includes("param")) return body;
	const page = lowerCaseKeys(params.page);
	const site = params.site === undefined ? undefined : lowerCaseKeys(params.site);
	const printed = (key: string): string | undefined => {
		const path = key.toLowerCase().split(".");
		return printValue(dig(page, ...path), joinGo) ?? printValue(dig(site, ...path), joinGo);
	};
	const replace = (text: string, isCode: boolean) =>
		text.replace(PARAM_RE, (shortcode, kind: string, double?: string, single?: string, bare?: string) => {
			const value = printed(double ?? single ?? bare ?? "");
			if (value === undefined) return shortcode;
			const isText = kind === "<" && !isCode && !URL_LIKE_RE.test(value);
			return isText ? value.replace(MARKDOWN_PUNCTUATION_RE, "\\$&") : value;
		});
	return splitCode(body)
		.map((piece) => replace(piece.text, piece.isCode))
		.join("");
}

// Go's template prints a list as `[a b]`.
const joinGo = (items: readonly string[]): string => `[${items.join(" ")}]`;
