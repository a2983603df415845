import { LICENSE_TABLE } from "./license-table.js";
import type { LicenseInfo } from "./types.js";

// Longest names first, so "Attribution-NonCommercial-ShareAlike 4.0" is not read as "Attribution 4.0".
const BY_NAME_LENGTH = [...LICENSE_TABLE].sort((a, b) => b.name.length - a.name.length);

/**
 * The licence a notice names in so many words ("licensed under Creative Commons Attribution-NonCommercial-ShareAlike
 * 4.0 International", "CC BY 4.0", or its deed URL), so a Creative Commons footer found in a body also gives the item a
 * machine-readable licence. Only exact names from the table count; anything vaguer gives none.
 */
export function findLicenseMention(text: string): LicenseInfo | undefined {
	const haystack = text.toLowerCase().replace(/\s+/g, " ");
	return BY_NAME_LENGTH.find(
		(license) =>
			haystack.includes(license.name.toLowerCase()) ||
			new RegExp(`(?:^|[^a-z0-9-])${escapeRegExp(license.shortName.toLowerCase())}(?!\\.?[0-9])`).test(haystack) ||
			haystack.includes(license.url.replace(/^https:\/\//, "")),
	);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
