import { describe, expect, test } from "vitest";
import { makeConfig } from "../factories.js";
import { expectHeadAgreement } from "../load/expect-head-agreement.js";
import { expectScanAgreement } from "../scan/expect-scan-agreement.js";
import { CORPUS_DIR } from "../support/shared-dirs.js";

// The fast paths of a cold build must give the real articles the facts the full parser gives them.
describe("the fast front-matter paths on the real corpus", () => {
	test("the 4 KiB head read agrees with the whole file", () => {
		const { files, scanned } = expectHeadAgreement([CORPUS_DIR], makeConfig({ timezone: "Europe/Vilnius" }));
		expect(files).toBeGreaterThan(50);
		// Every WordPress export (folded scalars, entities in titles) is scanned too; only front matter without a title
		// (the DigitalOcean tutorials take theirs from the body) goes to the full parser.
		expect(scanned).toBeGreaterThan(30);
	});

	test("the scan agrees with the full parser", () => {
		expect(expectScanAgreement([CORPUS_DIR])).toBeGreaterThan(30);
	});
});
