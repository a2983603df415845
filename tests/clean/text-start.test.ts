import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countVisibleCharacters } from "../../src/clean/count-visible-characters.js";
import { HIDDEN_IN_FEED } from "../../src/clean/html-vocabulary.js";
import { createTextStarts, readTextStart } from "../../src/clean/text-start.js";
import { type ChildNode, parseFragment, readText } from "../../src/clean/tree.js";

const elementsOf = (html: string): ChildNode[] => {
	const found: ChildNode[] = [];
	const visit = (nodes: readonly ChildNode[]) => {
		for (const node of nodes) {
			found.push(node);
			if (node.type === "element") visit(node.children);
		}
	};
	visit(parseFragment(html).children);
	return found;
};

describe("readTextStart: the first characters of an element's text, leading whitespace trimmed", () => {
	it.each([
		["a paragraph", "<p>{{< mermaid >}}</p>", "{{<"],
		["leading spaces and a line break", "<div> \n<br><b> </b>{{% x %}}</div>", "{{%"],
		["a block inside, after blank text", "<div>  <p> {{&lt;x</p></div>", "{{<"],
		["a short block, then more", "<div><p>{</p>{&lt;</div>", "{\n{"],
		["text split over inline elements", "<p>{<i>{</i><b><s>&lt;</s>x</b></p>", "{{<"],
		["a hidden script before the text", "<p><script>{{<</script>ab</p>", "ab"],
		["an image and a space", '<p><img src="a.png"> ab</p>', "ab"],
		["blank", "<div> <p> </p> </div>", ""],
	])("%s", (_name, html, expected) => {
		const [element] = elementsOf(html);
		expect(element && readTextStart(element)).toBe(expected);
	});

	// Pieces that put blocks, breaks, hidden and blank elements at every edge of a start.
	const piece = fc.constantFrom("{", "<", "%", " ", "\n", "ab", "<br>", "<img>", "<script>x</script>", "<p>", "</p>");
	const html = fc
		.array(fc.oneof(piece, fc.constantFrom("<div>", "</div>", "<b>", "</b>", "<td>", "<li>")), { maxLength: 30 })
		.map((parts) => parts.join(""));

	it("equals readText(node).trimStart().slice(0, 3) for every node, asked in any order with one memory", () => {
		fc.assert(
			fc.property(html, fc.boolean(), (text, isBottomUp) => {
				const nodes = elementsOf(`<div>${text}</div>`);
				const starts = createTextStarts();
				for (const node of isBottomUp ? [...nodes].reverse() : nodes) {
					expect(readTextStart(node, starts)).toBe(readText(node).trimStart().slice(0, 3));
				}
			}),
		);
	});
});

describe("countVisibleCharacters: at most the length of the element's collapsed text", () => {
	it("counts the characters of readText that are not whitespace, hidden elements left out", () => {
		const [element] = elementsOf("<div> a b<p>c\u00a0d</p><script>xyz</script><template>q</template></div>");
		expect(element && countVisibleCharacters(element, HIDDEN_IN_FEED)).toBe(4);
	});
});
