import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeTitle, readAtomItems, readHtmlText, readRssItems } from "../support/read-feed-items.js";
import { readWithFeedparser } from "../support/read-with-feedparser.js";
import { describeWith, FEEDPARSER } from "../support/require-reader.js";
import { useBeforeAll } from "../support/use-before-all.js";
import { type EndToEndBuild, useFeedBuild } from "../support/use-feed-build.js";

const FORMATS = [
	{ file: "rss.xml", version: "rss20", readItems: readRssItems },
	{ file: "atom.xml", version: "atom10", readItems: readAtomItems },
] as const;

/** Python's feedparser reads each build's RSS and Atom without bozo, with every item, id, title and rights. */
export function describeFeedparser(builds: readonly EndToEndBuild[]): void {
	describeWith([FEEDPARSER], "feedparser", () => describeEach(builds));
}

function describeEach(builds: readonly EndToEndBuild[]): void {
	describe.each(builds)("feedparser reading the $name build", ({ articles }) => {
		const build = useFeedBuild(articles);

		describe.each(FORMATS)("$file", ({ file, version, readItems }) => {
			const read = useBeforeAll(async () => {
				const { outDir, rss, atom } = build();
				return {
					parsed: await readWithFeedparser(join(outDir, file)),
					items: readItems(file === "rss.xml" ? rss : atom),
				};
			}, 60_000);

			it(`parses it as well-formed ${version} (bozo 0)`, () => {
				const { parsed } = read();
				expect(parsed.bozo, parsed.bozoException ?? "").toBe(0);
				expect(parsed.version).toBe(version);
				expect(parsed.feed.title).toBe("wirefeed sample news");
			});

			it("sees every item, with the ids, titles and links in the file", () => {
				const { parsed, items } = read();
				expect(items.length).toBeGreaterThan(0);
				expect(parsed.entries).toHaveLength(items.length);
				expect(parsed.entries.map((e) => e.id)).toEqual(items.map((i) => i.id));
				// feedparser hands over an Atom type="html" title as HTML for the app to render; compare what a person sees.
				const titles = parsed.entries.map((e) =>
					normalizeTitle(e.titleType === "text/html" ? readHtmlText(e.title ?? "") : (e.title ?? "")),
				);
				expect(titles).toEqual(items.map((i) => i.title));
				expect(parsed.entries.map((e) => e.link)).toEqual(items.map((i) => i.link));
			});

			it("sees each item's featured image and attached file, with the URLs in the file", () => {
				const { parsed, items } = read();
				const seen = parsed.entries.map((e) => ({
					image: e.thumbnails[0],
					enclosure: e.enclosures.find((x) => !(x.type ?? "").startsWith("image/"))?.href,
				}));
				expect(seen).toEqual(items.map((i) => ({ image: i.image, enclosure: i.enclosure })));
			});

			it("sees unique ids", () => {
				const ids = read().parsed.entries.map((e) => e.id);
				expect(new Set(ids).size).toBe(ids.length);
			});

			it("sees each item's rights notice and licence, inherited from the feed where the item has none", () => {
				const { parsed, items } = read();
				const seen = parsed.entries.map((e) => ({
					rights: e.rights ?? parsed.feed.rights ?? undefined,
					license: e.license ?? parsed.feed.license ?? undefined,
				}));
				expect(seen).toEqual(items.map((i) => ({ rights: i.rights, license: i.license })));
			});
		});
	});
}
