import type { Article } from "../article/article.js";
import type { BoilerplateEvidence, CleanContext } from "../clean/index.js";
import type { SiteConfig } from "../config/resolve-config.js";
import type { PreparedBody } from "../site/prepare-body.js";
import { sitePathOf } from "../url/site-path.js";
import { isAuthored } from "./is-authored.js";

/** What the cleaner needs to know about an article; shared by the build and `--explain` so they clean alike. */
export function cleanContextFor(
	article: Article,
	config: SiteConfig,
	evidence?: BoilerplateEvidence,
	prepared?: Pick<PreparedBody, "isTemplateResolved" | "literalText">,
): CleanContext {
	const language = article.language ?? config.language;
	return {
		// Relative links in a republished body point into the original site, not ours.
		baseUrl: article.source ?? article.link,
		sitePath: sitePathOf(config.url),
		file: article.file,
		bodyLine: article.bodyLine,
		options: config.clean,
		...(language !== undefined && { language }),
		...(evidence !== undefined && { evidence }),
		// A generator's posts and a folder's own Markdown posts are written by hand; an export's or a scrape's are not.
		...(isAuthored(article, config) && { isAuthored: true }),
		// A generator's templates were already handled (Jekyll's Liquid): braces left are the author's text.
		...(prepared?.isTemplateResolved === true && { keepsTemplateText: true }),
		// What `{% raw %}` wrapped outside a site: its tags are the author's text.
		...(prepared?.literalText !== undefined && { literalTemplateText: prepared.literalText }),
	};
}
