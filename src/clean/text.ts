import type { Root, Text } from "hast";
import { repairMojibake } from "./repair-mojibake.js";
import type { CleanRule, CleanState } from "./rule.js";
import {
	BLOCK_TAGS,
	type ChildNode,
	isElement,
	mergeAdjacentText,
	type ParentNode,
	stripXmlForbidden,
	walkElements,
	walkProseText,
} from "./tree.js";

/** Encoding-level repairs that apply to every text, code included: mojibake, NFC, XML-forbidden characters, CR. */
export function normalizeCharacters(text: string): string {
	// `&#13;` in scraped HTML decodes to a bare CR; XML parsers turn CR into LF anyway.
	return stripXmlForbidden(repairMojibake(text).normalize("NFC")).replace(/\r\n?/g, "\n");
}

// Conservative typography: each fix needs a letter before it and a space (or the end) after it,
// so numbers (".5", "1 : 2"), ellipses, emoticons (":)") and operators ("the ? wildcard") keep their spacing.
// The look-behind patterns are slow to scan and nearly every text node is already fine, so each fix first
// checks for a plain piece that any match of it contains (null: the fix is cheap enough to run as it is).
type TypographyFix = readonly [guard: RegExp | null, fix: RegExp, replacement: string];

/** The fixes, with the marks a stray space before is removed from: pauses (`,;:`) and stops (`.!?`). */
function typographyFixes(pauses: string, stops: string): readonly TypographyFix[] {
	return [
		// Runs of spaces, tabs and NBSPs collapse to one space (a single NBSP is meaningful: "10 km").
		[null, /[ \t\u00A0]{2,}/g, " "],
		// Runs of blank lines collapse to one line break.
		[null, /\n[ \t\u00A0]*(?:\n[ \t\u00A0]*)+/g, "\n"],
		// "said , then" → "said, then"; "word : next" → "word: next".
		[
			new RegExp(`[ \\u00A0][${pauses}]`),
			new RegExp(`(?<=[\\p{L}”’"')\\]])[ \\u00A0]+([${pauses}])(?=[ \\u00A0\\n]+(?:[\\p{L}\\p{N}"“‘(]|$)|$)`, "gu"),
			"$1",
		],
		// "end . Next" → "end. Next"; "really ?" at the end of a text.
		[
			new RegExp(`[ \\u00A0][${stops}]`),
			new RegExp(`(?<=[\\p{L}”’"')\\]])[ \\u00A0]+([${stops}])(?=[ \\u00A0\\n]+(?:[\\p{Lu}\\p{N}"“‘(]|$)|$)`, "gu"),
			"$1",
		],
		// "word,, next" / "word;; next" → single mark.
		[/,[ \u00A0]*,|;[ \u00A0]*;/, /(?<=\p{L})([,;])[ \u00A0]*\1(?=\s|$)/gu, "$1"],
		// "Inc. , the" → "Inc., the".
		[/\.[ \u00A0]+,/, /(?<=\p{L})\.[ \u00A0]+,(?=\s)/gu, ".,"],
		// "end , ." / "end,." → "end.".
		[/,[ \u00A0]*\./, /(?<=\p{L})[ \u00A0]*,[ \u00A0]*\.(?=\s|$)/gu, "."],
		// "etc.. Then" → "etc. Then" (an ellipsis has three dots and is left alone).
		[/\.\./, /(?<=\p{L})\.\.(?=\s|$)/gu, "."],
	];
}

const TYPOGRAPHY_FIXES = typographyFixes(",;:", ".!?");
// French sets a space before ; : ! and ? ("Prêt ?", "Remarque : …"): in a French text (`fr`, `fr-CA`…) only a stray
// space before a comma or a full stop goes.
const FRENCH_TYPOGRAPHY_FIXES = typographyFixes(",", ".");
const FRENCH_RE = /^fr(?:-|$)/i;

function fixTypography(text: string, fixes: readonly TypographyFix[]): string {
	let value = text;
	for (const [guard, fix, replacement] of fixes) {
		if (guard === null || guard.test(value)) value = value.replace(fix, replacement);
	}
	return value;
}

// " , said" at the start of a text node right after an inline element (`<a>Reuters</a> , said`).
const LEADING_SPACE_BEFORE_MARK_RE = /^[ \u00A0]+(?=[,;:.!?](?:[ \u00A0\n]|$))/;
const FRENCH_LEADING_SPACE_BEFORE_MARK_RE = /^[ \u00A0]+(?=[,.](?:[ \u00A0\n]|$))/;

/** Normalizes text: NFC, XML-forbidden characters, CR, NBSP and blank-line runs, spacing around punctuation. */
export function normalizeText(tree: Root, state?: CleanState): number {
	const isFrench = FRENCH_RE.test(state?.context.language ?? "");
	const fixes = isFrench ? FRENCH_TYPOGRAPHY_FIXES : TYPOGRAPHY_FIXES;
	const leadingSpace = isFrench ? FRENCH_LEADING_SPACE_BEFORE_MARK_RE : LEADING_SPACE_BEFORE_MARK_RE;
	let hits = 0;
	const update = (node: Text, value: string) => {
		if (value === node.value) return;
		node.value = value;
		hits++;
	};
	mergeAdjacentText(tree);
	visitAllText(tree, (node) => update(node, normalizeCharacters(node.value)));
	walkProseText(tree, (node, parent, index) => {
		let value = fixTypography(node.value, fixes);
		if (isInlineElement(parent.children[index - 1])) value = value.replace(leadingSpace, "");
		update(node, value);
	});
	walkElements(tree, (element) => {
		for (const name of ["alt", "title"]) {
			const value = element.properties[name];
			if (typeof value !== "string") continue;
			const normalized = normalizeCharacters(value);
			if (normalized !== value) {
				element.properties[name] = normalized;
				hits++;
			}
		}
	});
	return hits;
}

function visitAllText(parent: ParentNode, visit: (node: Text) => void): void {
	for (const child of parent.children) {
		if (child.type === "text") visit(child);
		else if (isElement(child)) visitAllText(child, visit);
	}
}

function isInlineElement(node: ChildNode | undefined): boolean {
	return isElement(node) && node.tagName !== "br" && !BLOCK_TAGS.has(node.tagName);
}

/** Rule `text`. */
export const text: CleanRule = {
	id: "text",
	description:
		"Normalizes text outside code: NFC, XML-forbidden characters and &#13; removed, NBSP/blank-line runs collapsed, stray spaces before punctuation removed.",
	defaultEnabled: true,
	run: normalizeText,
};
