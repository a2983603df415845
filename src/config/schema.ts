import { z } from "zod";
import { cleanOptionsSchema, DEFAULT_CLEAN_OPTIONS } from "../clean/index.js";

/** What a config URL holding `user:secret@` is told: the feeds would publish it to every subscriber. */
export const CREDENTIALS_MESSAGE =
	'holds a user name or password ("user:secret@"), which every feed would publish; remove it';

/** Whether a URL names a user or a password before its host; false for what is not a URL at all. */
export function hasCredentials(value: string): boolean {
	try {
		const url = new URL(value);
		return url.username !== "" || url.password !== "";
	} catch {
		return false;
	}
}

const absoluteHttpUrl = z
	.string()
	.refine(
		(value) => {
			try {
				return ["http:", "https:"].includes(new URL(value).protocol);
			} catch {
				return false;
			}
		},
		{ message: 'must be an absolute http(s) URL such as "https://example.org/"' },
	)
	.refine((value) => !hasCredentials(value), { message: CREDENTIALS_MESSAGE });

const timeZone = z.string().refine(
	(value) => {
		try {
			new Intl.DateTimeFormat("en-US", { timeZone: value });
			return true;
		} catch {
			return false;
		}
	},
	{ message: 'must be an IANA time zone such as "UTC" or "Europe/Vilnius"' },
);

const fileName = z
	.string()
	.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be a plain file name (letters, digits, '.', '_', '-'; no folders)")
	.refine((value) => !value.includes(".."), "must not contain '..'");

// Two feeds written to one name would leave only the last; case is ignored because macOS and Windows ignore it.
function requireDistinctNames(output: Readonly<Record<string, string | false>>, context: z.RefinementCtx): void {
	const byName = new Map<string, string>();
	for (const [format, name] of Object.entries(output)) {
		if (name === false) continue;
		const earlier = byName.get(name.toLowerCase());
		if (earlier !== undefined)
			context.addIssue({
				code: "custom",
				message: `gives ${earlier} and ${format} the same file name "${name}"; each feed needs its own`,
			});
		else byName.set(name.toLowerCase(), format);
	}
}

const rightsSource = z.strictObject({
	rights: z.string().min(1).optional(),
	license: z.string().min(1).optional(),
});

/** The `"wirefeed"` config as users write it; every key is documented in the README's config table. */
export const configSchema = z.strictObject({
	title: z.string().trim().min(1).optional(),
	description: z.string().trim().min(1).optional(),
	url: absoluteHttpUrl,
	feedUrl: absoluteHttpUrl.optional(),
	language: z
		.string()
		.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "lt-LT"')
		.optional(),
	author: z
		.strictObject({
			name: z.string().trim().min(1),
			email: z.email().optional(),
			url: absoluteHttpUrl.optional(),
		})
		.optional(),
	icon: z.string().trim().min(1).optional(),
	logo: z.string().trim().min(1).optional(),
	limit: z.number().int().min(1).max(10_000).default(50),
	timezone: timeZone.default("UTC"),
	permalink: z
		.string()
		.refine((value) => value.includes("{slug}"), 'must contain "{slug}", e.g. "/{year}/{slug}/"')
		// A pattern with another scheme (javascript:, mailto:) resolves to no web page: every item got the site's link.
		.refine(
			(value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:\/\//i.test(value),
			'must be a path on the site or an http(s) URL, e.g. "/{year}/{slug}/"',
		)
		.default("/{slug}/"),
	rights: z.string().trim().min(1).optional(),
	license: z.string().trim().min(1).optional(),
	sources: z.record(z.string().min(1), rightsSource).default({}),
	notice: z
		.strictObject({
			enabled: z.boolean().default(true),
			template: z.string().min(1).optional(),
		})
		.default({ enabled: true }),
	output: z
		.strictObject({
			rss: fileName.default("rss.xml"),
			atom: fileName.default("atom.xml"),
			json: fileName.default("feed.json"),
			// The pages for people; `false` leaves one out.
			stylesheet: z.union([fileName, z.literal(false)]).default("feed.css"),
			index: z.union([fileName, z.literal(false)]).default("index.html"),
			opml: z.union([fileName, z.literal(false)]).default("feeds.opml"),
		})
		.superRefine(requireDistinctNames)
		.default({
			rss: "rss.xml",
			atom: "atom.xml",
			json: "feed.json",
			stylesheet: "feed.css",
			index: "index.html",
			opml: "feeds.opml",
		}),
	feeds: z
		.strictObject({
			categories: z.boolean().default(false),
			authors: z.boolean().default(false),
			min: z.number().int().min(1).default(3),
			limit: z.number().int().min(1).max(10_000).optional(),
		})
		.default({ categories: false, authors: false, min: 3 }),
	content: z.enum(["full", "summary", "by-rights"]).default("full"),
	// Added to DEFAULT_IGNORE unless ignoreDefaults is false (resolve-config.ts).
	ignore: z.array(z.string().min(1)).default([]),
	ignoreDefaults: z.boolean().default(true),
	summaryLength: z.number().int().min(40).max(5000).default(280),
	maxFileSize: z
		.number()
		.int()
		.min(1024)
		.default(8 * 1024 * 1024),
	// Issue #11: one article slow to clean (an attack, or a shape no rule expected) is rejected, not waited for.
	maxArticleSeconds: z.number().positive().max(3600).default(20),
	clean: cleanOptionsSchema.default(DEFAULT_CLEAN_OPTIONS),
	// RFC 5005 §4: older entries in archive documents linked from the feed, `pageSize` entries each.
	archive: z
		.strictObject({
			enabled: z.boolean().default(false),
			pageSize: z.number().int().min(10).max(10_000).default(100),
		})
		.default({ enabled: false, pageSize: 100 }),
	// WebSub hubs (W3C Recommendation): advertised in every feed and told when a feed changed.
	hub: z.array(absoluteHttpUrl).max(10).default([]),
});

/** Files in an articles folder that are never articles, unless `ignoreDefaults` is false. */
export const DEFAULT_IGNORE: readonly string[] = ["**/README.md", "**/README.markdown"];

/** Top-level keys, for "did you mean" hints. */
export const CONFIG_KEYS: readonly string[] = Object.keys(configSchema.shape);
