import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveRights } from "../../src/license/resolve-rights.js";
import type { RightsDefaults, RightsInput } from "../../src/license/types.js";

const BNS_NOTICE =
	"It is not allowed to publish, quote or reproduce the information of the BNS news agency in the media and on websites without the written consent of the UAB “BNS”.";
const SITE_RIGHTS = "© 2020 wirefeed sample desk. Agency items remain the property of their agencies.";
const CC_BY = {
	id: "CC-BY-4.0",
	name: "Creative Commons Attribution 4.0 International",
	shortName: "CC BY 4.0",
	url: "https://creativecommons.org/licenses/by/4.0/",
};
const CC_BY_NC_SA = {
	id: "CC-BY-NC-SA-4.0",
	name: "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
	shortName: "CC BY-NC-SA 4.0",
	url: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
};

/** A CC BY site that republishes BNS items, as the sample config describes. */
function ccSite(overrides: Partial<RightsDefaults> = {}): RightsDefaults {
	return {
		rights: SITE_RIGHTS,
		license: "CC-BY-4.0",
		sources: { "bns.lt": { rights: "© BNS. All rights reserved." } },
		...overrides,
	};
}

describe("resolveRights: each level of precedence", () => {
	it("front matter rights and licence win over everything", () => {
		const rights = resolveRights({
			frontMatter: { rights: "© 2018 Jane Doe", license: "cc by-nc-sa" },
			bodyNotice: BNS_NOTICE,
			sourceUrl: "https://www.bns.lt/news/1",
			defaults: ccSite(),
		});
		expect(rights).toEqual({
			text: "© 2018 Jane Doe",
			license: CC_BY_NC_SA,
			origins: { text: "front-matter", license: "front-matter" },
			warnings: [],
		});
	});

	it("a front matter licence alone speaks for itself, without the site's text", () => {
		// do-tutorials: `license: cc by-nc-sa` and nothing else about rights.
		const rights = resolveRights({
			frontMatter: { license: "cc by-nc-sa" },
			defaults: ccSite(),
		});
		expect(rights).toEqual({
			text: "This article is licensed under CC BY-NC-SA 4.0.",
			license: CC_BY_NC_SA,
			origins: { text: "front-matter", license: "front-matter" },
			warnings: [],
		});
	});

	it("text and licence can come from different origins: body notice text, front matter licence", () => {
		const rights = resolveRights({
			frontMatter: { license: "CC-BY-NC-SA-4.0" },
			bodyNotice:
				"This post is licensed under Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International.",
			defaults: ccSite(),
		});
		expect(rights).toMatchObject({
			text: "This post is licensed under Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International.",
			license: { id: "CC-BY-NC-SA-4.0" },
			origins: { text: "body", license: "front-matter" },
		});
	});

	it("an agency article in a CC-licensed site keeps the agency notice and gets no CC licence", () => {
		const rights = resolveRights({
			bodyNotice: BNS_NOTICE,
			defaults: ccSite(),
		});
		expect(rights).toEqual({
			text: BNS_NOTICE,
			origins: { text: "body" },
			warnings: [],
		});
		expect("license" in rights).toBe(false);
	});

	it("per-source defaults apply to the host's articles and block the site licence", () => {
		const rights = resolveRights({
			sourceUrl: "https://www.bns.lt/topic/1",
			defaults: ccSite(),
		});
		expect(rights).toEqual({
			text: "© BNS. All rights reserved.",
			origins: { text: "source-default" },
			warnings: [],
		});
	});

	it("a per-source licence without text gets its licence sentence", () => {
		const rights = resolveRights({
			sourceUrl: "https://partner.example/a",
			defaults: ccSite({
				sources: {
					"partner.example": {
						license: "https://creativecommons.org/licenses/by-sa/4.0/",
					},
				},
			}),
		});
		expect(rights).toMatchObject({
			text: "This article is licensed under CC BY-SA 4.0.",
			license: { id: "CC-BY-SA-4.0" },
			origins: { text: "source-default", license: "source-default" },
		});
	});

	it("site defaults apply when nothing more specific says anything", () => {
		const rights = resolveRights({
			sourceUrl: "https://elsewhere.example/a",
			defaults: ccSite(),
		});
		expect(rights).toEqual({
			text: SITE_RIGHTS,
			license: CC_BY,
			origins: { text: "site-default", license: "site-default" },
			warnings: [],
		});
	});

	it("a site licence without site text gets its licence sentence", () => {
		const rights = resolveRights({ defaults: { license: "CC BY 4.0" } });
		expect(rights).toEqual({
			text: "This article is licensed under CC BY 4.0.",
			license: CC_BY,
			origins: { text: "site-default", license: "site-default" },
			warnings: [],
		});
	});

	it("front matter rights text without a licence does not inherit the site licence", () => {
		const rights = resolveRights({
			frontMatter: { rights: "© 2016 AFP" },
			defaults: ccSite(),
		});
		expect(rights).toEqual({
			text: "© 2016 AFP",
			origins: { text: "front-matter" },
			warnings: [],
		});
	});

	it("nothing at all: no text, no licence, a warning", () => {
		const rights = resolveRights({});
		expect(rights.text).toBeUndefined();
		expect(rights.license).toBeUndefined();
		expect(rights.origins).toEqual({});
		expect(rights.warnings).toEqual([expect.stringContaining("no rights information")]);
	});
});

