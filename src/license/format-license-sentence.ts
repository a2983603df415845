import type { LicenseInfo } from "./types.js";

/**
 * Says in one sentence how something is licensed, for rights whose only information is a licence: an article
 * (the default subject) or, with another subject, a whole feed.
 */
export function formatLicenseSentence(
	license: LicenseInfo | { readonly url: string },
	subject = "This article",
): string {
	if (!("category" in license)) return `${subject} is licensed under ${license.url}.`;
	switch (license.category) {
		case "license":
			return `${subject} is licensed under ${license.shortName}.`;
		// CC0 is a waiver, not a licence, and the PDM is only a label: say what each one is.
		case "public-domain-dedication":
			return `${subject} is dedicated to the public domain under ${license.shortName}.`;
		case "public-domain-mark":
			return `${subject} is marked as free of known copyright restrictions (${license.shortName}).`;
	}
}
