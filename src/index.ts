// The library's public surface; tests/api.test.ts pins it, the README documents each name, and dist/index.d.ts ships
// exactly these types.
export { type BuildOptions, build } from "./build.js";
export type { BuildResult, PublishedItem } from "./build-result.js";
export type { CleanRuleId } from "./clean/rule.js";
export type { CleanOptions } from "./clean/types.js";
export { defineConfig } from "./config/define-config.js";
export { type ConfigResult, resolveConfig, type SiteConfig } from "./config/resolve-config.js";
export type {
	ConfigArchive,
	ConfigAuthor,
	ConfigClean,
	ConfigFeeds,
	ConfigNotice,
	ConfigOutput,
	ConfigRightsSource,
	WirefeedConfig,
} from "./config/wirefeed-config.js";
export type { Diagnostic, Severity } from "./diagnostic.js";
export { EXIT, exitCodeFor } from "./exit-code.js";
export type { ContentMode, FullTextDecision, FullTextRule } from "./license/decide-full-text.js";
export type { ResolvedLicense, ResolvedRights, RightsNotice, RightsOrigin } from "./license/types.js";
export { formatDiagnostic } from "./report/format-diagnostic.js";
export type { FeedUrls } from "./serialize/feed-model.js";
export type { RenderedDocument, RenderedFeeds } from "./serialize/render-feeds.js";
export type { SiteGenerator, SiteRules } from "./site/site-rules.js";
export type { SiteSummary } from "./site/summarize-site.js";
export type { WrittenFile } from "./write/write-documents.js";
