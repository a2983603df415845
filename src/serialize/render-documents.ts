import { type FeedDocument, feedUrlsOf } from "../archive/plan-feed-documents.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { FEED_FORMATS, type FeedFile, type PublishedFeed } from "../pages/feed-directory.js";
import { renderFeedCss } from "../pages/render-feed-css.js";
import { renderIndexHtml } from "../pages/render-index-html.js";
import { renderOpml } from "../pages/render-opml.js";
import type { TopicFeedPlan } from "../topics/plan-topic-feeds.js";
import type { FeedEntry, FeedUrls } from "./feed-model.js";
import { type FeedTopic, type RenderedDocument, type RenderedFeeds, renderFeedDocument } from "./render-feeds.js";

/**
 * One file of the output folder: rendered in memory, or kept as it is on disk (an archive page this build would write
 * byte for byte as it stands).
 */
export type OutputDocument =
	| {
			/** Path inside the output folder: relative, `/`-separated, may name subfolders (`archive/rss-1-….xml`). */
			readonly path: string;
			readonly content: string;
			/** A page for people (index.html, feed.css, feeds.opml): it never replaces a file wirefeed did not write. */
			readonly isPage?: true;
	  }
	| { readonly path: string; readonly isKept: true };

/**
 * Everything a build writes: the three feeds by name (the library's `outputs`, with the archive pages rendered this
 * time), every document in write order, and every feed published (for the pages that list them).
 */
export interface RenderedDocuments {
	readonly feeds: RenderedFeeds;
	readonly documents: readonly OutputDocument[];
	readonly published: readonly PublishedFeed[];
}

const TOPIC_FOLDERS = { category: "categories", author: "authors" } as const;

/**
 * Renders the planned documents (the subscription feeds first, then the archive pages), except those in `kept`:
 * archive pages already on disk as they would be rendered, listed so the write stage leaves them alone. Then a feed per
 * category and author in `topics` (planned by `planTopicFeeds` when `feeds` asks for them), and the pages for
 * people: `feed.css` (named by the XML feeds), `feeds.opml` and `index.html`. Pure: same input, same bytes.
 */
export function renderDocuments(
	config: SiteConfig,
	planned: readonly FeedDocument<FeedEntry>[],
	kept: ReadonlySet<FeedDocument<FeedEntry>> = new Set(),
	topics: readonly TopicFeedPlan[] = [],
): RenderedDocuments {
	const [subscription, ...archives] = planned;
	if (subscription === undefined) throw new Error("no subscription document planned");
	const current = renderFeedDocument(config, subscription);
	const documents = toOutputDocuments(current);
	const rendered: RenderedDocument[] = [];
	for (const archive of archives) {
		if (kept.has(archive)) {
			documents.push(...Object.values(archive.paths).map((path) => ({ path, isKept: true as const })));
			continue;
		}
		const page = renderFeedDocument(config, archive);
		rendered.push(page);
		documents.push(...toOutputDocuments(page));
	}

	const published: PublishedFeed[] = [siteFeed(config, subscription.entries.length)];
	for (const plan of topics) {
		const topic = topicOf(config, plan);
		const paths = pathsIn(config, `${TOPIC_FOLDERS[plan.kind]}/${plan.slug}/`);
		const document = { paths, urls: feedUrlsOf(config.feedUrl, paths), entries: plan.entries };
		documents.push(...toOutputDocuments(renderFeedDocument(config, document, topic)));
		published.push(
			publishFeed(config, paths, { kind: plan.kind, title: topic.title, name: plan.name, itemCount: plan.total }),
		);
	}

	const { stylesheet, opml, index } = config.output;
	if (stylesheet !== false) documents.push({ path: stylesheet, content: renderFeedCss(), isPage: true });
	if (opml !== false) {
		const site = {
			title: config.title,
			siteUrl: config.url,
			updated: newestDate(subscription.entries),
			...(config.author !== undefined && { ownerName: config.author.name }),
		};
		documents.push({ path: opml, content: renderOpml(site, published), isPage: true });
	}
	if (index !== false) {
		const page = {
			title: config.title,
			description: config.description,
			siteUrl: config.url,
			timezone: config.timezone,
			feeds: published,
			items: subscription.entries,
			...(config.language !== undefined && { language: config.language }),
			...(config.icon !== undefined && { icon: config.icon }),
		};
		documents.push({ path: index, content: renderIndexHtml(page), isPage: true });
	}
	return { feeds: { ...current, archives: rendered }, documents, published };
}

/** The site's own feed, in the formats the config writes, with its absolute URLs. */
export function siteFeed(config: SiteConfig, itemCount = 0): PublishedFeed {
	return publishFeed(config, pathsIn(config, ""), { kind: "site", title: config.title, itemCount });
}

function topicOf(config: SiteConfig, plan: TopicFeedPlan): FeedTopic {
	return {
		title: `${config.title}: ${plan.name}`,
		description:
			plan.kind === "category"
				? `Articles in ${plan.name} from ${config.title}`
				: `Articles by ${plan.name} in ${config.title}`,
	};
}

function pathsIn(config: SiteConfig, dir: string): FeedUrls {
	return { rss: dir + config.output.rss, atom: dir + config.output.atom, json: dir + config.output.json };
}

function publishFeed(config: SiteConfig, paths: FeedUrls, feed: Omit<PublishedFeed, "files">): PublishedFeed {
	const urls = feedUrlsOf(config.feedUrl, paths);
	const files: FeedFile[] = FEED_FORMATS.map((format) => ({ format, path: paths[format], url: urls[format] }));
	return { ...feed, files };
}

function toOutputDocuments(document: RenderedDocument): OutputDocument[] {
	return [
		{ path: document.paths.rss, content: document.rss },
		{ path: document.paths.atom, content: document.atom },
		{ path: document.paths.json, content: document.json },
	];
}

function newestDate(entries: readonly FeedEntry[]): Date {
	return new Date(Math.max(0, ...entries.map((e) => e.updated.getTime())));
}
