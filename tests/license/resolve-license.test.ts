import { describe, expect, it } from "vitest";
import { LICENSE_TABLE } from "../../src/license/license-table.js";
import { resolveLicense } from "../../src/license/resolve-license.js";

/** The SPDX id resolveLicense found, or the kind when it found none. */
function idOf(input: string): string {
	const resolution = resolveLicense(input);
	return resolution.kind === "known" ? resolution.license.id : resolution.kind;
}

describe("resolveLicense: every table entry", () => {
	const rows = LICENSE_TABLE.flatMap((license) => [
		{ form: "SPDX id", input: license.id, id: license.id },
		{
			form: "lower-case SPDX id",
			input: license.id.toLowerCase(),
			id: license.id,
		},
		{ form: "short name", input: license.shortName, id: license.id },
		{ form: "full name", input: license.name, id: license.id },
		{ form: "canonical URL", input: license.url, id: license.id },
	]);

	it.each(rows)("$form $input → $id", ({ input, id }) => {
		expect(idOf(input)).toBe(id);
	});
});

describe("resolveLicense: short forms", () => {
	it.each([
		["cc by-nc-sa", "CC-BY-NC-SA-4.0"], // do-tutorials front matter
		["CC BY-NC-SA", "CC-BY-NC-SA-4.0"],
		["by-nc-sa", "CC-BY-NC-SA-4.0"],
		["CC-BY", "CC-BY-4.0"],
		["cc_by_sa", "CC-BY-SA-4.0"],
		["CC BY 4.0", "CC-BY-4.0"],
		["cc by 4", "CC-BY-4.0"],
		["CC BY v4.0", "CC-BY-4.0"],
		["  CC BY-ND 4.0  ", "CC-BY-ND-4.0"],
		["cc-by-sa-3.0", "CC-BY-SA-3.0"],
		["CC BY-NC-ND 3.0", "CC-BY-NC-ND-3.0"],
		["CC BY-SA Unported", "CC-BY-SA-3.0"],
		["CC BY-SA-NC 4.0", "CC-BY-NC-SA-4.0"], // elements in any order
		["CC BY-NC-SA 4.0 International License", "CC-BY-NC-SA-4.0"],
		["CC BY 4.0.", "CC-BY-4.0"],
		["cc0", "CC0-1.0"],
		["CC0 1.0", "CC0-1.0"],
		["cc-zero", "CC0-1.0"],
		["Creative Commons Zero v1.0 Universal", "CC0-1.0"], // the SPDX full name
		["public domain dedication", "CC0-1.0"],
		["public domain", "CC-PDM-1.0"],
		["Public Domain Mark", "CC-PDM-1.0"],
		["PDM-1.0", "CC-PDM-1.0"],
		["pdm", "CC-PDM-1.0"],
	])("%s → %s", (input, id) => {
		expect(idOf(input)).toBe(id);
	});
});

describe("resolveLicense: full names", () => {
	it.each([
		["Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International", "CC-BY-NC-SA-4.0"],
		["creative commons attribution non-commercial share-alike 4.0", "CC-BY-NC-SA-4.0"],
		["Creative Commons Attribution-NoDerivs 3.0 Unported", "CC-BY-ND-3.0"],
		["Creative Commons Attribution-NoDerivatives 4.0 International", "CC-BY-ND-4.0"],
		["Attribution-NonCommercial 4.0 International", "CC-BY-NC-4.0"],
		["Creative Commons Attribution 3.0 Unported License", "CC-BY-3.0"],
	])("%s → %s", (input, id) => {
		expect(idOf(input)).toBe(id);
	});
});

describe("resolveLicense: Creative Commons URLs in every spelling", () => {
	it.each([
		"https://creativecommons.org/licenses/by-nc-sa/4.0/",
		"https://creativecommons.org/licenses/by-nc-sa/4.0",
		"http://creativecommons.org/licenses/by-nc-sa/4.0/",
		"https://www.creativecommons.org/licenses/by-nc-sa/4.0/",
		"http://www.creativecommons.org/licenses/by-nc-sa/4.0",
		"//creativecommons.org/licenses/by-nc-sa/4.0/",
		"creativecommons.org/licenses/by-nc-sa/4.0/",
		"https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode",
		"https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode.en",
		"https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode.txt",
		"https://creativecommons.org/licenses/by-nc-sa/4.0/deed.en",
		"https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh-hans",
		"https://creativecommons.org/licenses/by-nc-sa/4.0/deed.en/",
		"HTTPS://CreativeCommons.org/licenses/BY-NC-SA/4.0/",
		"https://creativecommons.org/licenses/by-nc-sa/4.0/?ref=badge",
		"https://creativecommons.org/licenses/by-nc-sa/4.0/#legalcode",
	])("%s → CC-BY-NC-SA-4.0", (input) => {
		expect(idOf(input)).toBe("CC-BY-NC-SA-4.0");
	});

	it.each([
		["http://creativecommons.org/licenses/by-nd/3.0/deed.en_US", "CC-BY-ND-3.0"],
		["http://creativecommons.org/publicdomain/zero/1.0/", "CC0-1.0"],
		["https://creativecommons.org/publicdomain/zero/1.0/legalcode", "CC0-1.0"],
		["https://creativecommons.org/publicdomain/mark/1.0/deed.en", "CC-PDM-1.0"],
	])("%s → %s", (input, id) => {
		expect(idOf(input)).toBe(id);
	});

	it("returns the canonical https URL, whatever spelling came in", () => {
		const resolution = resolveLicense("http://www.creativecommons.org/licenses/by/3.0/legalcode");
		expect(resolution).toMatchObject({
			kind: "known",
			license: { url: "https://creativecommons.org/licenses/by/3.0/" },
		});
	});
});

describe("resolveLicense: URLs outside the table are kept as licence URLs", () => {
	it.each([
		// Ported and older CC licences are different licences: kept as they are, not mapped.
		["https://creativecommons.org/licenses/by/3.0/de/", "https://creativecommons.org/licenses/by/3.0/de/"],
		["https://creativecommons.org/licenses/by-sa/2.5/", "https://creativecommons.org/licenses/by-sa/2.5/"],
		["https://example.org/licence", "https://example.org/licence"],
		["HTTP://Example.org", "http://example.org/"],
	])("%s → url %s", (input, url) => {
		expect(resolveLicense(input)).toEqual({ kind: "url", url });
	});
});

describe("resolveLicense: unknown strings are kept as text", () => {
	it.each([
		"All rights reserved",
		"All rights reserved by BNS",
		"© 2016 AFP",
		"CC BY 2.0", // a version the table does not hold
		"CC BY-SA-ND 4.0", // SA and ND exclude each other
		"CC NC-SA 4.0", // no attribution: not a CC licence
		"CC0 2.0",
		"CC0 public domain mark", // two different tools
		"CC BY 4.0 3.0",
		"cc",
		"MIT",
		"GPL-3.0",
		"javascript:alert(1)",
		"ftp://example.org/licence",
		"https://example.org/a licence with spaces",
		"",
	])("%j", (input) => {
		expect(resolveLicense(input)).toEqual({
			kind: "unknown",
			text: input.trim(),
		});
	});
});
