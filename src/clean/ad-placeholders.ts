import type { Root, Text } from "hast";
import { compilePatterns } from "./patterns.js";
import type { CleanRule, CleanState } from "./rule.js";
import {
	type ChildNode,
	hasContent,
	isBlankText,
	isElement,
	type ParentNode,
	removeWhere,
	setChildren,
	walkProseText,
} from "./tree.js";

// WordPress ad plugins ("Ad Inserter", "Quick Adsense") leave `[ad_1]`, `[ad_2]`, `[ad]`,
// `[adsense]` in scraped bodies; `[add_1]` or `[admin]` are someone's text and stay.
const PLACEHOLDER_RE = /\[(?:ad(?:_\d+)?|adsense)\]/gi;

/** True when the text holds an ad plugin's placeholder: what a scraper or an export left, never an author's Markdown. */
export function hasAdPlaceholder(text: string): boolean {
	PLACEHOLDER_RE.lastIndex = 0;
	return PLACEHOLDER_RE.test(text);
}

/** Removes ad placeholders and the `<br>`s and empty paragraphs around them. */
export function stripAdPlaceholders(tree: Root, state: CleanState): number {
	const extra = compilePatterns(state.context.options.adPatterns, true);
	const emptied = new Map<Text, ParentNode>();
	let hits = 0;
	walkProseText(tree, (text, parent) => {
		const before = text.value;
		// Every placeholder starts with `[`, which most text does not have.
		let after = !before.includes("[")
			? before
			: before.replace(PLACEHOLDER_RE, () => {
					hits++;
					return "";
				});
		if (extra.length > 0 && after.trim() !== "" && extra.some((pattern) => pattern.test(after))) {
			hits++;
			after = "";
		}
		if (after === before) return;
		text.value = after;
		if (after.trim() === "") emptied.set(text, parent);
	});
	const touched = new Set<ParentNode>();
	for (const [text, parent] of emptied) {
		removeHuggingBreaks(parent, text);
		touched.add(parent);
	}
	removeWhere(tree, (node) => isElement(node, "p") && touched.has(node) && !hasContent(node));
	return hits;
}

/** Removes the emptied text node and the `<br>` on each side of it (blank text in between is skipped). */
function removeHuggingBreaks(parent: ParentNode, text: Text): void {
	const children: ChildNode[] = [...parent.children];
	const at = children.indexOf(text);
	if (at === -1) return;
	const dropped = new Set<number>([at]);
	for (const step of [-1, 1]) {
		let index = at + step;
		// Blank text and comments (removed later by junk) do not separate a placeholder from its <br>.
		while (isBlankText(children[index]) || children[index]?.type === "comment") index += step;
		if (isElement(children[index], "br")) dropped.add(index);
	}
	setChildren(
		parent,
		children.filter((_, index) => !dropped.has(index)),
	);
}

/** Rule `ad-placeholders`. */
export const adPlaceholders: CleanRule = {
	id: "ad-placeholders",
	description:
		"Removes ad placeholders ([ad_1], [ad_2], [ad], [adsense], clean.adPatterns) and the <br>/empty <p> around them.",
	defaultEnabled: true,
	run: stripAdPlaceholders,
};
