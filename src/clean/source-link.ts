import type { Element, Root } from "hast";
import { readSafeUrl } from "../url/read-safe-url.js";
import { countVisibleCharacters } from "./count-visible-characters.js";
import { HIDDEN_IN_FEED } from "./html-vocabulary.js";
import type { CleanRule, CleanState } from "./rule.js";
import {
	BLOCK_TAGS,
	type ChildNode,
	CODE_TAGS,
	collapseWhitespace,
	hasContent,
	isElement,
	type ParentNode,
	readProperty,
	readText,
	setChildren,
} from "./tree.js";

// "Source" in the languages of republished news (Russian, Ukrainian, the Baltic ones, German, Spanish, Italian and
// Portuguese, Polish, Czech and Slovak, Hungarian, Dutch, the Nordic ones, Romanian, Croatian, Greek, Turkish,
// Bulgarian): a word that also starts sentences ("Quelle des Flusses …"), so only with its colon or as a link's whole
// text.
const SOURCE_WORDS =
	"источник|джерело|šaltinis|avots|allikas|quelle|fuente|fonte|źródło|zdroj|forrás|bron|kilde|källa|lähde|sursa|izvor|πηγή|kaynak|източник";
// Link text of a trailing attribution link ("Source ", "Source link", "Read more at Reuters", "Источник").
const LINK_TEXT_RE = new RegExp(
	`^(?:${SOURCE_WORDS}|source|source link|original source|read more|(?:read|continue reading) (?:more |the (?:full|original) (?:story|article) )?(?:at|on) .+|read the (?:full|original) (?:story|article)|(?:view|see) (?:the )?original(?: article| story)?)$`,
	"i",
);
// A short last paragraph that introduces one link ("Source: CNN", "Read more at <a>Reuters</a>", "Quelle: <a>dpa</a>").
const LEAD_IN_RE = new RegExp(
	`^(?:(?:source|via|read more(?: at| on)?|originally (?:published|appeared) (?:at|on|in)|read the (?:full|original) (?:story|article)(?: at| on)?)\\s*:?\\s+\\S|(?:${SOURCE_WORDS})\\s*:\\s*\\S)`,
	"i",
);
const MAX_LEAD_IN_LENGTH = 200;

/** Removes a trailing "Source"/"Read more at …" link from the body and records its URL as the source URL. */
export function extractSourceLink(tree: Root, state: CleanState): number {
	let hits = 0;
	const { baseUrl } = state.context;
	// Repeat so that a second run finds nothing (idempotence) when a body ends in several such links.
	for (let found = findSourceLink(tree, baseUrl); found !== undefined; found = findSourceLink(tree, baseUrl)) {
		hits++;
		const [parent, node, url] = found;
		setChildren(
			parent,
			parent.children.filter((child) => child !== node),
		);
		state.sourceUrl ??= url;
	}
	return hits;
}

type Found = [parent: ParentNode, node: Element, url: string];

// Only a web page is an item's source: a `mailto:` "Source" link stays in the body as the author wrote it.
function readSourceUrl(link: Element, baseUrl: string): string | undefined {
	const href = readProperty(link, "href");
	return href === undefined ? undefined : readSafeUrl(href, "web", baseUrl);
}

// What hasContent and countVisibleCharacters found of each element, as every level asks again of the elements below it
// (depth × size: 480 KB of nested table cells took 20 s).
interface Known {
	readonly content: Map<Element, boolean>;
	readonly counts: Map<Element, number>;
}

function findSourceLink(parent: ParentNode, baseUrl: string, known?: Known): Found | undefined {
	const memory = known ?? { content: new Map(), counts: new Map() };
	const last = lastMeaningfulChild(parent, memory.content);
	// Code is the author's text, never an attribution line.
	if (!isElement(last) || CODE_TAGS.has(last.tagName)) return undefined;
	if (last.tagName === "a") {
		const text = collapseWhitespace(readText(last, HIDDEN_IN_FEED));
		const url = LINK_TEXT_RE.test(text) ? readSourceUrl(last, baseUrl) : undefined;
		return url === undefined ? undefined : [parent, last, url];
	}
	// A block with more visible characters than a lead-in may have is passed over unread.
	if (
		BLOCK_TAGS.has(last.tagName) &&
		countVisibleCharacters(last, HIDDEN_IN_FEED, memory.counts) <= MAX_LEAD_IN_LENGTH
	) {
		const text = collapseWhitespace(readText(last, HIDDEN_IN_FEED));
		if (text.length <= MAX_LEAD_IN_LENGTH && LEAD_IN_RE.test(text)) {
			const links = collectLinks(last);
			const [link] = links;
			const url = links.length === 1 && link !== undefined ? readSourceUrl(link, baseUrl) : undefined;
			if (url !== undefined) return [parent, last, url];
		}
	}
	return findSourceLink(last, baseUrl, memory);
}

function lastMeaningfulChild(parent: ParentNode, known: Map<Element, boolean>): ChildNode | undefined {
	for (let index = parent.children.length - 1; index >= 0; index--) {
		const child = parent.children[index];
		if (child !== undefined && hasContent(child, HIDDEN_IN_FEED, known)) return child;
	}
	return undefined;
}

function collectLinks(element: Element): Element[] {
	return element.children.flatMap((child) =>
		isElement(child, "a") ? [child] : isElement(child) ? collectLinks(child) : [],
	);
}

/** Rule `source-link`. */
export const sourceLink: CleanRule = {
	id: "source-link",
	description: 'Moves a final "Source" / "Source link" / "Read more at …" link out of the body into the source URL.',
	defaultEnabled: true,
	run: extractSourceLink,
};
