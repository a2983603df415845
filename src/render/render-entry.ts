import type { Article } from "../article/article.js";
import { renderBodyHtml } from "../body/to-html.js";
import { type BoilerplateEvidence, cleanHtml } from "../clean/index.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import { type ResolvedRights, renderNoticeHtml, resolveRights } from "../license/index.js";
import { findContentImage } from "../media/find-content-image.js";
import type { FeedEntry } from "../serialize/feed-model.js";
import { cleanContextFor } from "./clean-context.js";
import { truncateAtWord } from "./truncate-at-word.js";

/** An article rendered for the feeds, with what happened on the way; `entry` is absent when the article was rejected. */
export interface RenderedEntry {
	readonly entry?: FeedEntry;
	/** Rights as resolved, with their origins, for the licence audit. */
	readonly rights?: ResolvedRights;
	/** Cleaning rule id → number of changes. */
	readonly cleanHits: Readonly<Record<string, number>>;
	readonly diagnostics: readonly Diagnostic[];
}

/**
 * Renders one article: body → HTML → clean → rights → notice → summary. Pure; the unit of per-item caching, keyed by
 * the article and the cross-article `evidence` about its blocks.
 */
export function renderEntry(article: Article, config: SiteConfig, evidence?: BoilerplateEvidence): RenderedEntry {
	const html = renderBodyHtml(article.format, article.body);
	const cleaned = cleanHtml(html, cleanContextFor(article, config, evidence));
	const diagnostics: Diagnostic[] = [...cleaned.diagnostics];
	if (cleaned.html === "") {
		diagnostics.push(
			createDiagnostic(
				"warning",
				"clean/empty-body",
				"nothing of the article is left after cleaning (only ads, links, site boilerplate or a site footer); left out of the feeds",
				{ file: article.file, line: article.bodyLine },
			),
		);
		return { cleanHits: cleaned.hits, diagnostics };
	}
	const source = article.source ?? cleaned.sourceUrl;
	const rights = resolveRights({
		frontMatter: article.declaredRights,
		bodyNotice: cleaned.notice,
		sourceUrl: source,
		defaults: { rights: config.rights, license: config.license, sources: config.sources },
	});
	for (const warning of rights.warnings) {
		diagnostics.push(createDiagnostic("warning", "license/check", warning, { file: article.file }));
	}
	const notice = config.notice.enabled
		? renderNoticeHtml(rights, { sourceUrl: source, template: config.notice.template })
		: "";
	const summary = article.summary ?? truncateAtWord(cleaned.text, config.summaryLength);
	const image = article.image ?? findContentImage(cleaned.html);
	const entry: FeedEntry = {
		id: article.id,
		link: article.link,
		title: article.title,
		published: article.published,
		updated: article.updated,
		summary,
		contentHtml: notice === "" ? cleaned.html : `${cleaned.html}\n${notice}`,
		authors: article.authors,
		categories: article.categories,
		...(image !== undefined && { image }),
		...(article.enclosure !== undefined && { enclosure: article.enclosure }),
		...(article.language !== undefined && { language: article.language }),
		...(source !== undefined && { source }),
		rights: {
			...(rights.text !== undefined && { text: rights.text }),
			...(rights.license !== undefined && { licenseUrl: rights.license.url }),
			...(rights.license?.name !== undefined && { licenseName: rights.license.name }),
		},
	};
	return { entry, rights, cleanHits: cleaned.hits, diagnostics };
}
