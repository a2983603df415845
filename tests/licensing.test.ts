import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { build } from "../src/index.js";
import { makeConfig } from "./factories.js";

const ARTICLES = fileURLToPath(new URL("fixtures/licensing/", import.meta.url));
const CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/";
const CC_BY = "https://creativecommons.org/licenses/by/4.0/";
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: "@",
	isArray: (name) => ["item", "entry", "link"].includes(name),
});

async function buildFeeds() {
	const config = makeConfig({
		rights: "© 2021 Test news desk.",
		license: "CC BY-SA 4.0",
		sources: { "bns.example": { rights: "© BNS. Reproduction only with the written consent of UAB BNS." } },
	});
	const result = await build({
		config,
		articlesDir: ARTICLES,
		write: false,
		cacheDir: false,
		now: new Date("2022-01-01T00:00:00Z"),
	});
	if (result.outputs === undefined) throw new Error("no outputs");
	const rss = parser.parse(result.outputs.rss).rss.channel;
	const atom = parser.parse(result.outputs.atom).feed;
	const json = JSON.parse(result.outputs.json);
	const byTitle = (title: string) => ({
		rss: rss.item.find((i: { title: string }) => i.title === title),
		atom: atom.entry.find((e: { title: { "#text": string } }) => e.title["#text"] === title),
		json: json.items.find((i: { title: string }) => i.title === title),
		audit: result.items.find((i) => i.title === title)?.rights,
	});
	return { result, rss, atom, json, byTitle };
}

const licenseLinks = (entry: { link: { "@rel"?: string; "@href": string }[] }) =>
	entry.link.filter((l) => l["@rel"] === "license").map((l) => l["@href"]);

describe("licensing in every format", () => {
	test("an article with license: CC-BY-4.0 carries the CC BY 4.0 URL in RSS, Atom and JSON Feed", async () => {
		const { byTitle } = await buildFeeds();
		const item = byTitle("Open data portal adds weather archive");
		expect(item.rss["creativeCommons:license"]).toBe(CC_BY);
		expect(licenseLinks(item.atom)).toEqual([CC_BY]);
		expect(item.json._rights.license).toBe(CC_BY);
		expect(item.audit?.origins).toEqual({ text: "front-matter", license: "front-matter" });
	});

	test("an agency article on a CC-licensed site keeps the agency notice and gets no CC licence, not even by inheritance", async () => {
		const { rss, atom, json, byTitle } = await buildFeeds();
		const item = byTitle("Parliament approves the new budget");
		const notice =
			"© 2021 Example Wire Agency. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
		expect(item.rss["dc:rights"]).toBe(notice);
		expect(item.rss["creativeCommons:license"]).toBeUndefined();
		expect(item.atom.rights).toBe(notice);
		expect(licenseLinks(item.atom)).toEqual([]);
		expect(item.json._rights).toEqual({ text: notice });
		expect(item.audit?.origins).toEqual({ text: "body" });
		// Items without a licence inherit the feed's (CC RSS module, RFC 4946): so the feed states none.
		expect(rss["creativeCommons:license"]).toBeUndefined();
		expect(licenseLinks(atom)).toEqual([]);
		expect(json._rights).toEqual({ text: "© 2021 Test news desk." });
		// Shown once, at the end, with the credit line left in the body.
		expect(item.json.content_html.match(/All rights reserved/g)).toHaveLength(1);
		expect(item.json.content_html).toContain("The Example Wire contributed to this report.");
		expect(item.json.content_html).toMatch(
			/<p class="rights">© 2021 Example Wire Agency[^<]*<a href="https:\/\/wire\.example\.net\/budget-approved">Source<\/a><\/p>$/,
		);
	});

	test("the site's own article takes the site defaults; a source host's default applies to its articles", async () => {
		const { byTitle } = await buildFeeds();
		const own = byTitle("Our reporters visit the new ferry terminal");
		expect(own.rss["dc:rights"]).toBe("© 2021 Test news desk.");
		expect(own.rss["creativeCommons:license"]).toBe(CC_BY_SA);
		expect(own.audit?.origins).toEqual({ text: "site-default", license: "site-default" });
		const bns = byTitle("Port traffic grows for a third month");
		expect(bns.rss["dc:rights"]).toBe("© BNS. Reproduction only with the written consent of UAB BNS.");
		expect(bns.rss["creativeCommons:license"]).toBeUndefined();
		expect(bns.audit?.origins).toEqual({ text: "source-default" });
	});

	test("when every item shares the site licence, the feed states it once", async () => {
		const config = makeConfig({ license: "CC-BY-4.0" });
		const result = await build({
			config,
			articlesDir: ARTICLES,
			write: false,
			cacheDir: false,
			now: new Date("2021-04-01T12:00:00Z"),
		});
		const channel = parser.parse(result.outputs?.rss ?? "").rss.channel;
		expect(channel["creativeCommons:license"]).toBe(CC_BY);
		expect(licenseLinks(parser.parse(result.outputs?.atom ?? "").feed)).toEqual([CC_BY]);
	});
});

describe("site-wide licence text", () => {
	test.each([
		["CC-BY-4.0", "The content of this feed is licensed under CC BY 4.0."],
		["cc0", "The content of this feed is dedicated to the public domain under CC0 1.0."],
	])("license %s alone gives the channel notice %j", async (license, text) => {
		const result = await build({
			config: makeConfig({ license }),
			articlesDir: ARTICLES,
			write: false,
			cacheDir: false,
			now: new Date("2021-04-01T12:00:00Z"),
		});
		expect(parser.parse(result.outputs?.rss ?? "").rss.channel.copyright).toBe(text);
	});
});
