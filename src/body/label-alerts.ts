import type { MarkdownIt } from "markdown-it";
import githubAlerts from "markdown-it-github-alerts";
import { capitalize } from "./capitalize.js";
import { CLOSE_LABELLED_QUOTE, openLabelledQuote } from "./labelled-quote.js";

// GitHub's alerts (`> [!NOTE]`) and Obsidian's callouts (`> [!tip]- Title`, any type) are quotations whose first line
// names a kind; sites render them as coloured boxes, and a feed showed the marker as text. markdown-it-github-alerts
// finds them (its tokens `alert_open`/`alert_close`, meta `{ type, title }`); they are written here as what every
// reader keeps: a quotation that opens with its label in bold. Its icons and classes would be sanitized away.
const FOLD_SIGN_RE = /^[+-]\s*/;

/** Reads alerts and callouts as labelled quotations. */
export function labelAlerts(md: MarkdownIt): void {
	md.use(githubAlerts, { markers: "*", icons: {} });
	md.renderer.rules.alert_open = (tokens, index) => {
		const { type = "", title = "" }: { readonly type?: string; readonly title?: string } = tokens[index]?.meta ?? {};
		const own = title.replace(FOLD_SIGN_RE, "").trim();
		const label = own === "" ? capitalize(type) : own;
		return openLabelledQuote(md, label);
	};
	md.renderer.rules.alert_close = () => CLOSE_LABELLED_QUOTE;
}
