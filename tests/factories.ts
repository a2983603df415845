import { planFeedDocuments } from "../src/archive/plan-feed-documents.js";
import type { Article } from "../src/article/article.js";
import { resolveConfig, type SiteConfig } from "../src/config/resolve-config.js";
import type { SourceFile } from "../src/load/read-source.js";
import type { FeedEntry, FeedMeta } from "../src/serialize/feed-model.js";
import { renderDocuments } from "../src/serialize/render-documents.js";
import { planTopicFeeds } from "../src/topics/plan-topic-feeds.js";
import { topicFeedOptions } from "../src/topics/topic-feed-options.js";

/** A validated config for tests; overrides are validated too. */
export function makeConfig(overrides: Record<string, unknown> = {}): SiteConfig {
	const result = resolveConfig({ url: "https://news.example.org/", title: "Test news", ...overrides }, "test.json");
	if (!result.ok) throw new Error(`bad test config: ${JSON.stringify(result.diagnostics)}`);
	return result.config;
}

/** A source file as the loader would produce it. */
export function makeSource(relPath: string, text: string, format: SourceFile["format"] = "markdown"): SourceFile {
	return { file: `articles/${relPath}`, relPath, format, text };
}

/** An article with sensible defaults. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
	const published = overrides.published ?? new Date("2020-09-14T12:00:00Z");
	return {
		file: "articles/a.md",
		relPath: "a.md",
		slug: "a",
		id: "tag:news.example.org,2020-09-14:a",
		link: "https://news.example.org/a/",
		title: "A title",
		published,
		updated: published,
		draft: false,
		authors: [],
		categories: [],
		declaredRights: {},
		format: "markdown",
		body: "Some text.",
		bodyLine: 1,
		...overrides,
	};
}

/** A rendered feed entry with sensible defaults. */
export function makeEntry(overrides: Partial<FeedEntry> = {}): FeedEntry {
	const published = overrides.published ?? new Date("2020-09-14T12:00:00Z");
	return {
		id: "tag:news.example.org,2020-09-14:a",
		link: "https://news.example.org/a/",
		title: "A title",
		published,
		updated: published,
		summary: "A summary.",
		contentHtml: "<p>Body.</p>",
		authors: [],
		categories: [],
		rights: {},
		...overrides,
	};
}

/** Feed-wide facts with sensible defaults. */
export function makeMeta(overrides: Partial<FeedMeta> = {}): FeedMeta {
	return {
		title: "Test news",
		description: "Latest articles",
		siteUrl: "https://news.example.org/",
		feedUrls: {
			rss: "https://news.example.org/rss.xml",
			atom: "https://news.example.org/atom.xml",
			json: "https://news.example.org/feed.json",
		},
		author: { name: "Desk" },
		updated: new Date("2020-09-14T12:00:00Z"),
		rights: {},
		...overrides,
	};
}

/** Every document of a build from its entries (newest first), planned as the build plans them; text documents only. */
export function renderSite(config: SiteConfig, entries: readonly FeedEntry[]) {
	const topics = topicFeedOptions(config);
	const plans = topics === undefined ? [] : planTopicFeeds(entries, topics);
	const rendered = renderDocuments(config, planFeedDocuments(config, entries), new Set(), plans);
	const documents = rendered.documents.flatMap((d) => ("content" in d ? [{ path: d.path, content: d.content }] : []));
	return { ...rendered, documents };
}
