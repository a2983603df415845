import { relative, sep } from "node:path";
import type { SettingsCollector } from "./collect-settings.js";
import type { DetectedSite, SiteSettings } from "./detected-site.js";
import { text } from "./read-data-file.js";
import type { SiteGenerator, SiteRules } from "./site-rules.js";
import { ignoreUnrenderedMarkdown } from "./unrendered-markdown.js";

/** A person as site configs write one: a name, or `{ name, email, url|uri }`. */
export function readPerson(value: unknown): SiteSettings["author"] | undefined {
	if (typeof value === "string") return text(value) === undefined ? undefined : { name: value.trim() };
	if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
	const record = value as Record<string, unknown>;
	const name = text(record.name);
	if (name === undefined) return undefined;
	const email = text(record.email);
	const url = text(record.url) ?? text(record.uri);
	return {
		name,
		...(email?.includes("@") && { email }),
		...(url !== undefined && /^https?:\/\//i.test(url) && { url }),
	};
}

/** The path of `dir` inside `root`, `/`-separated; "" when it is the root or outside it. */
export function pathInside(root: string, dir: string): string {
	const path = relative(root, dir);
	return path.startsWith("..") || path === "" ? "" : path.split(sep).join("/");
}

/** Assembles a detected site from what a reader collected. */
export function siteFrom(
	collector: SettingsCollector,
	site: {
		readonly generator: SiteGenerator;
		readonly articlesDir: string;
		readonly contentRoot: string;
		readonly permalinks?: Readonly<Record<string, string>>;
		readonly ignore?: readonly string[];
		readonly extra?: Partial<Omit<SiteRules, "generator" | "contentPath" | "permalinks" | "timeZone">>;
		readonly origins?: Readonly<Record<string, string>>;
	},
): DetectedSite {
	return {
		rules: {
			generator: site.generator,
			contentPath: pathInside(site.contentRoot, site.articlesDir),
			permalinks: site.permalinks ?? {},
			...site.extra,
		},
		root: collector.root,
		articlesDir: site.articlesDir,
		contentRoot: site.contentRoot,
		files: collector.files,
		fileTexts: collector.fileTexts,
		settings: collector.settings as SiteSettings,
		origins: { ...collector.origins, ...site.origins },
		ignore: [...(site.ignore ?? []), ...ignoreUnrenderedMarkdown(site.generator)],
		notes: collector.notes,
	};
}
