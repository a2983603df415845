import { expect, it } from "vitest";
import * as license from "../../src/license/index.js";

it("pins the public export list of the licensing core", () => {
	expect(Object.keys(license).sort()).toEqual([
		"LICENSE_TABLE",
		"decideFullText",
		"findLicenseById",
		"formatLicenseSentence",
		"renderNoticeHtml",
		"renderNoticeText",
		"resolveLicense",
		"resolveRights",
	]);
});
