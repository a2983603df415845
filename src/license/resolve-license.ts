import { readSafeHref } from "../url/read-safe-url.js";
import { findLicenseById } from "./license-table.js";
import type { LicenseInfo, LicenseResolution } from "./types.js";

// A CC deed or legal-code URL in any spelling seen in the wild: http or https, with or without
// `www.` or a scheme, with or without the trailing slash, `deed.en`, `legalcode`, `legalcode.txt`,
// a query or a fragment. Ported licences (`/licenses/by/3.0/de/`) and 1.0–2.5 do not match on
// purpose: they are different licences, kept as plain licence URLs instead.
const CC_URL_RE =
	/^(?:(?:https?:)?\/\/)?(?:www\.)?creativecommons\.org\/(?:licenses\/([a-z]+(?:-[a-z]+)*)\/(\d\.\d)|publicdomain\/(zero|mark)\/(1\.0))(?:\/(?:(?:deed|legalcode)(?:\.[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?)?(?:\.txt)?)?)?\/?(?:[?#].*)?$/i;

// Multi-word spellings folded into one token before splitting, so that "Non Commercial",
// "non-commercial" and "NonCommercial" all read the same.
const PHRASES: readonly (readonly [RegExp, string])[] = [
	[/creative\s*commons/g, " cc "],
	[/non[\s_-]*commercial/g, " nc "],
	[/share[\s_-]*alike/g, " sa "],
	[/no[\s_-]*deriv(?:ative)?s/g, " nd "],
	[/public[\s_-]*domain/g, " pd "],
];

type Token = "cc" | "by" | "nc" | "sa" | "nd" | "cc0" | "pdm" | "pd" | "dedication" | "unported" | "ignored";

// Every word a licence name may contain. Anything else makes the string unknown, so that free
// text such as "All rights reserved by BNS" is never read as a licence.
const WORDS: Readonly<Record<string, Token>> = {
	cc: "cc",
	by: "by",
	attribution: "by",
	nc: "nc",
	sa: "sa",
	nd: "nd",
	cc0: "cc0",
	zero: "cc0",
	pdm: "pdm",
	mark: "pdm",
	pd: "pd",
	dedication: "dedication",
	unported: "unported",
	international: "ignored",
	universal: "ignored",
	license: "ignored",
	licence: "ignored",
};

const VERSION_RE = /^v?(\d)(?:\.(\d))?$/;

/** Resolves a licence string (SPDX id, short form, full name or URL) against the licence table. */
export function resolveLicense(input: string): LicenseResolution {
	const text = input.trim();
	const license = resolveCreativeCommonsUrl(text) ?? resolveLicenseName(text);
	if (license !== undefined) return { kind: "known", license };
	const url = parseHttpUrl(text);
	if (url !== undefined) return { kind: "url", url };
	return { kind: "unknown", text };
}

function resolveCreativeCommonsUrl(text: string): LicenseInfo | undefined {
	const match = CC_URL_RE.exec(text);
	if (match === null) return undefined;
	const [, code, version, tool] = match;
	if (code !== undefined && version !== undefined) return findLicenseById(`CC-${code}-${version}`);
	return findLicenseById(tool?.toLowerCase() === "zero" ? "CC0-1.0" : "CC-PDM-1.0");
}

function resolveLicenseName(text: string): LicenseInfo | undefined {
	let folded = text.toLowerCase().replace(/\.$/, "");
	for (const [pattern, token] of PHRASES) folded = folded.replace(pattern, token);
	const tokens = new Set<Token>();
	const versions = new Set<string>();
	for (const word of folded.split(/[\s,/_()-]+/)) {
		if (word === "") continue;
		const version = VERSION_RE.exec(word);
		if (version !== null) {
			versions.add(`${version[1]}.${version[2] ?? "0"}`);
			continue;
		}
		const token = WORDS[word];
		if (token === undefined) return undefined;
		tokens.add(token);
	}
	if (versions.size > 1) return undefined;
	const [version] = versions;
	const isCc = tokens.has("by") || tokens.has("nc") || tokens.has("sa") || tokens.has("nd");
	const isZero = tokens.has("cc0") || (tokens.has("pd") && tokens.has("dedication"));
	// "public domain" alone is read as the Public Domain Mark: it labels a work as free of known
	// restrictions without claiming that anyone signed the CC0 waiver.
	const isMark = tokens.has("pdm") || (tokens.has("pd") && !isZero);
	if (Number(isCc) + Number(isZero) + Number(isMark) !== 1) return undefined;
	if (isZero) return version === undefined || version === "1.0" ? findLicenseById("CC0-1.0") : undefined;
	if (isMark) return version === undefined || version === "1.0" ? findLicenseById("CC-PDM-1.0") : undefined;
	// Every CC licence since 2.0 requires attribution, and SA and ND exclude each other.
	if (!tokens.has("by") || (tokens.has("sa") && tokens.has("nd"))) return undefined;
	const elements = [
		"by",
		...(tokens.has("nc") ? ["nc"] : []),
		...(tokens.has("sa") ? ["sa"] : []),
		...(tokens.has("nd") ? ["nd"] : []),
	];
	// An unversioned short form ("cc by-nc-sa", as in the DO tutorials) means the current 4.0.
	const ccVersion = version ?? (tokens.has("unported") ? "3.0" : "4.0");
	return findLicenseById(`CC-${elements.join("-")}-${ccVersion}`);
}

// Only a URL written out in full is a licence URL; free text that happens to parse as one is not.
function parseHttpUrl(text: string): string | undefined {
	return /^https?:\/\/\S+$/i.test(text) ? readSafeHref(text, "web") : undefined;
}
