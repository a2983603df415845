import { describe, expect, it } from "vitest";
import { normalizeTitle, readAtomItems, readRssItems } from "../support/read-feed-items.js";
import { readWithNewsboat } from "../support/read-with-newsboat.js";
import { describeWith, NEWSBOAT, SQLITE3 } from "../support/require-reader.js";
import { useBeforeAll } from "../support/use-before-all.js";
import { type EndToEndBuild, useFeedBuild } from "../support/use-feed-build.js";

const FORMATS = [
	{ file: "rss.xml", readItems: readRssItems },
	{ file: "atom.xml", readItems: readAtomItems },
] as const;

const byGuid = (a: { guid: string }, b: { guid: string }) => a.guid.localeCompare(b.guid);

/** newsboat fetches each build over HTTP and stores every item once, under its id. */
export function describeNewsboat(builds: readonly EndToEndBuild[]): void {
	// newsboat's cache is SQLite, read with Debian's python (the sqlite3 CLI may be absent).
	describeWith([NEWSBOAT, SQLITE3], "newsboat", () => describeEach(builds));
}

function describeEach(builds: readonly EndToEndBuild[]): void {
	describe.each(builds)("newsboat fetching the $name build over HTTP", ({ articles }) => {
		const build = useFeedBuild(articles);

		describe.each(FORMATS)("$file", ({ file, readItems }) => {
			const read = useBeforeAll(async () => {
				const { outDir, rss, atom } = build();
				return {
					stored: await readWithNewsboat(outDir, file),
					items: readItems(file === "rss.xml" ? rss : atom),
				};
			}, 120_000);

			it("stores every item of the feed, once", () => {
				const { stored, items } = read();
				expect(items.length).toBeGreaterThan(0);
				expect(stored).toHaveLength(items.length);
				expect(new Set(stored.map((s) => s.guid)).size).toBe(stored.length);
				expect(stored.every((s) => s.feedurl.endsWith(`/${file}`))).toBe(true);
			});

			it("stores each item under its id, with its title and link", () => {
				const { stored, items } = read();
				const seen = stored
					.map((s) => ({
						guid: s.guid,
						title: normalizeTitle(s.title),
						url: s.url,
					}))
					.sort(byGuid);
				const expected = items.map((i) => ({ guid: i.id, title: i.title, url: i.link })).sort(byGuid);
				expect(seen).toEqual(expected);
			});
			it("stores each item's podcast enclosure", () => {
				const { stored, items } = read();
				const seen = stored.map((s) => ({ guid: s.guid, enclosure: s.enclosure_url || undefined })).sort(byGuid);
				const expected = items.map((i) => ({ guid: i.id, enclosure: i.enclosure })).sort(byGuid);
				expect(seen).toEqual(expected);
			});
		});
	});
}
