/** Which legal tool an entry of the licence table is: a licence, a public-domain dedication (CC0) or a mark (PDM). */
export type LicenseCategory = "license" | "public-domain-dedication" | "public-domain-mark";

/** One entry of the built-in licence table. */
export interface LicenseInfo {
	/** SPDX identifier, e.g. `CC-BY-NC-SA-4.0`, `CC0-1.0`, `CC-PDM-1.0`. */
	readonly id: string;
	/** Full name as Creative Commons writes it, e.g. "Creative Commons Attribution 4.0 International". */
	readonly name: string;
	/** Short name for link text, e.g. "CC BY 4.0". */
	readonly shortName: string;
	/** Canonical https deed URL, the value of `<creativeCommons:license>` and of RFC 4946 `rel="license"`. */
	readonly url: string;
	readonly category: LicenseCategory;
}

/** What `resolveLicense` made of a licence string. */
export type LicenseResolution =
	| { readonly kind: "known"; readonly license: LicenseInfo }
	/** Not in the table but an absolute http(s) URL: usable as a licence URL as it stands. */
	| { readonly kind: "url"; readonly url: string }
	/** Neither: the caller keeps it as rights text and warns. */
	| { readonly kind: "unknown"; readonly text: string };

/** A licence as it goes into a feed; only `url` is certain, the rest is known for table entries. */
export interface ResolvedLicense {
	readonly id?: string;
	readonly name?: string;
	readonly shortName?: string;
	readonly url: string;
}

/** Where a piece of rights information came from, most specific first. */
export type RightsOrigin = "front-matter" | "body" | "source-default" | "site-default";

/** Rights fields of an article's front matter, already validated as strings. */
export interface ArticleRights {
	/** SPDX id, short form, full name or URL. */
	readonly license?: string | undefined;
	/** Free-text rights statement (Dublin Core `rights`). */
	readonly rights?: string | undefined;
	/** Alias of `rights`, used when `rights` is absent. */
	readonly copyright?: string | undefined;
	/** Owner (e.g. a news agency); gives "© {publisher}." when nothing better says who owns the article. */
	readonly publisher?: string | undefined;
}

/** Default rights for one source host, from the config's `sources` map. */
export interface SourceRights {
	readonly rights?: string | undefined;
	readonly license?: string | undefined;
}

/** The rights part of the wirefeed config: site-wide defaults plus per-source-host defaults. */
export interface RightsDefaults {
	readonly rights?: string | undefined;
	readonly license?: string | undefined;
	/** Host (e.g. `bns.lt`) → defaults for articles whose source URL is on that host or a subdomain of it. */
	readonly sources?: Readonly<Record<string, SourceRights>> | undefined;
}

/** Everything `resolveRights` looks at for one article. */
export interface RightsInput {
	readonly frontMatter?: ArticleRights | undefined;
	/** Plain text of a rights notice the cleaner moved out of the body. */
	readonly bodyNotice?: string | undefined;
	/** Absolute URL of the original article; its host selects the source defaults. */
	readonly sourceUrl?: string | undefined;
	readonly defaults?: RightsDefaults | undefined;
}

/** The text and licence of a rights notice, which is all the renderers need. */
export interface RightsNotice {
	readonly text?: string;
	readonly license?: ResolvedLicense;
}

/** An article's resolved rights, with where each part came from and what looked wrong. */
export interface ResolvedRights extends RightsNotice {
	readonly origins: {
		readonly text?: RightsOrigin;
		readonly license?: RightsOrigin;
	};
	readonly warnings: readonly string[];
}

/** Options of `renderNoticeHtml`. */
export interface RenderNoticeOptions {
	/** Absolute http(s) URL of the original article, linked as "Source". */
	readonly sourceUrl?: string | undefined;
	/** Trusted HTML from the config with `{rights}`, `{license}` and `{source}` placeholders. */
	readonly template?: string | undefined;
}
