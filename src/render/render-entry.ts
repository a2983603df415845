import type { Article } from "../article/article.js";
import { smartify } from "../body/smartify.js";
import { type MarkdownDialect, renderBodyHtml, renderExcerptHtml } from "../body/to-html.js";
import { type BoilerplateEvidence, type CleanContext, cleanHtml } from "../clean/index.js";
import { checkTimeBudget, type TimeBudget } from "../clean/time-budget.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import {
	decideFullText,
	type FullTextDecision,
	type ResolvedRights,
	renderNoticeHtml,
	resolveRights,
} from "../license/index.js";
import { findContentImage } from "../media/find-content-image.js";
import type { FeedEntry } from "../serialize/feed-model.js";
import { EMPTY_LINK_INDEX, type LinkIndex } from "../site/link-index.js";
import { prepareBody } from "../site/prepare-body.js";
import { cleanContextFor } from "./clean-context.js";
import { renderShortenedContent } from "./render-shortened-content.js";
import { truncateAtWord } from "./truncate-at-word.js";

/** An article rendered for the feeds, with what happened on the way; `entry` is absent when the article was rejected. */
export interface RenderedEntry {
	readonly entry?: FeedEntry;
	/** Rights as resolved, with their origins, for the licence audit. */
	readonly rights?: ResolvedRights;
	/** Whether the entry carries the full text (the `content` config), and why. */
	readonly fullText?: FullTextDecision;
	/** Cleaning rule id → number of changes. */
	readonly cleanHits: Readonly<Record<string, number>>;
	readonly diagnostics: readonly Diagnostic[];
	/** The references to other pages the body made, and what each gave (null: not found), so a cached render can be
	 * reused only while they still give the same. */
	readonly linkLookups?: Readonly<Record<string, string | null>>;
}

/**
 * Renders one article: generator syntax → HTML → clean → rights → notice → summary. Pure; the unit of per-item caching,
 * keyed by the article, the cross-article `evidence` about its blocks and the `links` of the pages it refers to.
 */
export function renderEntry(
	article: Article,
	config: SiteConfig,
	evidence?: BoilerplateEvidence,
	links: LinkIndex = EMPTY_LINK_INDEX,
	budget?: TimeBudget,
): RenderedEntry {
	const lookups: Record<string, string | null> = {};
	const recording: LinkIndex = {
		find(reference) {
			const link = links.find(reference);
			lookups[reference] = link ?? null;
			return link;
		},
	};
	const prepared = prepareBody(article, config, recording);
	const rendered = renderPrepared(article, config, prepared, evidence, budget);
	return Object.keys(lookups).length === 0 ? rendered : { ...rendered, linkLookups: lookups };
}

function renderPrepared(
	article: Article,
	config: SiteConfig,
	prepared: ReturnType<typeof prepareBody>,
	evidence: BoilerplateEvidence | undefined,
	budget: TimeBudget | undefined,
): RenderedEntry {
	const html = renderBodyHtml(article.format, prepared.body, config.site);
	// The budget is checked between steps (ArticleTooSlowError): markdown here, then each cleaning step.
	checkTimeBudget(budget);
	const context: CleanContext = {
		...cleanContextFor(article, config, evidence, prepared),
		...(budget !== undefined && { budget }),
	};
	const cleaned = cleanHtml(html, context);
	const diagnostics: Diagnostic[] = [...prepared.diagnostics, ...cleaned.diagnostics];
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
	const fullText = decideFullText(config.content, rights, { rights: config.rights });
	// A shortened item always shows its notice: it says why the text is not there.
	const notice =
		config.notice.enabled || !fullText.isFull
			? renderNoticeHtml(rights, { sourceUrl: source, template: config.notice.template })
			: "";
	// Hugo's manual summary (`<!--more-->`) wins over a front matter one; elsewhere the author's front matter wins.
	// https://gohugo.io/content-management/summaries/
	const excerpt = () => readExcerpt(article, prepared.body, context, config.site);
	const summary =
		(config.site?.generator === "hugo" ? (excerpt() ?? article.summary) : (article.summary ?? excerpt())) ??
		truncateAtWord(cleaned.text, config.summaryLength, article.language ?? config.language);
	// A body image belongs to the body: an item without its body does not reproduce it either.
	const image = article.image ?? (fullText.isFull ? findContentImage(cleaned.html) : undefined);
	const contentHtml = fullText.isFull
		? notice === ""
			? cleaned.html
			: `${cleaned.html}\n${notice}`
		: renderShortenedContent({ summary, noticeHtml: notice, readMoreUrl: source ?? article.link });
	const entry: FeedEntry = {
		id: article.id,
		link: article.link,
		// jekyll-feed sets each title with `smartify`: readers moving from it see the same titles.
		title: config.site?.generator === "jekyll" ? smartify(article.title) : article.title,
		published: article.published,
		updated: article.updated,
		summary,
		contentHtml,
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
	return { entry, rights, fullText, cleanHits: cleaned.hits, diagnostics };
}

// The text before the generator's summary separator (`<!--more-->`, Jekyll's blank line), when the body has one.
function readExcerpt(
	article: Article,
	body: string,
	context: CleanContext,
	dialect: MarkdownDialect | undefined,
): string | undefined {
	const separator = article.excerptSeparator;
	if (separator === undefined || separator === "") return undefined;
	const trimmed = body.replace(/^\s+/, "");
	const at = trimmed.indexOf(separator);
	if (at <= 0) return undefined;
	const excerpt = cleanHtml(renderExcerptHtml(article.format, trimmed.slice(0, at), trimmed, dialect), context).text;
	return excerpt === "" ? undefined : excerpt;
}
