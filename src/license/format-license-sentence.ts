import type { LicenseInfo } from "./types.js";

/** Says in one sentence how an article is licensed, for items whose only rights information is a licence. */
export function formatLicenseSentence(license: LicenseInfo | { readonly url: string }): string {
	if (!("category" in license)) return `This article is licensed under ${license.url}.`;
	switch (license.category) {
		case "license":
			return `This article is licensed under ${license.shortName}.`;
		// CC0 is a waiver, not a licence, and the PDM is only a label: say what each one is.
		case "public-domain-dedication":
			return `This article is dedicated to the public domain under ${license.shortName}.`;
		case "public-domain-mark":
			return `This article is marked as free of known copyright restrictions (${license.shortName}).`;
	}
}
