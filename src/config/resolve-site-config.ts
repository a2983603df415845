import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { DetectedSite, SiteSettings } from "../site/detected-site.js";
import { pathInside } from "../site/site-from.js";
import { type ConfigResult, resolveConfig } from "./resolve-config.js";
import { configSchema } from "./schema.js";

const URL_NOTE_RULES: ReadonlySet<string> = new Set(["site/unreadable-config", "site/missing-url", "site/url-in-code"]);

/**
 * The config of a build on a detected site: the site's own settings (base URL, title, language…) under the wirefeed
 * config, which wins key by key, with the generator's rules attached. `raw` is the wirefeed config as written, or
 * undefined when there is none (zero config). A site value wirefeed cannot use is left out with a warning.
 */
export function resolveSiteConfig(
	raw: unknown,
	file: string,
	keyPrefix: string,
	site: DetectedSite,
	articlesDir: string,
): ConfigResult & { readonly notes?: readonly Diagnostic[] } {
	const own = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	if (raw !== undefined && own !== raw) return resolveConfig(raw, file, keyPrefix);
	const notes: Diagnostic[] = [...site.notes];
	const settings: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(site.settings) as [keyof SiteSettings, unknown][]) {
		if (key in own) continue;
		const usable = key === "language" && typeof value === "string" ? value.replace("_", "-") : value;
		if (configSchema.shape[key].safeParse(usable).success) settings[key] = usable;
		else
			notes.push(
				createDiagnostic(
					"warning",
					"site/ignored-setting",
					`${site.origins[key] ?? key} is ${JSON.stringify(value)}, which wirefeed cannot use as "${key}"; set "${key}" in the wirefeed config`,
					{ file },
				),
			);
	}
	const merged = { ...settings, ...own };
	const resolved = resolveConfig(merged, file, keyPrefix);
	if (!resolved.ok) {
		// Without a site URL the reason is in the site's notes (a config file that could not be read, a URL kept in
		// code): show them first.
		const urlNotes = notes.filter((note) => URL_NOTE_RULES.has(note.rule));
		return {
			ok: false,
			diagnostics: [...urlNotes.map((note) => ({ ...note, severity: "error" as const })), ...resolved.diagnostics],
		};
	}
	const config = resolved.config;
	return {
		ok: true,
		config: {
			...config,
			ignore: [...config.ignore, ...site.ignore],
			site: {
				...site.rules,
				// `--articles` may name another folder of the site than the posts folder.
				contentPath:
					articlesDir === site.articlesDir ? site.rules.contentPath : pathInside(site.contentRoot, articlesDir),
				timeZone: config.timezone,
				...("permalink" in own && { isPermalinkFromConfig: true }),
			},
		},
		notes,
	};
}
