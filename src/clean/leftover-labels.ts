import type { Block } from "./blocks.js";
import { type ChildNode, isElement } from "./tree.js";

// Controls a scraper keeps as blocks of their own: a video player's playlist ("Up Next", "More Videos", "Watch Next")
// and replay button, a comments section's heading, a gallery's "Photo" button. Words an author may use as a heading, so
// only in bodies that are no author's own writing (CleanContext.isAuthored), and only as a block's whole text.
const LEFTOVER_LABEL_RE = /^(?:up next|more videos|watch next|replay|comments|photo)$/i;

// A picture's "Image caption" label whose element boundary the scraper lost, run into the caption it labelled
// ("Image captionThe ferry…", "Image caption, The ferry…"): what follows must open a sentence, so "Image captions are
// short" is not cut.
// Spelled out rather than read with the `i` flag, which would let \p{Lu} match small letters too.
const CAPTION_LABEL_START_RE =
	/^(\s*)(?:[Ii]mage|[Pp]hoto|[Pp]icture) [Cc]aption\s*[,:]?\s*(?=["“‘'(\d\p{Lu}])|^(\s*)(?:IMAGE|PHOTO|PICTURE) CAPTION\s*[,:]?\s*(?=\S)/u;

/** The reason a scraped body's block is a leftover control label, when its whole text is one. */
export function matchLeftoverLabel(text: string): string | undefined {
	return LEFTOVER_LABEL_RE.test(text) ? "player, gallery or comments label (curated wording)" : undefined;
}

/**
 * Cuts an "Image caption" label from the start of the caption it was run into, in place, and returns the label; the
 * caption stays. The one cut inside a block, as a WordPress RSS footer is at a block's end: the label is no article
 * text, and the block goes on with the caption's first word.
 */
export function trimCaptionLabel(block: Block): string | undefined {
	const first = findFirstText(block.element === undefined ? block.nodes : block.element.children);
	if (first === undefined) return undefined;
	const label = CAPTION_LABEL_START_RE.exec(first.value);
	if (label === null) return undefined;
	first.value = (label[1] ?? label[2] ?? "") + first.value.slice(label[0].length);
	return label[0].trim().replace(/[,:]$/, "");
}

// The first text of a block, when nothing but blank text and inline elements stand before it.
function findFirstText(nodes: readonly ChildNode[]): { value: string } | undefined {
	for (const node of nodes) {
		if (node.type === "text") {
			if (node.value.trim() !== "") return node;
			continue;
		}
		if (!isElement(node)) continue;
		return findFirstText(node.children);
	}
	return undefined;
}
