import { type FeedDocument, planFeedDocuments } from "../archive/plan-feed-documents.js";
import type { Person } from "../article/article.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { formatLicenseSentence, resolveLicense } from "../license/index.js";
import type { FeedEntry, FeedMeta, FeedRights, FeedUrls } from "./feed-model.js";
import { keepSafeUrls } from "./keep-safe-urls.js";
import { renderAtom } from "./render-atom.js";
import { renderJsonFeed } from "./render-json-feed.js";
import { renderRss } from "./render-rss.js";

/** One document in the three formats, and where each goes. */
export interface RenderedDocument {
	readonly rss: string;
	readonly atom: string;
	readonly json: string;
	readonly paths: FeedUrls;
}

/** The subscription documents of one build, and the archive pages behind them (oldest first). */
export interface RenderedFeeds extends RenderedDocument {
	readonly archives: readonly RenderedDocument[];
}

/**
 * Serializes the entries (all published, newest first) in all three formats: the subscription documents and, when
 * archives are on, the archive pages behind them. Pure: same config and entries, same bytes.
 */
export function renderFeeds(config: SiteConfig, entries: readonly FeedEntry[]): RenderedFeeds {
	const [subscription, ...archives] = planFeedDocuments(config, entries).map((document) =>
		renderFeedDocument(config, document),
	);
	if (subscription === undefined) throw new Error("no subscription document planned");
	return { ...subscription, archives };
}

/** A category's or author's feed: its own title and description (the site's by default). */
export interface FeedTopic {
	readonly title: string;
	readonly description: string;
}

/** The three formats of one planned document; `topic` names a category's or author's feed. */
export function renderFeedDocument(
	config: SiteConfig,
	document: FeedDocument<FeedEntry>,
	topic?: FeedTopic,
): RenderedDocument {
	const entries = document.entries.map(keepSafeUrls);
	const meta = buildFeedMeta(config, entries, document, topic);
	return {
		rss: renderRss(meta, entries),
		atom: renderAtom(meta, entries),
		json: renderJsonFeed(meta, entries),
		paths: document.paths,
	};
}

/** Feed-wide facts from the config and the entries; `document` places them (self links, history, stylesheet). */
function buildFeedMeta(
	config: SiteConfig,
	entries: readonly FeedEntry[],
	document?: Pick<FeedDocument<FeedEntry>, "urls" | "history" | "paths">,
	topic?: FeedTopic,
): FeedMeta {
	const stylesheet = config.output.stylesheet;
	// Folders between the document and the output folder's root: `archive/…` and `categories/x/…` are one and two down.
	const depth = (document?.paths.rss ?? config.output.rss).split("/").length - 1;
	const newest = entries.reduce<Date | undefined>(
		(max, e) => (max === undefined || e.updated > max ? e.updated : max),
		undefined,
	);
	return {
		title: topic?.title ?? config.title,
		description: topic?.description ?? config.description,
		siteUrl: config.url,
		feedUrls: document?.urls ?? {
			rss: new URL(config.output.rss, config.feedUrl).href,
			atom: new URL(config.output.atom, config.feedUrl).href,
			json: new URL(config.output.json, config.feedUrl).href,
		},
		...(config.language !== undefined && { language: config.language }),
		author: config.author === undefined ? { name: config.title } : toPerson(config.author),
		// The newest item's date, never the clock: an unchanged site gives byte-identical feeds.
		updated: newest ?? new Date(0),
		rights: feedRights(siteRights(config), entries),
		...(config.icon !== undefined && { icon: config.icon }),
		...(config.logo !== undefined && { logo: config.logo }),
		// A hub is told about the subscription documents only: an archive page is not a topic anyone subscribes to, and
		// a category's or author's feed is never pinged, so advertising the hub there would leave its subscribers waiting.
		...(config.hub.length > 0 &&
			document?.history?.kind !== "archive" &&
			topic === undefined && { hubs: config.hub.map((url) => new URL(url).href) }),
		...(document?.history !== undefined && { history: document.history }),
		// Relative, so the browser view works wherever the folder is served (a preview server, a CDN, a sub-path).
		...(stylesheet !== false && { stylesheet: "../".repeat(depth) + stylesheet }),
	};
}

// RSS items and Atom entries without a licence of their own inherit the feed's (CC RSS module, RFC 4946): a feed-level
// licence would then claim that agency items are Creative Commons. Say it at feed level only when every item agrees.
function feedRights(site: FeedRights, entries: readonly FeedEntry[]): FeedRights {
	if (site.licenseUrl === undefined || entries.every((entry) => entry.rights.licenseUrl === site.licenseUrl))
		return site;
	return site.text === undefined ? {} : { text: site.text };
}

function siteRights(config: SiteConfig): FeedRights {
	const resolution = config.license === undefined ? undefined : resolveLicense(config.license);
	const license =
		resolution?.kind === "known"
			? resolution.license
			: resolution?.kind === "url"
				? { url: resolution.url }
				: undefined;
	const text =
		config.rights ?? (license === undefined ? undefined : formatLicenseSentence(license, "The content of this feed"));
	return {
		...(text !== undefined && { text }),
		...(license !== undefined && { licenseUrl: license.url }),
		...(license !== undefined && "name" in license && { licenseName: license.name }),
	};
}

function toPerson(author: NonNullable<SiteConfig["author"]>): Person {
	return {
		name: author.name,
		...(author.email !== undefined && { email: author.email }),
		...(author.url !== undefined && { url: author.url }),
	};
}
