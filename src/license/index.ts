export { type ContentMode, decideFullText, type FullTextDecision, type FullTextRule } from "./decide-full-text.js";
export { formatLicenseSentence } from "./format-license-sentence.js";
export { findLicenseById, LICENSE_TABLE } from "./license-table.js";
export { renderNoticeHtml, renderNoticeText } from "./render-notice.js";
export { resolveLicense } from "./resolve-license.js";
export { resolveRights } from "./resolve-rights.js";
export type {
	ArticleRights,
	LicenseCategory,
	LicenseInfo,
	LicenseResolution,
	RenderNoticeOptions,
	ResolvedLicense,
	ResolvedRights,
	RightsDefaults,
	RightsInput,
	RightsNotice,
	RightsOrigin,
	SourceRights,
} from "./types.js";
