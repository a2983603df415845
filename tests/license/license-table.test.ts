import { describe, expect, it } from "vitest";
import { findLicenseById, LICENSE_TABLE } from "../../src/license/license-table.js";

describe("LICENSE_TABLE", () => {
	it("holds six CC licences in 4.0 and 3.0, CC0 and the Public Domain Mark", () => {
		expect(LICENSE_TABLE.map((license) => license.id)).toEqual([
			"CC-BY-4.0",
			"CC-BY-SA-4.0",
			"CC-BY-ND-4.0",
			"CC-BY-NC-4.0",
			"CC-BY-NC-SA-4.0",
			"CC-BY-NC-ND-4.0",
			"CC-BY-3.0",
			"CC-BY-SA-3.0",
			"CC-BY-ND-3.0",
			"CC-BY-NC-3.0",
			"CC-BY-NC-SA-3.0",
			"CC-BY-NC-ND-3.0",
			"CC0-1.0",
			"CC-PDM-1.0",
		]);
	});

	it.each([
		{
			id: "CC-BY-NC-SA-4.0",
			name: "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
			shortName: "CC BY-NC-SA 4.0",
			url: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
			category: "license",
		},
		{
			id: "CC-BY-NC-ND-3.0",
			name: "Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported",
			shortName: "CC BY-NC-ND 3.0",
			url: "https://creativecommons.org/licenses/by-nc-nd/3.0/",
			category: "license",
		},
		{
			id: "CC-BY-ND-4.0",
			name: "Creative Commons Attribution-NoDerivatives 4.0 International",
			shortName: "CC BY-ND 4.0",
			url: "https://creativecommons.org/licenses/by-nd/4.0/",
			category: "license",
		},
		{
			id: "CC0-1.0",
			name: "CC0 1.0 Universal",
			shortName: "CC0 1.0",
			url: "https://creativecommons.org/publicdomain/zero/1.0/",
			category: "public-domain-dedication",
		},
		{
			id: "CC-PDM-1.0",
			name: "Public Domain Mark 1.0",
			shortName: "PDM 1.0",
			url: "https://creativecommons.org/publicdomain/mark/1.0/",
			category: "public-domain-mark",
		},
	])("$id", (entry) => {
		expect(findLicenseById(entry.id)).toEqual(entry);
	});

	it("uses canonical https deed URLs with a trailing slash, as the CC RSS module expects a full URL", () => {
		for (const license of LICENSE_TABLE) {
			expect(license.url).toMatch(/^https:\/\/creativecommons\.org\/(?:licenses|publicdomain)\/[a-z-]+\/\d\.\d\/$/);
		}
	});

	it("finds ids case-insensitively and nothing else", () => {
		expect(findLicenseById("cc-by-sa-3.0")?.id).toBe("CC-BY-SA-3.0");
		expect(findLicenseById("CC-BY-2.0")).toBeUndefined();
	});
});
