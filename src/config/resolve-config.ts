import type { z } from "zod";
import type { CleanOptions } from "../clean/types.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { SiteRules } from "../site/site-rules.js";
import { readSafeUrl } from "../url/read-safe-url.js";
import { CONFIG_KEYS, CREDENTIALS_MESSAGE, configSchema, DEFAULT_IGNORE, hasCredentials } from "./schema.js";
import { suggestClosest } from "./suggest.js";
import type { ConfigAuthor, ConfigRightsSource } from "./wirefeed-config.js";

/**
 * A validated config, every default filled in. Spelled out (not inferred from the schema) for the shipped types;
 * tests/config/config-types.test.ts holds it to the schema. It is itself a valid config (resolving it again gives it
 * back), so it holds no value derived from others: stages derive those where they need them.
 */
export interface SiteConfig {
	/** Site URL, normalized (`https://example.org/`). */
	readonly url: string;
	/** Feed title (default: the site's host). */
	readonly title: string;
	/** Channel description; RSS requires a non-empty one (default: "Latest articles from {title}"). */
	readonly description: string;
	/** Folder URL the feed files are served from, with a trailing slash (default: the site URL). */
	readonly feedUrl: string;
	readonly language?: string | undefined;
	readonly author?: ConfigAuthor | undefined;
	readonly icon?: string | undefined;
	readonly logo?: string | undefined;
	readonly limit: number;
	readonly timezone: string;
	readonly permalink: string;
	readonly rights?: string | undefined;
	readonly license?: string | undefined;
	readonly sources: Readonly<Record<string, ConfigRightsSource>>;
	readonly notice: { readonly enabled: boolean; readonly template?: string | undefined };
	readonly output: {
		readonly rss: string;
		readonly atom: string;
		readonly json: string;
		readonly stylesheet: string | false;
		readonly index: string | false;
		readonly opml: string | false;
	};
	readonly feeds: {
		readonly categories: boolean;
		readonly authors: boolean;
		readonly min: number;
		readonly limit?: number | undefined;
	};
	readonly content: "full" | "summary" | "by-rights";
	/** The defaults (unless `ignoreDefaults` was false) and the config's own patterns: the full list. */
	readonly ignore: readonly string[];
	/** Always false once resolved: `ignore` already holds the defaults. */
	readonly ignoreDefaults: boolean;
	readonly summaryLength: number;
	readonly maxFileSize: number;
	readonly maxArticleSeconds: number;
	readonly clean: CleanOptions;
	readonly archive: { readonly enabled: boolean; readonly pageSize: number };
	readonly hub: readonly string[];
	/** The rules of the static-site generator whose site is read, when one was detected. */
	readonly site?: SiteRules;
}

/** Result of validating a config: either the config or the reasons it was refused. */
export type ConfigResult =
	| { readonly ok: true; readonly config: SiteConfig }
	| { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Validates untrusted config data against the schema, reporting each problem by key path with a "did you mean" hint. */
export function resolveConfig(raw: unknown, file: string, keyPrefix = ""): ConfigResult {
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
		return fail(file, `${keyPrefix || "config"} must be an object with at least "url"`);
	}
	const parsed = configSchema.safeParse(raw);
	if (!parsed.success) {
		const diagnostics = parsed.error.issues.flatMap((issue) => describeIssue(issue, file, keyPrefix));
		return { ok: false, diagnostics };
	}
	const value = parsed.data;
	const url = new URL(value.url).href;
	const host = new URL(url).hostname;
	const title = value.title ?? host;
	// Icons and logos may be written as site paths ("/favicon.png"); the resolved config and the feeds carry them absolute.
	const images: { icon?: string; logo?: string } = {};
	for (const key of ["icon", "logo"] as const) {
		const given = value[key];
		if (given === undefined) continue;
		const resolved = readSafeUrl(given, "web", url);
		if (resolved === undefined)
			return fail(file, `"${where(keyPrefix, key)}" must be an http(s) URL or a path on the site`);
		if (hasCredentials(resolved)) return fail(file, `"${where(keyPrefix, key)}" ${CREDENTIALS_MESSAGE}`);
		images[key] = resolved;
	}
	return {
		ok: true,
		config: {
			...value,
			...images,
			url,
			title,
			description: value.description ?? `Latest articles from ${title}`,
			// `ignore` adds to the defaults; `ignoreDefaults: false` leaves only the config's own patterns.
			// Resolving this config again must give it back, so the full list is kept and the defaults are not added twice.
			ignore: [...(value.ignoreDefaults ? DEFAULT_IGNORE : []), ...value.ignore],
			ignoreDefaults: false,
			feedUrl: withTrailingSlash(new URL(value.feedUrl ?? url).href),
		},
	};
}

function describeIssue(issue: z.core.$ZodIssue, file: string, keyPrefix: string): Diagnostic[] {
	const where = (path: readonly PropertyKey[]) => [keyPrefix, ...path.map(String)].filter((p) => p !== "").join(".");
	if (issue.code === "unrecognized_keys") {
		return issue.keys.map((key) => {
			const known = issue.path.length === 0 ? CONFIG_KEYS : [];
			const hint = suggestClosest(key, known);
			const fullKey = where([...issue.path, key]);
			return configError(
				file,
				`unknown key "${fullKey}"${hint ? ` — did you mean "${hint}"?` : ""}; see the config table in the README`,
			);
		});
	}
	const key = where(issue.path);
	return [configError(file, `"${key || "config"}" ${lowerFirst(issue.message)}`)];
}

function where(keyPrefix: string, key: string): string {
	return keyPrefix === "" ? key : `${keyPrefix}.${key}`;
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

function configError(file: string, message: string): Diagnostic {
	return createDiagnostic("error", "config/invalid", message, { file });
}

function fail(file: string, message: string): ConfigResult {
	return { ok: false, diagnostics: [configError(file, message)] };
}

function withTrailingSlash(url: string): string {
	return url.endsWith("/") ? url : `${url}/`;
}
