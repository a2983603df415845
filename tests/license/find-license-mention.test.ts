import { describe, expect, test } from "vitest";
import { findLicenseMention } from "../../src/license/find-license-mention.js";
import { resolveRights } from "../../src/license/index.js";

describe("findLicenseMention", () => {
	test.each([
		[
			"This post is licensed under Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International.",
			"CC-BY-NC-SA-4.0",
		],
		["Text available under CC BY 4.0.", "CC-BY-4.0"],
		["Licensed CC BY-SA 3.0, see creativecommons.org/licenses/by-sa/3.0/", "CC-BY-SA-3.0"],
		["See https://creativecommons.org/publicdomain/zero/1.0/ for details", "CC0-1.0"],
	])("%s → %s", (text, id) => {
		expect(findLicenseMention(text)?.id).toBe(id);
	});

	test.each([
		"© 2016 The Associated Press. All rights reserved.",
		"It is not allowed to publish, quote or reproduce the information of the BNS news agency without the written consent of the UAB “BNS”.",
		"Licensed under a Creative Commons license.",
		"CC BY 4.01 is not a licence",
	])("no licence in %j", (text) => {
		expect(findLicenseMention(text)).toBeUndefined();
	});
});

describe("resolveRights with a Creative Commons footer in the body", () => {
	test("the footer is the text and its licence the machine-readable licence, both from the body", () => {
		const rights = resolveRights({
			bodyNotice:
				"This post is licensed under Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International.",
			defaults: { license: "CC-BY-4.0" },
		});
		expect(rights.license?.url).toBe("https://creativecommons.org/licenses/by-nc-sa/4.0/");
		expect(rights.origins).toEqual({ text: "body", license: "body" });
	});

	test("an agency notice gets no licence, even on a CC-licensed site", () => {
		const rights = resolveRights({
			bodyNotice: "© 2016 Reuters. All rights reserved.",
			defaults: { license: "CC-BY-4.0" },
		});
		expect(rights.license).toBeUndefined();
		expect(rights.text).toBe("© 2016 Reuters. All rights reserved.");
	});
});
