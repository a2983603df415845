import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderBodyHtml } from "../../src/body/to-html.js";
import { collectBlocks, readBlockText } from "../../src/clean/blocks.js";
import { fingerprintBlock } from "../../src/clean/index.js";
import { parseFragment } from "../../src/clean/tree.js";
import { evidenceFor, learnBoilerplate, selectEvidenceWindow } from "../../src/evidence/learn-boilerplate.js";
import { readBlockFingerprints } from "../../src/evidence/read-block-fingerprints.js";
import { build } from "../../src/index.js";
import { makeConfig } from "../factories.js";
import { useTempDirs } from "../hostile/support.js";

const EVIDENCE = fileURLToPath(new URL("../fixtures/evidence/", import.meta.url));
const SIGN_OFF = "The Harbour Times is there for you every morning of the year";

describe("readBlockFingerprints", () => {
	it.each([
		[
			"wordpress",
			'<div class="entry">\nFirst line of the story.\n\n<p>Second <em>paragraph</em> &amp; more.</p>\n</div><br><br>Third one',
		],
		[
			"html",
			"<p>First line of the story.</p><div><p>Second <em>paragraph</em> &amp; more.</p></div><ul><li>Third one</li></ul>",
		],
		[
			"markdown",
			"First line of the story.\n\nSecond *paragraph* & [more](/m).\n\n- Third one\n- Fourth\n\nAfter the list:\n\n    code line\n",
		],
		// HTML pasted into Markdown, line after line: one HTML block to Markdown, a paragraph per <p> once parsed.
		[
			"markdown",
			'<div class="promo"><a href="/">Home</a> · <a href="/tides">Tides</a></div>\n<p>First line of the story.</p>\n<p>Second <em>paragraph</em>.</p>\n\nThen *Markdown*.\n',
		],
		["text", "First line of the story.\n\nSecond paragraph."],
		// An editor that saves accents decomposed (e + U+0301): the cleaner reads the body NFC (parseFragment).
		["html", "<p>Caf\u0065\u0301 opens on the quay.</p><p>Re\u0301sume\u0301 of the day.</p>"],
	] as const)("cuts %s bodies into the blocks the cleaner sees", (format, body) => {
		const tree = parseFragment(renderBodyHtml(format, body));
		const fromTree = collectBlocks(tree, { isSkipped: (element) => element.tagName === "pre" })
			.map((block) => readBlockText(block))
			.filter((text) => text !== "")
			.map(fingerprintBlock);
		expect(new Set(readBlockFingerprints(format, body))).toEqual(new Set(fromTree));
	});
});

describe("learnBoilerplate", () => {
	const article = (host: string, ...blocks: string[]) => ({ host, fingerprints: blocks.map(fingerprintBlock) });
	const story = (host: string, name: string, ...shared: string[]) =>
		article(host, `${name} lead`, `${name} body`, ...shared);

	it("learns a block that three articles of one host share, and nothing from another host", () => {
		const learned = learnBoilerplate([
			story("a.example", "one", "footer"),
			story("a.example", "two", "footer"),
			story("a.example", "three", "footer"),
			story("b.example", "four", "footer"),
		]);
		expect(evidenceFor(learned, story("a.example", "one", "footer"))?.evidence.recurring).toEqual(
			new Set([fingerprintBlock("footer")]),
		);
		expect(evidenceFor(learned, story("b.example", "four", "footer"))).toBeUndefined();
	});

	it("needs three articles: two updates of one story teach nothing", () => {
		const learned = learnBoilerplate([
			story("a.example", "x", "same paragraph"),
			story("a.example", "y", "same paragraph"),
		]);
		expect(evidenceFor(learned, story("a.example", "x", "same paragraph"))).toBeUndefined();
	});

	it("learns nothing from bodies of one or two blocks: there the shared text is the article", () => {
		const short = [article("a.example", "The deepest words."), article("a.example", "Before.", "The deepest words.")];
		const learned = learnBoilerplate([...short, ...short, ...short]);
		expect(evidenceFor(learned, article("a.example", "Before.", "The deepest words."))).toBeUndefined();
	});

	it("gives a key that changes exactly when the evidence about the article's blocks changes", () => {
		const three = [
			story("a.example", "x", "footer"),
			story("a.example", "y", "footer"),
			story("a.example", "z", "footer"),
		];
		const key = (articles: typeof three) => evidenceFor(learnBoilerplate(articles), three[0] ?? article(""))?.key;
		expect(key(three)).toBe(key([...three].reverse()));
		expect(key([...three, story("a.example", "w")])).toBe(key(three));
		const sharesLead = story("a.example", "v", "x lead");
		expect(key([...three, sharesLead, sharesLead])).not.toBe(key(three));
	});

	it("learns from the newest candidates only, a fixed window of the build's inputs", () => {
		expect(selectEvidenceWindow([...Array(1000).keys()], 50)).toHaveLength(200);
		expect(selectEvidenceWindow([1, 2, 3], 50)).toEqual([1, 2, 3]);
	});
});

describe("cross-article evidence in a build", () => {
	const tempDir = useTempDirs();
	const buildOf = async (articlesDir: string, cacheDir: string | false) => {
		const result = await build({
			config: makeConfig({ limit: 10 }),
			articlesDir,
			write: false,
			cacheDir,
			now: new Date("2022-01-01T00:00:00Z"),
		});
		if (result.outputs === undefined) throw new Error("no outputs");
		return result.outputs;
	};
	const items = (json: string): { title: string; content_html: string }[] => JSON.parse(json).items;

	it("removes the link bar and the sign-off a host's articles share, and keeps another host's", async () => {
		const outputs = await buildOf(EVIDENCE, false);
		for (const item of items(outputs.json)) {
			if (item.title === "River levels fall") expect(item.content_html).toContain(SIGN_OFF);
			else {
				expect(item.content_html, item.title).not.toContain(SIGN_OFF);
				expect(item.content_html, item.title).not.toContain("Tides");
			}
		}
	});

	it("gives the same bytes cold, with a new cache, with a warm one, and after an article joins or leaves", async () => {
		const dir = await tempDir();
		const articles = join(dir, "articles");
		const cache = join(dir, "cache");
		await cp(EVIDENCE, articles, { recursive: true });
		const third = join(articles, "2021-06-03-harbour-3.md");
		await rm(third);
		// Two articles of the host: no evidence yet, the sign-off stays.
		const two = await buildOf(articles, cache);
		expect(two.json).toContain(SIGN_OFF);
		expect(two).toEqual(await buildOf(articles, false));
		// The third one arrives: the two cached items must be rendered again with what it teaches.
		await cp(join(EVIDENCE, "2021-06-03-harbour-3.md"), third);
		const three = await buildOf(articles, cache);
		expect(three).toEqual(await buildOf(articles, false));
		expect(
			items(three.json)
				.filter((item) => item.content_html.includes(SIGN_OFF))
				.map((item) => item.title),
		).toEqual(["River levels fall"]);
		expect(await buildOf(articles, cache)).toEqual(three);
		// And leaves again: the evidence goes with it.
		await rm(third);
		expect(await buildOf(articles, cache)).toEqual(two);
	});
});
