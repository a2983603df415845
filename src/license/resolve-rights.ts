import { findLicenseMention } from "./find-license-mention.js";
import { findSourceRights } from "./find-source-rights.js";
import { formatLicenseSentence } from "./format-license-sentence.js";
import { normalizeRightsText } from "./normalize-rights-text.js";
import { COPYRIGHT_MARK_RE, REPRODUCTION_BANS } from "./reproduction-bans.js";
import { resolveLicense } from "./resolve-license.js";
import type { LicenseInfo, ResolvedLicense, ResolvedRights, RightsInput, RightsOrigin, SourceRights } from "./types.js";

/** A licence as found, before it is trimmed to what a feed carries. */
type FoundLicense = LicenseInfo | { readonly url: string };

/** What one place (front matter, a source default, the site default) says about rights. */
interface Claim {
	readonly text?: { readonly value: string; readonly origin: RightsOrigin };
	readonly license?: {
		readonly value: FoundLicense;
		readonly origin: RightsOrigin;
	};
}

/**
 * Resolves an article's rights text and licence from its front matter, its body notice and the
 * config defaults, never attaching a default licence to an article that says who owns it.
 */
export function resolveRights(input: RightsInput): ResolvedRights {
	const warnings: string[] = [];
	const claim = selectClaim(input, warnings);
	const license = claim.license;
	// Without text, the licence speaks for itself (and the text inherits its origin).
	const text =
		claim.text ??
		(license === undefined
			? undefined
			: {
					value: formatLicenseSentence(license.value),
					origin: license.origin,
				});
	if (text === undefined) {
		warnings.push("no rights information: no front matter `rights`/`license`, body notice or default applies");
	}
	return {
		...(text !== undefined && { text: text.value }),
		...(license !== undefined && { license: toResolvedLicense(license.value) }),
		origins: {
			...(text !== undefined && { text: text.origin }),
			...(license !== undefined && { license: license.origin }),
		},
		warnings,
	};
}

// The most specific tier that says anything about rights owns the item; its text and licence are
// never mixed with a less specific tier's. That is what keeps an agency's "all rights reserved"
// from sitting next to the site's CC licence. Tiers, most specific first:
//   1. the article itself: front matter `rights`/`copyright`/`license`, then the body notice;
//   2. the defaults of the source host;
//   3. the front matter `publisher` alone ("© BNS."): it names an owner that is not the site;
//   4. the site defaults.
// Inside tiers 1 and 2 the publisher still fills in missing text before a licence sentence does.
function selectClaim(input: RightsInput, warnings: string[]): Claim {
	const frontMatter = input.frontMatter ?? {};
	const publisher = normalizeRightsText(frontMatter.publisher);
	const publisherText =
		publisher === undefined
			? undefined
			: {
					value: `${COPYRIGHT_MARK_RE.test(publisher) ? "" : "© "}${publisher.replace(/\.$/, "")}.`,
					origin: "front-matter" as const,
				};

	const rights = normalizeRightsText(frontMatter.rights);
	const copyright = normalizeRightsText(frontMatter.copyright);
	if (rights !== undefined && copyright !== undefined && rights.toLowerCase() !== copyright.toLowerCase()) {
		warnings.push("front matter has both `rights` and `copyright`; using `rights`");
	}
	const fromFrontMatter = readClaim(rights ?? copyright, frontMatter.license, "front-matter", warnings);
	const bodyNotice = normalizeRightsText(input.bodyNotice);
	// A Creative Commons footer in the body names its licence: the item gets it in machine-readable form too.
	const bodyLicense = bodyNotice === undefined ? undefined : findLicenseMention(bodyNotice);
	const article: Claim = {
		...withText(fromFrontMatter.text ?? (bodyNotice === undefined ? undefined : { value: bodyNotice, origin: "body" })),
		...withLicense(
			fromFrontMatter.license ?? (bodyLicense === undefined ? undefined : { value: bodyLicense, origin: "body" }),
		),
	};
	if (isClaim(article)) return withFallbackText(article, publisherText);

	const source = selectSourceDefaults(input, warnings);
	if (source !== undefined) {
		const fromSource = readClaim(source.rights, source.license, "source-default", warnings);
		if (isClaim(fromSource)) return withFallbackText(fromSource, publisherText);
	}
	if (publisherText !== undefined) return { text: publisherText };

	const site = input.defaults ?? {};
	return readClaim(site.rights, site.license, "site-default", warnings);
}

/** Reads one place's rights text and licence string; a licence that is neither known nor a URL becomes text. */
function readClaim(
	rawText: string | undefined,
	rawLicense: string | undefined,
	origin: RightsOrigin,
	warnings: string[],
): Claim {
	let text = normalizeRightsText(rawText);
	const licenseText = normalizeRightsText(rawLicense);
	let license: FoundLicense | undefined;
	if (licenseText !== undefined) {
		const resolution = resolveLicense(licenseText);
		if (resolution.kind === "known") license = resolution.license;
		else if (resolution.kind === "url") license = { url: resolution.url };
		else {
			if (!isReservation(licenseText))
				warnings.push(
					`${origin} licence "${licenseText}" is not a known licence or an http(s) URL; kept as rights text (write an SPDX id such as CC-BY-4.0, or its URL, to link the licence)`,
				);
			if (text === undefined) text = licenseText;
			else if (!text.toLowerCase().includes(licenseText.toLowerCase())) text = `${text} ${licenseText}`;
		}
	}
	return {
		...withText(text === undefined ? undefined : { value: text, origin }),
		...withLicense(license === undefined ? undefined : { value: license, origin }),
	};
}

// A licence key that reserves the rights instead of naming a licence ("All rights reserved", "© 2023 Jane Roe",
// "Do not reproduce"): the rights text it is meant to be, nothing to warn about.

function isReservation(text: string): boolean {
	return COPYRIGHT_MARK_RE.test(text) || REPRODUCTION_BANS.some((ban) => ban.test(text));
}

function selectSourceDefaults(input: RightsInput, warnings: string[]): SourceRights | undefined {
	const sources = input.defaults?.sources;
	if (sources === undefined || input.sourceUrl === undefined || Object.keys(sources).length === 0) return undefined;
	if (!URL.canParse(input.sourceUrl)) {
		warnings.push(`source URL "${input.sourceUrl}" is not an absolute URL; per-source rights defaults not applied`);
		return undefined;
	}
	return findSourceRights(sources, input.sourceUrl);
}

function isClaim(claim: Claim): boolean {
	return claim.text !== undefined || claim.license !== undefined;
}

function withFallbackText(claim: Claim, fallback: Claim["text"]): Claim {
	return claim.text !== undefined || fallback === undefined ? claim : { ...claim, text: fallback };
}

function withText(text: Claim["text"]): Claim {
	return text === undefined ? {} : { text };
}

function withLicense(license: Claim["license"]): Claim {
	return license === undefined ? {} : { license };
}

function toResolvedLicense(license: FoundLicense): ResolvedLicense {
	if (!("id" in license)) return { url: license.url };
	return {
		id: license.id,
		name: license.name,
		shortName: license.shortName,
		url: license.url,
	};
}
