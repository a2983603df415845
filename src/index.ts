export type { Article, Person } from "./article/article.js";
export { type BuildOptions, build } from "./build.js";
export type { BuildResult, PublishedItem } from "./build-result.js";
export type { SiteConfig } from "./config/resolve-config.js";
export { resolveConfig } from "./config/resolve-config.js";
export type { Diagnostic, Severity } from "./diagnostic.js";
export { EXIT, exitCodeFor } from "./exit-code.js";
export { formatDiagnostic } from "./report/format-diagnostic.js";
