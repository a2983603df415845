import type { LicenseInfo } from "./types.js";

// Creative Commons licence elements in the order CC itself writes them (by-nc-sa, never by-sa-nc).
// 3.0 says "NoDerivs" where 4.0 says "NoDerivatives"; that and the suffix are the only naming changes.
const CC_VARIANTS = [
	{ code: "by", v4: "Attribution", v3: "Attribution" },
	{ code: "by-sa", v4: "Attribution-ShareAlike", v3: "Attribution-ShareAlike" },
	{
		code: "by-nd",
		v4: "Attribution-NoDerivatives",
		v3: "Attribution-NoDerivs",
	},
	{
		code: "by-nc",
		v4: "Attribution-NonCommercial",
		v3: "Attribution-NonCommercial",
	},
	{
		code: "by-nc-sa",
		v4: "Attribution-NonCommercial-ShareAlike",
		v3: "Attribution-NonCommercial-ShareAlike",
	},
	{
		code: "by-nc-nd",
		v4: "Attribution-NonCommercial-NoDerivatives",
		v3: "Attribution-NonCommercial-NoDerivs",
	},
] as const;

function ccLicense(code: string, version: "4.0" | "3.0", words: string): LicenseInfo {
	const suffix = version === "4.0" ? "International" : "Unported";
	return {
		id: `CC-${code.toUpperCase()}-${version}`,
		name: `Creative Commons ${words} ${version} ${suffix}`,
		shortName: `CC ${code.toUpperCase()} ${version}`,
		url: `https://creativecommons.org/licenses/${code}/${version}/`,
		category: "license",
	};
}

/** Every licence wirefeed knows by name: CC 4.0 and 3.0 (Unported) licences, CC0 1.0 and the Public Domain Mark 1.0. */
export const LICENSE_TABLE: readonly LicenseInfo[] = [
	...CC_VARIANTS.map((v) => ccLicense(v.code, "4.0", v.v4)),
	...CC_VARIANTS.map((v) => ccLicense(v.code, "3.0", v.v3)),
	{
		id: "CC0-1.0",
		name: "CC0 1.0 Universal",
		shortName: "CC0 1.0",
		url: "https://creativecommons.org/publicdomain/zero/1.0/",
		category: "public-domain-dedication",
	},
	{
		// SPDX lists the mark as CC-PDM-1.0 (licence list 3.24); CC calls it "Public Domain Mark 1.0".
		id: "CC-PDM-1.0",
		name: "Public Domain Mark 1.0",
		shortName: "PDM 1.0",
		url: "https://creativecommons.org/publicdomain/mark/1.0/",
		category: "public-domain-mark",
	},
];

const BY_ID = new Map(LICENSE_TABLE.map((license) => [license.id.toLowerCase(), license]));

/** Looks a table entry up by SPDX id, ignoring case. */
export function findLicenseById(id: string): LicenseInfo | undefined {
	return BY_ID.get(id.toLowerCase());
}
