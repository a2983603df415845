import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { build } from "../src/index.js";
import { makeConfig } from "./factories.js";

// Issue #12, "Licensing cases that fail": each fixture is one case, built as a site would build it.
const ARTICLES = fileURLToPath(new URL("fixtures/licensing-cases/", import.meta.url));
const SITE_RIGHTS = "© 2021 Test news desk.";
const BNS_NOTICE =
	"It is not allowed to publish, quote or reproduce the information of the BNS news agency in the media and on websites without the written consent of the UAB “BNS”.";

interface JsonItem {
	readonly title: string;
	readonly content_html: string;
	readonly _rights?: { readonly text?: string; readonly license?: string };
}

async function buildItems() {
	const result = await build({
		config: makeConfig({ rights: SITE_RIGHTS, license: undefined }),
		articlesDir: ARTICLES,
		write: false,
		cacheDir: false,
		now: new Date("2022-01-01T00:00:00Z"),
	});
	if (result.outputs === undefined) throw new Error("no outputs");
	const items: JsonItem[] = JSON.parse(result.outputs.json).items;
	const byTitle = (title: string) => {
		const item = items.find((candidate) => candidate.title === title);
		if (item === undefined) throw new Error(`no item "${title}"; diagnostics: ${JSON.stringify(result.diagnostics)}`);
		return { item, audit: result.items.find((published) => published.title === title)?.rights };
	};
	return { result, byTitle };
}

describe("licensing cases of issue #12", () => {
	test("a BNS notice at the end of a WordPress-export body is the item's rights, read as wpautop reads the body", async () => {
		const { byTitle } = await buildItems();
		const { item, audit } = byTitle("Ferry operator adds a winter route – BNS");
		expect(item._rights?.text).toBe(BNS_NOTICE);
		expect(audit?.origins.text).toBe("body");
		// Shown once (as the rights line), and the lines around it stay paragraphs of their own.
		expect(item.content_html.match(/not allowed to publish/g)).toHaveLength(1);
		expect(item.content_html).toContain("<p>Operator: bookings open next week</p>");
		expect(item.content_html).toMatch(/said on Monday\.<br>\s*The route will run/);
	});

	test.each([
		["A short tutorial", "A tutorial under a short-form Creative Commons licence."],
		["Museum opens its photo archive", "The Creative Commons licence CC BY 4.0 lets anyone reuse the photos"],
		["Piracy cases in court", "Copyright 2024 was a record year for music piracy cases"],
	])("%s: a sentence about a licence as the only paragraph is the article, not its notice", async (title, text) => {
		const { result, byTitle } = await buildItems();
		const { item, audit } = byTitle(title);
		expect(item.content_html).toContain(text);
		expect(item._rights?.text).toBe(SITE_RIGHTS);
		expect(item._rights?.license).toBeUndefined();
		expect(audit?.origins.text).toBe("site-default");
		expect(result.diagnostics.filter((d) => d.rule === "clean/empty-body")).toEqual([]);
	});

	test.each([
		["Museum puts ten thousand photos online", "lets anyone reuse the photos, the museum said on Monday."],
		["Court reports more piracy cases", "was a record year for music piracy cases, the court said."],
	])("%s: a sentence about a licence as the last paragraph stays and relicenses nothing", async (title, text) => {
		const { byTitle } = await buildItems();
		const { item } = byTitle(title);
		expect(item.content_html).toContain(text);
		expect(item._rights).toEqual({ text: SITE_RIGHTS });
	});
});
