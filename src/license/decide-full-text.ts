import { findLicenseById, LICENSE_TABLE } from "./license-table.js";
import { normalizeRightsText } from "./normalize-rights-text.js";
import { REPRODUCTION_BANS } from "./reproduction-bans.js";
import type { ResolvedRights } from "./types.js";

/** The `content` config: every item in full, every item as a summary, or full text only where the rights allow it. */
export type ContentMode = "full" | "summary" | "by-rights";

/** Whether an item carries its full text, and why: the rule of the README's table that decided it. */
export interface FullTextDecision {
	readonly isFull: boolean;
	/** Rule id, e.g. `rights/forbids-reproduction`. */
	readonly rule: FullTextRule;
	/** One line for `wirefeed licenses`. */
	readonly reason: string;
}

/** The rules of `decideFullText`, in the order they are tried. */
export type FullTextRule =
	| "content/full"
	| "content/summary"
	| "rights/site-own-work"
	| "rights/forbids-reproduction"
	| "rights/open-license"
	| "rights/grants-republication"
	| "rights/no-rights-stated"
	| "rights/not-known-to-allow";

// Every licence in the table permits copying and sharing verbatim: the six Creative Commons licences (NC: for
// non-commercial use; ND: unchanged, which a feed is), CC0 and the Public Domain Mark.
const OPEN_LICENSE_URLS: ReadonlySet<string> = new Set(LICENSE_TABLE.map((license) => license.url));
// A notice that grants republication without naming a licence of the table: a newsroom's "This story can be
// republished for free", The Conversation's "republished … under a Creative Commons license" (no version given).
const REPUBLICATION_GRANTS: readonly RegExp[] = [
	/\b(?:can|may) be (?:republished|reprinted|shared) (?:for free|free of charge|at no cost)\b/i,
	/\bunder (?:a |the )?creative commons licen[cs]e\b/i,
];

/**
 * Decides whether an item carries its full text. `full` and `summary` apply to every item. `by-rights` follows the
 * README's table, first match wins: rights that are the site's own (the site's defaults, or the site's `rights` text
 * repeated in the article) → full; a notice that forbids reproduction → summary; a licence from the table (Creative
 * Commons, CC0, public domain) → full; a notice that grants republication → full; no rights anywhere → full (the
 * site's own posts); anything else (another
 * owner's "©", a licence URL not in the table) → summary, since nothing says it may be passed on.
 */
export function decideFullText(
	mode: ContentMode,
	rights: ResolvedRights,
	site: { readonly rights?: string | undefined } = {},
): FullTextDecision {
	if (mode === "full") return full("content/full", 'content is "full"');
	if (mode === "summary") return summary("content/summary", 'content is "summary"');
	const text = rights.text ?? "";
	// The site may reserve its own rights ("All rights reserved"): that never shortens its own articles.
	if (rights.origins.text === "site-default" || rights.origins.license === "site-default") {
		return full("rights/site-own-work", "the site's own rights apply");
	}
	const siteText = normalizeRightsText(site.rights);
	if (siteText !== undefined && text.toLowerCase() === siteText.toLowerCase()) {
		return full("rights/site-own-work", "the article states the site's own rights");
	}
	const ban = REPRODUCTION_BANS.find((pattern) => pattern.test(text));
	if (ban !== undefined) {
		const words = ban.exec(text)?.[0] ?? "";
		return summary("rights/forbids-reproduction", `the rights notice forbids reproduction ("${words}")`);
	}
	const license = rights.license;
	if (license !== undefined && (OPEN_LICENSE_URLS.has(license.url) || isTableId(license.id))) {
		return full("rights/open-license", `${license.shortName ?? license.url} permits sharing`);
	}
	const grant = REPUBLICATION_GRANTS.find((pattern) => pattern.test(text));
	if (grant !== undefined) {
		return full(
			"rights/grants-republication",
			`the rights notice grants republication ("${grant.exec(text)?.[0] ?? ""}")`,
		);
	}
	if (rights.text === undefined && license === undefined) {
		return full("rights/no-rights-stated", "no rights stated: taken as the site's own work");
	}
	const owner = license === undefined ? `"${truncate(text)}"` : `licence ${license.url}`;
	return summary("rights/not-known-to-allow", `${owner} does not say it may be passed on`);
}

function isTableId(id: string | undefined): boolean {
	return id !== undefined && findLicenseById(id) !== undefined;
}

function full(rule: FullTextRule, reason: string): FullTextDecision {
	return { isFull: true, rule, reason };
}

function summary(rule: FullTextRule, reason: string): FullTextDecision {
	return { isFull: false, rule, reason };
}

function truncate(text: string): string {
	return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}