describe("resolveRights: source host matching", () => {
	const defaults = ccSite({
		sources: {
			"bns.lt": { rights: "© BNS." },
			"EN.BNS.LT.": { rights: "© BNS (English service)." },
			"*.agency.example": { rights: "© Agency." },
		},
	});

	it.each([
		["https://bns.lt/a", "© BNS."],
		["https://www.bns.lt/a", "© BNS."],
		["http://bns.lt:8080/a", "© BNS."],
		["https://en.bns.lt/a", "© BNS (English service)."], // the most specific key wins
		["https://news.en.bns.lt/a", "© BNS (English service)."],
		["https://agency.example/a", "© Agency."],
		["https://notbns.lt/a", SITE_RIGHTS], // a look-alike host is not a subdomain
		["https://bns.lt.evil.example/a", SITE_RIGHTS],
	])("%s → %s", (sourceUrl, text) => {
		expect(resolveRights({ sourceUrl, defaults }).text).toBe(text);
	});

	it("matches internationalised host keys written in Unicode", () => {
		const rights = resolveRights({
			sourceUrl: "https://www.xn--lietuvi-0ub.lt/a",
			defaults: { sources: { "lietuvių.lt": { rights: "© Lietuvių." } } },
		});
		expect(rights.text).toBe("© Lietuvių.");
	});

	it("warns about a source URL it cannot read and falls back to the site", () => {
		const rights = resolveRights({
			sourceUrl: "/relative/path",
			defaults: ccSite(),
		});
		expect(rights.origins).toEqual({
			text: "site-default",
			license: "site-default",
		});
		expect(rights.warnings).toEqual([expect.stringContaining('source URL "/relative/path"')]);
	});
});

describe("resolveRights: publisher", () => {
	it("names the owner when nothing else does, and blocks the site licence", () => {
		const rights = resolveRights({
			frontMatter: { publisher: "BNS" },
			defaults: ccSite(),
		});
		expect(rights).toEqual({
			text: "© BNS.",
			origins: { text: "front-matter" },
			warnings: [],
		});
	});

	it("gives way to the source's own notice", () => {
		const rights = resolveRights({
			frontMatter: { publisher: "BNS" },
			sourceUrl: "https://bns.lt/a",
			defaults: ccSite(),
		});
		expect(rights.text).toBe("© BNS. All rights reserved.");
		expect(rights.origins).toEqual({ text: "source-default" });
	});

	it("is not given a second copyright sign", () => {
		expect(resolveRights({ frontMatter: { publisher: "© 2020 UAB BNS" } }).text).toBe("© 2020 UAB BNS.");
		expect(resolveRights({ frontMatter: { publisher: "Copyright AFP" } }).text).toBe("Copyright AFP.");
	});

	it("gives way to a body notice", () => {
		expect(
			resolveRights({
				frontMatter: { publisher: "BNS" },
				bodyNotice: BNS_NOTICE,
			}).text,
		).toBe(BNS_NOTICE);
	});

	it("fills in the text next to a front matter licence", () => {
		const rights = resolveRights({
			frontMatter: { publisher: "DigitalOcean.", license: "cc by-nc-sa" },
		});
		expect(rights).toMatchObject({
			text: "© DigitalOcean.",
			license: { id: "CC-BY-NC-SA-4.0" },
		});
	});
});

