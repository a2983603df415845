import { describe, expect, it } from "vitest";
import { cleanOptionsSchema, DEFAULT_CLEAN_OPTIONS } from "../../src/clean/index.js";

describe("cleanOptionsSchema", () => {
	it("fills in defaults for an empty section", () => {
		expect(cleanOptionsSchema.parse({})).toEqual(DEFAULT_CLEAN_OPTIONS);
		expect(Object.values(DEFAULT_CLEAN_OPTIONS.rules).every((enabled) => enabled)).toBe(true);
	});

	it("switches named rules and keeps the others at their default", () => {
		const options = cleanOptionsSchema.parse({
			rules: { "duplicate-body": false },
			adPatterns: ["\\[promo\\]"],
		});
		expect(options.rules["duplicate-body"]).toBe(false);
		expect(options.rules.sanitize).toBe(true);
		expect(options.adPatterns).toEqual(["\\[promo\\]"]);
		expect(options.noticePatterns).toEqual([]);
	});

	it.each([
		["an unknown key", { rule: {} }, /unrecognized key/i],
		[
			"an unknown rule id, listing the valid ones",
			{ rules: { "strip-ads": true } },
			/unknown cleaning rule "strip-ads"; valid rules: embeds, ad-placeholders, shortcodes, junk, .*text/,
		],
		["a non-boolean switch", { rules: { sanitize: "no" } }, /boolean/],
		["an invalid regular expression", { noticePatterns: ["(unclosed"] }, /invalid regular expression/],
		["patterns that are not strings", { adPatterns: [1] }, /string/],
	])("rejects %s", (_, input, message) => {
		const result = cleanOptionsSchema.safeParse(input);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.message).join("\n")).toMatch(message);
	});
});
