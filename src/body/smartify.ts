import MarkdownIt from "markdown-it";
import { typesetLikeKramdown } from "./typeset-like-kramdown.js";

// Jekyll's `smartify` filter (kramdown's SmartyPants), which jekyll-feed runs on every title: quotes and apostrophes
// curly, `--` and `---` dashes, `...` an ellipsis, `<<` and `>>` guillemets, and nothing else of Markdown (`*stars*`
// stay). markdown-it with no rule but text, set as kramdown sets prose.
const smartypants = new MarkdownIt("zero");
typesetLikeKramdown(smartypants);
smartypants.enable("smartquotes");

/** Plain text set as Jekyll's `smartify` sets it. */
export function smartify(text: string): string {
	if (!/["'.<>-]/.test(text)) return text;
	const [inline] = smartypants.parseInline(text, {});
	return (inline?.children ?? []).map((token) => (token.type === "softbreak" ? "\n" : token.content)).join("");
}