describe("resolveRights: messy input", () => {
	it("keeps an unknown licence as the rights text, with a warning that says how to link it", () => {
		const rights = resolveRights({
			frontMatter: { license: "Harbour Open Licence 2" },
			defaults: ccSite(),
		});
		expect(rights.text).toBe("Harbour Open Licence 2");
		expect(rights.license).toBeUndefined();
		expect(rights.origins).toEqual({ text: "front-matter" });
		expect(rights.warnings).toEqual([
			expect.stringMatching(/licence "Harbour Open Licence 2" is not a known licence.*its URL/),
		]);
	});

	it.each([
		"All rights reserved",
		"© 2023 Jane Roe",
		"Copyright Harbour Times",
		"Do not reproduce without permission.",
	])("takes a reservation in the licence key (%s) as the rights text, without a warning", (reservation) => {
		const rights = resolveRights({ frontMatter: { license: reservation }, defaults: ccSite() });
		expect(rights.text).toBe(reservation);
		expect(rights.license).toBeUndefined();
		expect(rights.warnings).toEqual([]);
	});

	it("appends an unknown licence to front matter rights text, once", () => {
		expect(
			resolveRights({
				frontMatter: {
					rights: "© 2016 KTRK-TV.",
					license: "Do not reproduce.",
				},
			}).text,
		).toBe("© 2016 KTRK-TV. Do not reproduce.");
		expect(
			resolveRights({
				frontMatter: {
					rights: "© 2016 AFP. Do not reproduce.",
					license: "do not reproduce",
				},
			}).text,
		).toBe("© 2016 AFP. Do not reproduce.");
	});

	it("keeps a licence URL outside the table as the licence", () => {
		const rights = resolveRights({
			frontMatter: { license: "https://example.org/licence" },
		});
		expect(rights).toEqual({
			text: "This article is licensed under https://example.org/licence.",
			license: { url: "https://example.org/licence" },
			origins: { text: "front-matter", license: "front-matter" },
			warnings: [],
		});
	});

	it("prefers `rights` over `copyright` and says so when they differ", () => {
		const rights = resolveRights({
			frontMatter: { rights: "© Jane", copyright: "© John" },
		});
		expect(rights.text).toBe("© Jane");
		expect(rights.warnings).toEqual([expect.stringContaining("both `rights` and `copyright`")]);
		expect(resolveRights({ frontMatter: { copyright: "© John" } }).text).toBe("© John");
	});

	it("collapses whitespace and treats blank values as absent", () => {
		const rights = resolveRights({
			frontMatter: { rights: "   ", license: "\n" },
			bodyNotice: "\n\t © 2016   AFP \n",
			defaults: ccSite(),
		});
		expect(rights).toEqual({
			text: "© 2016 AFP",
			origins: { text: "body" },
			warnings: [],
		});
	});

	it("reports an unusable default licence only when the default is used", () => {
		const defaults = { rights: SITE_RIGHTS, license: "some licence" };
		expect(resolveRights({ frontMatter: { rights: "© Jane" }, defaults }).warnings).toEqual([]);
		const rights = resolveRights({ defaults });
		expect(rights.text).toBe(`${SITE_RIGHTS} some licence`);
		expect(rights.warnings).toEqual([expect.stringContaining('site-default licence "some licence"')]);
	});

	it("does not mutate its input and returns the same result twice", () => {
		const input: RightsInput = deepFreeze({
			frontMatter: { license: "cc by" },
			bodyNotice: BNS_NOTICE,
			sourceUrl: "https://bns.lt/a",
			defaults: ccSite(),
		});
		expect(resolveRights(input)).toEqual(resolveRights(input));
	});
});

describe("resolveRights: the feed never claims an agency article is CC-licensed", () => {
	const text = fc.string({ minLength: 1 }).filter((s) => s.trim() !== "");
	const ccLicence = fc.constantFrom("CC-BY-4.0", "cc by-sa", "https://creativecommons.org/licenses/by/4.0/", "cc0");

	it("an article with its own notice, source text or publisher, and no licence of its own, gets no licence", () => {
		fc.assert(
			fc.property(
				fc
					.record({ bodyNotice: text, sourceRights: text, publisher: text }, { requiredKeys: [] })
					.filter((own) => Object.keys(own).length > 0),
				ccLicence,
				text,
				(own, siteLicense, siteRights) => {
					const rights = resolveRights({
						...(own.bodyNotice !== undefined && { bodyNotice: own.bodyNotice }),
						...(own.publisher !== undefined && {
							frontMatter: { publisher: own.publisher },
						}),
						sourceUrl: "https://en.bns.lt/a",
						defaults: {
							rights: siteRights,
							license: siteLicense,
							sources: own.sourceRights === undefined ? {} : { "bns.lt": { rights: own.sourceRights } },
						},
					});
					expect(rights.license).toBeUndefined();
					expect(rights.origins.text).not.toBe("site-default");
				},
			),
		);
	});
});

function deepFreeze<T>(value: T): T {
	if (typeof value === "object" && value !== null) {
		for (const child of Object.values(value)) deepFreeze(child);
		Object.freeze(value);
	}
	return value;
}
