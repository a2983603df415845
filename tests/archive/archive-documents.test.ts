import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FeedEntry } from "../../src/serialize/feed-model.js";
import { type RenderedFeeds, renderFeeds } from "../../src/serialize/render-feeds.js";
import { makeConfig, makeEntry } from "../factories.js";
import { checkFeed, formatViolations } from "../support/check-feed.js";
import { childrenNamed, childText, parseXml } from "../support/parse-xml.js";
import { readWithFeedparser } from "../support/read-with-feedparser.js";
import { describeWith, FEEDPARSER } from "../support/require-reader.js";

const FEED_URL = "https://news.example.org/feeds/";

/** `count` entries, one a day, newest first. */
function makeEntries(count: number): FeedEntry[] {
	return Array.from({ length: count }, (_, i) => {
		const date = new Date(Date.UTC(2020, 0, 1 + i, 12));
		return makeEntry({
			id: `tag:news.example.org,2020:${i}`,
			link: `https://news.example.org/${i}/`,
			title: `Story ${i}`,
			published: date,
			updated: date,
		});
	}).reverse();
}

function render(count: number, archive: { enabled: boolean; pageSize?: number } = { enabled: true, pageSize: 10 }) {
	const config = makeConfig({ feedUrl: FEED_URL, limit: 7, archive });
	return renderFeeds(config, makeEntries(count));
}

/** Every document of a build by its absolute URL, as a server would hand them out. */
function byUrl(feeds: RenderedFeeds, format: "rss" | "atom" | "json"): Map<string, string> {
	return new Map([feeds, ...feeds.archives].map((doc) => [new URL(doc.paths[format], FEED_URL).href, doc[format]]));
}

interface Page {
	readonly ids: string[];
	readonly prev?: string;
	readonly next?: string;
	readonly current?: string;
	readonly self?: string;
	readonly marker?: string;
}

const linkHref = (links: { attributes: Record<string, string> }[], rel: string) =>
	links.find((l) => l.attributes.rel === rel)?.attributes.href;

const READ: Record<"rss" | "atom" | "json", (text: string) => Page> = {
	rss: (xml) => {
		const channel = childrenNamed(parseXml(xml), "channel")[0];
		if (channel === undefined) throw new Error("no channel");
		const links = childrenNamed(channel, "atom:link");
		return {
			ids: childrenNamed(channel, "item").map((item) => childText(item, "guid") ?? ""),
			...optional({
				prev: linkHref(links, "prev-archive"),
				next: linkHref(links, "next-archive"),
				current: linkHref(links, "current"),
				self: linkHref(links, "self"),
				marker: channel.children.find((c) => c.name.startsWith("fh:"))?.name,
			}),
		};
	},
	atom: (xml) => {
		const feed = parseXml(xml);
		const links = childrenNamed(feed, "link");
		return {
			ids: childrenNamed(feed, "entry").map((entry) => childText(entry, "id") ?? ""),
			...optional({
				prev: linkHref(links, "prev-archive"),
				next: linkHref(links, "next-archive"),
				current: linkHref(links, "current"),
				self: linkHref(links, "self"),
				marker: feed.children.find((c) => c.name.startsWith("fh:"))?.name,
			}),
		};
	},
	json: (text) => {
		const feed = JSON.parse(text) as { items: { id: string }[]; next_url?: string; feed_url?: string };
		return { ids: feed.items.map((item) => item.id), ...optional({ prev: feed.next_url, current: feed.feed_url }) };
	},
};

function optional(fields: Record<string, string | undefined>): Record<string, string> {
	return Object.fromEntries(Object.entries(fields).filter((pair): pair is [string, string] => pair[1] !== undefined));
}

/** Follows prev-archive (JSON Feed: next_url) from the subscription document, as an RFC 5005 §4.2 reader does. */
function walk(documents: ReadonlyMap<string, string>, start: string, read: (text: string) => Page): Page[] {
	const pages: Page[] = [];
	const seen = new Set<string>();
	for (let url: string | undefined = start; url !== undefined; ) {
		if (seen.has(url)) throw new Error(`loop at ${url}`);
		seen.add(url);
		const text = documents.get(url);
		if (text === undefined) throw new Error(`link to a document that was not written: ${url}`);
		const page = read(text);
		pages.push(page);
		url = page.prev;
	}
	return pages;
}

