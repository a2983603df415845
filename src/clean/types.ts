import type { Diagnostic } from "../diagnostic.js";
import type { TimeBudget } from "./time-budget.js";

/** What the cleaner needs to know about the article it cleans. */
export interface CleanContext {
	/** Absolute URL of the article: relative links and images are resolved against it. */
	readonly baseUrl: string;
	/** The path the site lives under (Jekyll's `baseurl`, see sitePathOf): what `{{ site.baseurl }}` in a link stood for. */
	readonly sitePath?: string;
	/** Article file, for diagnostics. */
	readonly file: string;
	/** 1-based line of the first body line in the file, for diagnostics. */
	readonly bodyLine: number;
	/** The article's language tag (its own, else the feed's): French keeps its spaces before `;:!?`. */
	readonly language?: string;
	/** The validated `clean` section of the config. */
	readonly options: CleanOptions;
	/** What the other articles of the build say about this one's blocks (cross-article evidence), if anything. */
	readonly evidence?: BoilerplateEvidence;
	/**
	 * The body is its author's own source (a site generator's post, whose templates hold the site's furniture, or a
	 * plain folder's Markdown post of the site's own; src/render/is-authored.ts): what the author repeats (a series'
	 * opening paragraph, a sign-off, one paragraph twice) is theirs, so only short labels and link lists are judged by
	 * what other posts repeat, and repeats in one body stay.
	 */
	readonly isAuthored?: boolean;
	/** Template tags were already handled before rendering (a Jekyll site's Liquid): `{{ }}` left in text is kept. */
	readonly keepsTemplateText?: boolean;
	/** What `{% raw %}` blocks wrapped in a post outside a site: template tags in it are the author's text, kept. */
	readonly literalTemplateText?: readonly string[];
	/** The article's time budget, checked between steps; none means no limit. */
	readonly budget?: TimeBudget;
}

/**
 * Fingerprints (see `fingerprintBlock`) of this article's blocks that recur verbatim in other articles from the same
 * source host of the build: site boilerplate. Learned by src/evidence/ from the build's own inputs.
 */
export interface BoilerplateEvidence {
	/** Recur in most of the host's articles: boilerplate wherever they stand. */
	readonly everywhere: ReadonlySet<string>;
	/** Recur in several of the host's articles: boilerplate when short or at the top or bottom of the body. */
	readonly recurring: ReadonlySet<string>;
	/** How many articles of the host the evidence was learned from, for `--explain`. */
	readonly hostArticles: number;
	readonly host: string;
}

/** A block a rule removed, with the reason `--explain` gives. */
export interface CleanRemoval {
	readonly rule: string;
	readonly reason: string;
	/** The block's text, whitespace collapsed. */
	readonly text: string;
}

/** The `clean` section of the wirefeed config, after validation and defaults. */
export interface CleanOptions {
	/** Rule id → on/off; rules not named keep their default. */
	readonly rules: Readonly<Record<string, boolean>>;
	/** Extra ad placeholder patterns (regular expression sources, matched case-insensitively against whole text runs). */
	readonly adPatterns: readonly string[];
	/** Extra licence/rights notice patterns (regular expression sources, case-insensitive). */
	readonly noticePatterns: readonly string[];
}

/** The cleaned body and what the cleaner learned from it. */
export interface CleanResult {
	/** Cleaned, sanitized, well-formed HTML. Empty string when nothing of the article is left. */
	readonly html: string;
	/** Plain text of a rights notice moved out of the body, if one was found. */
	readonly notice?: string;
	/** URL of a trailing "Source" link removed from the body, if one was found. */
	readonly sourceUrl?: string;
	/** The visible text of `html`, whitespace collapsed (for summaries; saves parsing the output again). */
	readonly text: string;
	/** The whole blocks rules removed (boilerplate, repeats, notices), in order, with their reasons. */
	readonly removals: readonly CleanRemoval[];
	/** Rule id → how many times it changed something. Rules that did nothing are absent. */
	readonly hits: Readonly<Record<string, number>>;
	/** Warnings raised while cleaning (e.g. a stray template tag removed). */
	readonly diagnostics: readonly Diagnostic[];
}
