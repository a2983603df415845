import { describe, expect, test } from "vitest";
import { decideFullText, type ResolvedRights } from "../../src/license/index.js";

const CC_BY = {
	id: "CC-BY-4.0",
	name: "Creative Commons Attribution 4.0 International",
	shortName: "CC BY 4.0",
	url: "https://creativecommons.org/licenses/by/4.0/",
};
const CC_BY_NC_ND = {
	...CC_BY,
	id: "CC-BY-NC-ND-3.0",
	shortName: "CC BY-NC-ND 3.0",
	url: "https://creativecommons.org/licenses/by-nc-nd/3.0/",
};

function rights(overrides: Partial<ResolvedRights>): ResolvedRights {
	return { origins: {}, warnings: [], ...overrides };
}

// The README's rule table for `"content": "by-rights"`, row by row.
describe('decideFullText with "by-rights"', () => {
	test.each([
		{
			name: "the BNS notice",
			rights: rights({
				text: "It is not allowed to publish, quote or reproduce this material without the written consent of UAB BNS.",
				origins: { text: "body" },
			}),
			rule: "rights/forbids-reproduction",
			isFull: false,
		},
		{
			name: "an agency's all-rights-reserved footer",
			rights: rights({
				text: "Copyright 2026 Example Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
				origins: { text: "body" },
			}),
			rule: "rights/forbids-reproduction",
			isFull: false,
		},
		{
			name: "a source default that forbids reproduction",
			rights: rights({ text: "© Agency. Reproduction prohibited.", origins: { text: "source-default" } }),
			rule: "rights/forbids-reproduction",
			isFull: false,
		},
		{
			name: "a ban even beside an open licence",
			rights: rights({
				text: "All rights reserved.",
				license: CC_BY,
				origins: { text: "body", license: "front-matter" },
			}),
			rule: "rights/forbids-reproduction",
			isFull: false,
		},
		{
			name: "a Creative Commons licence",
			rights: rights({
				text: "This article is licensed under CC BY 4.0.",
				license: CC_BY,
				origins: { text: "front-matter", license: "front-matter" },
			}),
			rule: "rights/open-license",
			isFull: true,
		},
		{
			name: "a non-commercial, no-derivatives licence (sharing verbatim is allowed)",
			rights: rights({ license: CC_BY_NC_ND, text: "x", origins: { license: "body", text: "body" } }),
			rule: "rights/open-license",
			isFull: true,
		},
		{
			name: "the site's defaults, even when they reserve all rights",
			rights: rights({ text: "© 2026 Harbour Times. All rights reserved.", origins: { text: "site-default" } }),
			rule: "rights/site-own-work",
			isFull: true,
		},
		{
			name: "the site's rights text repeated in the article",
			rights: rights({ text: "© 2026 Harbour Times.", origins: { text: "front-matter" } }),
			rule: "rights/site-own-work",
			isFull: true,
		},
		{
			name: "no rights anywhere (a personal blog)",
			rights: rights({}),
			rule: "rights/no-rights-stated",
			isFull: true,
		},
		{
			name: "another owner's plain copyright line",
			rights: rights({ text: "© Example Agency.", origins: { text: "front-matter" } }),
			rule: "rights/not-known-to-allow",
			isFull: false,
		},
		{
			name: "a newsroom's free-republication notice",
			rights: rights({ text: "This story can be republished for free (details).", origins: { text: "body" } }),
			rule: "rights/grants-republication",
			isFull: true,
		},
		{
			name: "a republication under a Creative Commons licence that names no version",
			rights: rights({
				text: "This article is republished from The Conversation under a Creative Commons license.",
				origins: { text: "body" },
			}),
			rule: "rights/grants-republication",
			isFull: true,
		},
		{
			name: "a grant that a ban in the same notice overrides",
			rights: rights({
				text: "This story can be republished for free by members. It may not be redistributed by others.",
				origins: { text: "body" },
			}),
			rule: "rights/forbids-reproduction",
			isFull: false,
		},
		{
			name: "a licence URL that is not in the table",
			rights: rights({
				license: { url: "https://example.net/terms" },
				text: "See terms.",
				origins: { license: "front-matter", text: "front-matter" },
			}),
			rule: "rights/not-known-to-allow",
			isFull: false,
		},
	])("$name → $rule", ({ rights, rule, isFull }) => {
		const decision = decideFullText("by-rights", rights, { rights: "© 2026 Harbour Times." });
		expect([decision.rule, decision.isFull]).toEqual([rule, isFull]);
		expect(decision.reason).not.toBe("");
	});

	test("the reason quotes the words that forbid reproduction", () => {
		const decision = decideFullText(
			"by-rights",
			rights({
				text: "It is not allowed to publish, quote or reproduce this material without the written consent of UAB BNS.",
			}),
		);
		expect(decision.reason).toBe(
			'the rights notice forbids reproduction ("not allowed to publish, quote or reproduce")',
		);
	});
});

describe("decideFullText with one mode for every item", () => {
	const forbidding = rights({ text: "All rights reserved.", origins: { text: "body" } });
	test.each([
		{ mode: "full", isFull: true, rule: "content/full" },
		{ mode: "summary", isFull: false, rule: "content/summary" },
	] as const)("$mode applies whatever the rights say", ({ mode, isFull, rule }) => {
		expect(decideFullText(mode, forbidding)).toMatchObject({ isFull, rule });
		expect(decideFullText(mode, rights({ license: CC_BY }))).toMatchObject({ isFull, rule });
	});
});
