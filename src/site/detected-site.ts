import type { Diagnostic } from "../diagnostic.js";
import type { SiteRules } from "./site-rules.js";

/** Feed settings a site's own config gives, under wirefeed's config key names (still unvalidated). */
export interface SiteSettings {
	readonly url?: string;
	readonly title?: string;
	readonly description?: string;
	readonly language?: string;
	readonly author?: { readonly name: string; readonly email?: string; readonly url?: string };
	readonly rights?: string;
	readonly timezone?: string;
}

/** A static site found in a folder, and everything wirefeed read from its config files as data. */
export interface DetectedSite {
	/** The generator's rules; `contentPath` is for `articlesDir`, `timeZone` is filled when the config is resolved. */
	readonly rules: Omit<SiteRules, "timeZone">;
	/** Absolute path of the site's root folder. */
	readonly root: string;
	/** The posts folder (absolute): the articles folder unless `--articles` says otherwise. */
	readonly articlesDir: string;
	/** The folder links are made from (absolute): Hugo's and Zola's `content/`, Eleventy's input folder… */
	readonly contentRoot: string;
	/** Config and data files read, relative to the root, in the order read (their text decides if a build is current). */
	readonly files: readonly string[];
	/** The text of those files, for the no-change check. */
	readonly fileTexts: readonly string[];
	/** Settings found, under wirefeed's key names. */
	readonly settings: SiteSettings;
	/** Where each setting came from (`url` → `hugo.toml baseURL`), for the summary and `--json`. */
	readonly origins: Readonly<Record<string, string>>;
	/** Ignore patterns the generator implies (other sections, other languages), added to the config's. */
	readonly ignore: readonly string[];
	/** What could not be read and which key to set instead. */
	readonly notes: readonly Diagnostic[];
}