describe.each(["rss", "atom", "json"] as const)("archived %s feed", (format) => {
	const start = new URL({ rss: "rss.xml", atom: "atom.xml", json: "feed.json" }[format], FEED_URL).href;

	it.each([0, 7, 8, 17, 27, 45])(
		"a reader walking from the subscription document gets all %i entries once, in order",
		(count) => {
			const feeds = render(count);
			const pages = walk(byUrl(feeds, format), start, READ[format]);
			expect(pages.flatMap((p) => p.ids)).toEqual(makeEntries(count).map((e) => e.id));
			expect(pages).toHaveLength(1 + Math.ceil(Math.max(0, count - 7) / 10));
			expect(pages[0]?.ids.length).toBe(Math.min(count, 7));
		},
	);

	it("every document passes the validator rules", () => {
		const feeds = render(45);
		for (const doc of [feeds, ...feeds.archives]) {
			const violations = checkFeed({ [format]: doc[format] });
			expect(violations, `${doc.paths[format]}\n${formatViolations(violations)}`).toEqual([]);
		}
	});

	it("archive pages name the subscription document and, once the newer page is full, the newer page", () => {
		const feeds = render(45); // 38 archived: pages of 10, 10, 10 and 8
		const pages = feeds.archives.map((doc) => READ[format](doc[format]));
		for (const page of pages) expect(page.current).toBe(start);
		if (format === "json") return; // JSON Feed has next_url (older entries) only
		const urls = feeds.archives.map((doc) => new URL(doc.paths[format], FEED_URL).href);
		expect(pages.map((p) => p.marker)).toEqual(["fh:archive", "fh:archive", "fh:archive", "fh:archive"]);
		expect(pages.map((p) => p.self)).toEqual(urls);
		expect(pages.map((p) => p.next)).toEqual([urls[1], urls[2], undefined, undefined]);
		expect(READ[format](feeds[format]).marker).toBeUndefined();
	});

	it("a subscription document that holds everything says it is complete (RFC 5005 §2)", () => {
		const page = READ[format](render(7)[format]);
		expect(page.prev).toBeUndefined();
		if (format !== "json") expect(page.marker).toBe("fh:complete");
	});

	it("without archives: the newest `limit` entries, no history links", () => {
		const feeds = render(20, { enabled: false });
		expect(feeds.archives).toEqual([]);
		const page = READ[format](feeds[format]);
		expect(page.ids).toEqual(
			makeEntries(20)
				.slice(0, 7)
				.map((e) => e.id),
		);
		expect(page.prev).toBeUndefined();
		expect(page.marker).toBeUndefined();
	});

	it("new entries leave full pages byte for byte as they were", () => {
		const before = render(45).archives;
		const after = render(52).archives; // seven more: the partial page fills and a new one starts
		expect(after[0]).toEqual(before[0]);
		expect(after[1]).toEqual(before[1]);
		expect(after.map((doc) => doc.paths[format]).slice(0, 3)).toEqual(
			before.map((doc) => doc.paths[format]).slice(0, 3),
		);
	});
});

describe("archive paths", () => {
	it("live under archive/, named after the feed file, the page number from the oldest and the page key", () => {
		const feeds = render(27);
		expect(feeds.archives.map((doc) => doc.paths.atom)).toEqual([
			expect.stringMatching(/^archive\/atom-1-[0-9a-f]{10}\.xml$/),
			expect.stringMatching(/^archive\/atom-2-[0-9a-f]{10}\.xml$/),
		]);
		expect(feeds.archives[0]?.paths.json).toMatch(/^archive\/feed-1-[0-9a-f]{10}\.json$/);
		expect(feeds.paths).toEqual({ rss: "rss.xml", atom: "atom.xml", json: "feed.json" });
	});
});

describeWith([FEEDPARSER], "feedparser reading archived feeds", () => {
	it("reads every document without bozo, with its entries and history links", async () => {
		const feeds = render(27);
		const dir = await mkdtemp(join(tmpdir(), "wirefeed-archive-"));
		try {
			for (const doc of [feeds, ...feeds.archives]) {
				for (const format of ["rss", "atom"] as const) {
					const path = join(dir, doc.paths[format]);
					await mkdir(dirname(path), { recursive: true });
					await writeFile(path, doc[format]);
					const parsed = await readWithFeedparser(path);
					expect(parsed.bozo, `${doc.paths[format]}: ${parsed.bozoException ?? ""}`).toBe(0);
					expect(parsed.version).toBe(format === "rss" ? "rss20" : "atom10");
					expect(parsed.entries.map((e) => e.id)).toEqual(READ[format](doc[format]).ids);
				}
			}
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
