import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderBodyHtml } from "../../src/body/to-html.js";
import * as clean from "../../src/clean/index.js";
import { CLEAN_RULES, cleanHtml, explainClean } from "../../src/clean/index.js";
import { createContext, createOptions } from "./helpers.js";

const readFixture = (name: string) => readFileSync(new URL(`../fixtures/clean/${name}`, import.meta.url), "utf8");

describe("cleanHtml", () => {
	it("exports exactly the cleaner's public API", () => {
		expect(Object.keys(clean).sort()).toEqual([
			"CLEAN_RULES",
			"DEFAULT_CLEAN_OPTIONS",
			"cleanHtml",
			"cleanOptionsSchema",
			"cleanPlainText",
			"explainClean",
			"fingerprintBlock",
		]);
	});

	// A video post whose body is the player: the player is the article, as a picture is a photo post's.
	it("keeps a body that is only an embedded player, as a link to it", () => {
		const result = cleanHtml(
			'[ad_1]\n<div class="video"><iframe src="https://www.youtube.com/embed/Ab3_x-9QzKc" width="560" height="315"></iframe></div>\n[ad_2]',
			createContext(),
		);
		expect(result.html).toContain('<a href="https://www.youtube.com/watch?v=Ab3_x-9QzKc">Video: YouTube</a>');
	});

	it("still leaves out a body that is only a photo credit", () => {
		expect(cleanHtml("<p>[ad_1]</p><p>Photo: Jane Roe</p><p>[ad_2]</p>", createContext()).html).toBe("");
	});

	it("cleans a scraped wire story", () => {
		const result = cleanHtml(readFixture("scraped-wire-story.html"), createContext());
		expect(result.html).toBe(
			"<div>\n<p>HARBORTOWN, Maine — A fishing boat ran aground near the harbor on Sunday, officials said.\n</p>\n<p>No one was hurt, and the crew of four walked ashore at low tide.</p>\n<p>The Associated Press contributed to this report.</p>\n</div>",
		);
		expect(result.notice).toBe(
			"Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
		);
		expect(result.sourceUrl).toBe("http://feeds.example.com/~r/wire/~3/abc/story01.htm");
		expect(result.hits).toEqual({
			junk: expect.any(Number),
			"ad-placeholders": 2,
			"source-link": 1,
			"license-notice": 1,
			sanitize: expect.any(Number),
			text: expect.any(Number),
		});
		expect(result.diagnostics).toEqual([]);
	});

	it("cleans a Hugo post", () => {
		const result = cleanHtml(
			readFixture("hugo-post.html"),
			createContext({ baseUrl: "https://blog.example/posts/falls/" }),
		);
		expect(result.html).toBe(
			[
				"<p>Here is the diagram of the falls:</p>",
				'<figure><img src="https://blog.example/posts/falls/falls.png#center" alt="The falls" width="300"><figcaption><strong>The falls at dawn</strong></figcaption></figure>',
				'<p><img src="https://blog.example/posts/falls/portrait.jpg#center" alt="A portrait"></p>',
				"<pre><code>---\ntitle: flow\nflowchart LR\nA --> B</code></pre>",
				'<pre><code class="language-liquid">{% for post in site.posts %}{{ post.title }}{% endfor %}\n</code></pre>',
			].join("\n"),
		);
		expect(result.notice).toBe(
			"This post is licensed under Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International.",
		);
		expect(result.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual([
			"clean/shortcode-converted",
			"clean/template-tag-removed",
		]);
	});

	it("extracts a BNS-style notice from a bare agency text (the shape of the owner's example)", () => {
		const text = readFileSync(new URL("../fixtures/examples/2020-09-14-agency-notice.txt", import.meta.url), "utf8");
		const body = text.slice(text.indexOf("\n") + 1);
		const result = cleanHtml(renderBodyHtml("text", body), createContext());
		expect(result.notice).toBe(
			"It is not allowed to publish, quote or reproduce the information of the BNS news agency in the media and on websites without the written consent of the UAB “BNS”.",
		);
		expect(result.html).not.toContain("[ad_");
		expect(result.html).not.toContain("BNS news agency");
		expect(result.html).toMatch(/^<p>The harbour authority told reporters/);
		expect(result.html).toMatch(/is the matter of the board “\.<\/p>$/);
	});

	it("returns an empty body when nothing of the article is left", () => {
		const result = cleanHtml(
			' [ad_1]\n<br><div>© Copyright 2016 Example Media. Some rights reserved</div><br>[ad_2]\n<br><a href="https://x.example/">Source </a>',
			createContext(),
		);
		// A site's rights line alone is not an article (issue #12: junk-only items are never published).
		expect(result.html).toBe("");
		expect(result.removals.map((removal) => removal.rule)).toEqual(["boilerplate"]);
	});

	it("keeps a body that is only an image", () => {
		expect(cleanHtml('<p><img src="https://x.example/comic.png" alt="A comic"></p>', createContext()).html).toBe(
			'<p><img src="https://x.example/comic.png" alt="A comic"></p>',
		);
	});

	it("never emits ]]> (the body goes into CDATA)", () => {
		const result = cleanHtml('<p>a ]]> b</p><pre><code>x]]>y</code></pre><img alt="]]>" src="a.png">', createContext());
		expect(result.html).not.toContain("]]>");
		expect(result.html).toContain("a ]]&gt; b");
	});

	it("skips disabled rules", () => {
		const options = createOptions({
			rules: {
				...createOptions().rules,
				"ad-placeholders": false,
				"source-link": false,
				// A trailing link at the edge of the body is boilerplate otherwise.
				boilerplate: false,
			},
		});
		const result = cleanHtml(
			'<p>[ad_1]</p><p>Text</p><a href="https://x.example/">Source</a>',
			createContext({ options }),
		);
		expect(result.html).toBe('<p>[ad_1]</p><p>Text</p><a href="https://x.example/">Source</a>');
		expect(result.sourceUrl).toBeUndefined();
	});

	it("is idempotent on the fixtures", () => {
		for (const name of ["scraped-wire-story.html", "hugo-post.html"]) {
			const once = cleanHtml(readFixture(name), createContext()).html;
			expect(cleanHtml(once, createContext()).html).toBe(once);
		}
	});
});

describe("explainClean", () => {
	it("lists each rule step that changed the body, in order, chained before → after", () => {
		const steps = explainClean(readFixture("scraped-wire-story.html"), createContext());
		expect(steps.map((step) => step.rule)).toEqual([
			"ad-placeholders",
			"junk",
			"sanitize",
			"source-link",
			"license-notice",
			"junk",
			"text",
		]);
		for (const [index, step] of steps.entries()) {
			expect(step.after).not.toBe(step.before);
			if (index > 0) expect(step.before).toBe(steps[index - 1]?.after);
		}
		expect(steps.at(-1)?.after.trim()).toBe(cleanHtml(readFixture("scraped-wire-story.html"), createContext()).html);
	});

	it("is empty for clean input", () => {
		expect(explainClean("<p>Nothing to do.</p>", createContext())).toEqual([]);
	});
});

describe("CLEAN_RULES", () => {
	it("documents every rule once, in the order the cleaner first applies it, with a one-line description", () => {
		expect(CLEAN_RULES.map((rule) => rule.id)).toEqual([
			"embeds",
			"ad-placeholders",
			"shortcodes",
			"junk",
			"sanitize",
			"source-link",
			"boilerplate",
			"license-notice",
			"duplicate-body",
			"absolute-urls",
			"text",
		]);
		for (const rule of CLEAN_RULES) expect(rule.description).toMatch(/^[A-Z][^\n]+\.$/);
	});
});

describe("the README's cleaning table", () => {
	it("lists every rule, in the order the cleaner applies them", () => {
		const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
		const section = readme.slice(readme.indexOf("### Cleaning rules"));
		const table = section.slice(0, section.indexOf("\n\n", section.indexOf("| id |")));
		const ids = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
		expect(ids).toEqual(CLEAN_RULES.map((rule) => rule.id));
	});
});
