import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFeeds, NOW } from "../support/build-feeds.js";
import { checkAtom, checkJsonFeed, checkRss, formatViolations } from "../support/check-feed.js";
import { childrenNamed, childText, parseXml } from "../support/parse-xml.js";
import { readAtomItems, readJsonItems, readRssItems } from "../support/read-feed-items.js";
import { type EndToEndBuild, useFeedBuild } from "../support/use-feed-build.js";

/** Each build exits as expected and writes three feeds that break none of the FEEDS.md rules. */
export function describeFeedValidity(builds: readonly EndToEndBuild[]): void {
	describe.each(builds)("the $name build", ({ articles, exitCodes }) => {
		const build = useFeedBuild(articles);

		it(`exits with ${exitCodes.join(" or ")} and writes rss.xml, atom.xml and feed.json`, () => {
			const { exitCode, stderr, outDir } = build();
			expect(exitCodes, `exit code ${exitCode}; stderr:\n${stderr}`).toContain(exitCode);
			for (const name of ["rss.xml", "atom.xml", "feed.json"]) expect(existsSync(join(outDir, name)), name).toBe(true);
		});

		it("writes an RSS 2.0 feed that breaks none of the FEEDS.md rules", () => {
			const violations = checkRss(build().rss);
			expect(violations, formatViolations(violations)).toEqual([]);
		});

		it("writes an Atom 1.0 feed that breaks none of the FEEDS.md rules", () => {
			const violations = checkAtom(build().atom);
			expect(violations, formatViolations(violations)).toEqual([]);
		});

		it("writes a JSON Feed 1.1 that breaks none of the FEEDS.md rules", () => {
			const violations = checkJsonFeed(build().json);
			expect(violations, formatViolations(violations)).toEqual([]);
		});

		it("publishes the same items, ids, titles, links and licensing in all three formats", () => {
			const rss = readRssItems(build().rss);
			expect(rss.length).toBeGreaterThan(0);
			expect(readAtomItems(build().atom)).toEqual(rss);
			expect(readJsonItems(build().json)).toEqual(rss);
		});

		it("gives every item a unique id", () => {
			const ids = readRssItems(build().rss).map((item) => item.id);
			expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		});

		// FEEDS.md "Stability that readers depend on".
		it("lists items newest first, none after --now, and dates the feed by its newest item", () => {
			const rss = parseXml(build().rss);
			const items = rss.children.flatMap((channel) => childrenNamed(channel, "item"));
			const dates = items.map((item) => Date.parse(childText(item, "pubDate") ?? ""));
			const newest = Math.max(...dates);
			expect(dates.length).toBeGreaterThan(0);
			expect(dates).toEqual([...dates].sort((a, b) => b - a));
			expect(newest).toBeLessThanOrEqual(Date.parse(NOW));
			const lastBuildDate = rss.children.map((channel) => childText(channel, "lastBuildDate"));
			expect(lastBuildDate.map((date) => Date.parse(date ?? ""))).toEqual([newest]);
			const atom = parseXml(build().atom);
			expect(Date.parse(childText(atom, "updated") ?? "")).toBe(newest);
		});

		it("writes byte-identical feeds when nothing changed", async () => {
			const again = await buildFeeds(articles);
			try {
				expect(again.rss).toBe(build().rss);
				expect(again.atom).toBe(build().atom);
				expect(again.json).toBe(build().json);
			} finally {
				await again.cleanup();
			}
		}, 180_000);
	});
}
