import { escapeUTF8 } from "entities";
import { readSafeHref } from "../url/read-safe-url.js";
import type { RenderNoticeOptions, ResolvedLicense, RightsNotice } from "./types.js";

type Placeholder = "rights" | "license" | "source";

/** Offsets of the licence's name inside the rights text. */
interface Mention {
	readonly start: number;
	readonly end: number;
}

const PLACEHOLDER_RE = /\{(rights|license|source)\}/g;

/**
 * Renders the rights notice appended to an item's content: one `<p class="rights">` block, or
 * the config `template` with `{rights}`, `{license}` and `{source}` filled in; "" when there is nothing to say.
 */
export function renderNoticeHtml(rights: RightsNotice, options: RenderNoticeOptions = {}): string {
	const text = rights.text ?? "";
	const mention = findLicenseMention(text, rights.license);
	const sourceUrl = options.sourceUrl === undefined ? undefined : readSafeHref(options.sourceUrl, "web");
	const parts: Readonly<Record<Placeholder, string>> = {
		rights: renderRightsHtml(text, rights.license, mention),
		// The licence is named once: when the text already names it, that name is the link instead.
		license:
			rights.license === undefined || mention !== undefined
				? ""
				: renderLicenseLink(rights.license, labelOf(rights.license)),
		source: sourceUrl === undefined ? "" : `<a href="${escapeUTF8(sourceUrl)}">Source</a>`,
	};
	if (parts.rights === "" && parts.license === "" && parts.source === "") return "";
	if (options.template !== undefined) {
		// One pass over the template, so a placeholder inside a substituted value is never expanded.
		return options.template.replace(PLACEHOLDER_RE, (match, name: string) =>
			isPlaceholder(name) ? parts[name] : match,
		);
	}
	const statement =
		parts.license === "" ? parts.rights : joinSentences(text, parts.rights, `Licensed under ${parts.license}.`);
	return `<p class="rights">${[statement, parts.source].filter((part) => part !== "").join(" · ")}</p>`;
}

/** Renders the rights notice as one line of plain text, for RSS `<dc:rights>`, Atom `<rights>` and JSON Feed `_rights.text`. */
export function renderNoticeText(rights: RightsNotice): string {
	const text = rights.text ?? "";
	const license = rights.license;
	if (license === undefined || findLicenseMention(text, license) !== undefined) return text;
	const label = labelOf(license);
	const sentence = label === license.url ? `Licensed under ${label}.` : `Licensed under ${label} (${license.url}).`;
	return joinSentences(text, text, sentence);
}

/** Escapes the rights text, turning its mention of the licence (if any) into the licence link. */
function renderRightsHtml(text: string, license: ResolvedLicense | undefined, mention: Mention | undefined): string {
	if (license === undefined || mention === undefined) return escapeUTF8(text);
	const before = text.slice(0, mention.start);
	const named = text.slice(mention.start, mention.end);
	const after = text.slice(mention.end);
	return `${escapeUTF8(before)}${renderLicenseLink(license, named)}${escapeUTF8(after)}`;
}

/** Where the text already names the licence (full name, short name or URL), so it is not named twice. */
function findLicenseMention(text: string, license: ResolvedLicense | undefined): Mention | undefined {
	if (license === undefined || text === "") return undefined;
	// Longest first: "Creative Commons Attribution 4.0 International" before "CC BY 4.0".
	for (const candidate of [license.name, license.shortName, license.url]) {
		if (candidate === undefined) continue;
		// A regular expression rather than indexOf on lower-cased text: lower-casing can change the
		// length of a string ("İ"), which would shift every offset after it.
		const match = new RegExp(escapeRegExp(candidate), "i").exec(text);
		if (match !== null) return { start: match.index, end: match.index + match[0].length };
	}
	return undefined;
}

function renderLicenseLink(license: ResolvedLicense, label: string): string {
	const url = readSafeHref(license.url, "web");
	// rel="license" is the HTML link type for "the content is under this licence" (the same
	// relation RFC 4946 registers for Atom); only http(s) URLs become links, never `javascript:`.
	return url === undefined ? escapeUTF8(label) : `<a href="${escapeUTF8(url)}" rel="license">${escapeUTF8(label)}</a>`;
}

function isPlaceholder(name: string): name is Placeholder {
	return name === "rights" || name === "license" || name === "source";
}

function labelOf(license: ResolvedLicense): string {
	return license.shortName ?? license.name ?? license.url;
}

/** Appends a sentence to text (already rendered as `rendered`), adding the full stop the text lacks. */
function joinSentences(text: string, rendered: string, sentence: string): string {
	if (text === "") return sentence;
	return /[.!?…)\]"'”’»]$/.test(text) ? `${rendered} ${sentence}` : `${rendered}. ${sentence}`;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
