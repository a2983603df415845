import type { Person } from "../article/article.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { formatLicenseSentence, resolveLicense } from "../license/index.js";
import type { FeedEntry, FeedMeta, FeedRights } from "./feed-model.js";
import { keepSafeUrls } from "./keep-safe-urls.js";
import { renderAtom } from "./render-atom.js";
import { renderJsonFeed } from "./render-json-feed.js";
import { renderRss } from "./render-rss.js";

/** The three documents of one build. */
export interface RenderedFeeds {
	readonly rss: string;
	readonly atom: string;
	readonly json: string;
}

/** Serializes the entries (newest first) in all three formats. Pure: same config and entries, same bytes. */
export function renderFeeds(config: SiteConfig, rendered: readonly FeedEntry[]): RenderedFeeds {
	const entries = rendered.map(keepSafeUrls);
	const meta = buildFeedMeta(config, entries);
	return { rss: renderRss(meta, entries), atom: renderAtom(meta, entries), json: renderJsonFeed(meta, entries) };
}

/** Feed-wide facts from the config and the entries. */
export function buildFeedMeta(config: SiteConfig, entries: readonly FeedEntry[]): FeedMeta {
	const newest = entries.reduce<Date | undefined>(
		(max, e) => (max === undefined || e.updated > max ? e.updated : max),
		undefined,
	);
	return {
		title: config.title,
		description: config.description,
		siteUrl: config.url,
		feedUrls: {
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
