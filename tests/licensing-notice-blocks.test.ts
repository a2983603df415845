import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { build } from "../src/index.js";
import { makeConfig } from "./factories.js";

// A notice that shares its paragraph, line or element with sentences that are not about rights: the item's rights
// say the notice and nothing else, every other sentence stays in the body, and the notice is shown once.
const ARTICLES = fileURLToPath(new URL("fixtures/notice-blocks/", import.meta.url));
const AP =
	"Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";

interface JsonItem {
	readonly title: string;
	readonly content_html: string;
	readonly _rights?: { readonly text?: string };
}

async function buildItems(): Promise<readonly JsonItem[]> {
	const result = await build({
		config: makeConfig({ rights: "© 2016 Test news desk.", content: "full" }),
		articlesDir: ARTICLES,
		write: false,
		cacheDir: false,
		now: new Date("2017-01-01T00:00:00Z"),
	});
	if (result.outputs === undefined) throw new Error("no outputs");
	return JSON.parse(result.outputs.json).items;
}

/** The body's text as a reader sees it, without the rights line the feed adds under it. */
function bodyText(item: JsonItem): string {
	return item.content_html
		.replace(/<p class="rights">[\s\S]*?<\/p>/, "")
		.replace(/<[^>]+>/g, " ")
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/\s+/g, " ");
}

describe("a notice that shares its block with other sentences", () => {
	test.each([
		["Ferry fares rise in April", AP, ["Correction: An earlier version of this story misstated the size of the rise."]],
		[
			"Pier talks resume",
			"It is not allowed to publish, quote or reproduce the information of the BNS news agency in the media and on websites without the written consent of the UAB “BNS”.",
			["Both sides meet again on Monday."],
		],
		[
			"Storm closes the bridge",
			"Copyright ©2016 KTRK-TV. All Rights Reserved.",
			["Editor's note: This story was updated with the reopening time."],
		],
		["Museum reopens its east wing", AP, ["Tickets for the wing go on sale on Monday."]],
		[
			"Tram tender won",
			AP,
			["The council approved the contract by 31 votes to 9.", "The Associated Press contributed to this report."],
		],
		["Lighthouse sold", "© 2016 AFP", ["Jane Roe contributed to this report."]],
		[
			"Uostas bus gilinamas",
			"Draudžiama ELTA informaciją skelbti žiniasklaidos priemonėse bei interneto svetainėse be raštiško ELTA sutikimo.",
			["Darbus finansuos Europos Sąjunga."],
		],
		[
			"Harbour fees cut",
			"© 2016 CBS Interactive Inc. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.",
			["The fees had not changed since 2009.", "The Associated Press contributed to this report."],
		],
		["Festival dates set", AP, ["The full programme is on the festival's site ."]],
		// A promotion before the notice is no reason to drop the notice with it.
		["Dock strike ends", "© 2016 AFP", ["Follow us on Twitter for the latest on the port."]],
		// A credit line between two notices, and a correction under one, stay where they are.
		[
			"Marina expands",
			`© 2016 CBS Interactive Inc. All Rights Reserved. ${AP}`,
			["The Associated Press contributed to this report."],
		],
		["Ferry delays explained", AP, ["Correction: An earlier version of this story gave the wrong day for the repair."]],
	])("%s: the rights are the notice alone, the other sentences stay", async (title, notice, kept) => {
		const item = (await buildItems()).find((candidate) => candidate.title === title);
		expect(item?._rights?.text).toBe(notice);
		const text = bodyText(item as JsonItem);
		for (const sentence of kept) expect(text).toContain(sentence);
		// Shown once: under the body, not in it.
		expect(text).not.toContain(notice.slice(0, 40));
	});

	test("a link in a sentence that stays keeps its markup", async () => {
		const item = (await buildItems()).find((candidate) => candidate.title === "Festival dates set");
		expect(item?.content_html).toContain(
			'<p>The full programme is on <a href="https://festival.example/programme">the festival\'s site</a>.</p>',
		);
	});
});
