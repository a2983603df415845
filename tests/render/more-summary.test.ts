import { expect, test } from "vitest";
import { buildFolder } from "../support/build-folder.js";

// Outside a detected site, a post's author still marks its teaser with `<!--more-->`: WordPress's classic editor and
// its exports, Octopress and Jekyll themes (`<!-- more -->`), Hugo posts copied into a folder. The teaser is the
// item's summary, as the generators that wrote the marker make it.
const POSTS: Record<string, string> = {
	"pier.md":
		"---\ntitle: The pier\ndate: 2024-01-10\n---\n\nThe pier opened on Sunday.\n\nCrowds came early.\n\n<!--more-->\n\nThe ferries start in March, and the cafe opens in May.\n",
	"lamps.markdown":
		"---\ntitle: The lamps\ndate: 2014-01-11\n---\n\nThe lamps were lit at dusk.\n\n<!-- more -->\n\nThey run on the tide now.\n",
	"gate.md":
		"---\nID: 12\npost_title: The gate\npost_date: 2016-05-01 10:00:00\n---\n<p>The gate was painted <b>blue</b>.</p>\n<!--more-->\n<p>It took a week.</p>\n",
	"bench.md":
		"---\ntitle: The bench\ndate: 2024-01-09\n---\n\nA bench was put at the end of the pier. Nobody has sat on it yet.\n",
};

test("the text before <!--more--> is the summary of a post outside a site", async () => {
	const { items } = await buildFolder(POSTS);
	const summaries = Object.fromEntries(items.map((item) => [item.title, item.summary]));
	expect(summaries).toEqual({
		"The pier": "The pier opened on Sunday. Crowds came early.",
		"The lamps": "The lamps were lit at dusk.",
		"The gate": "The gate was painted blue.",
		"The bench": "A bench was put at the end of the pier. Nobody has sat on it yet.",
	});
	// The whole post is still the item's text.
	expect(items.find((item) => item.title === "The pier")?.content_html).toContain("The ferries start in March");
});
