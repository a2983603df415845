import { z } from "zod";

// WordPress exports wrap scalars in one-item lists and fold them (`- >`), leaving a trailing newline:
// unwrap such lists and trim, before the type is checked.
const unwrapSingle = (value: unknown): unknown => {
	const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
	return typeof single === "string" ? single.trim() : single;
};
const scalar = <T extends z.ZodType>(inner: T) => z.preprocess(unwrapSingle, inner).optional();

const text = scalar(z.union([z.string(), z.number().transform(String)], { error: "text" }));
const dateLike = scalar(
	z.union([z.string(), z.date(), z.number().transform(String)], { error: "a date such as 2020-09-14" }),
);
// A flag's words, in any case: Go's strconv.ParseBool (Hugo reads flags with cast.ToBool), and yes/no.
const FLAG_WORDS: Readonly<Record<string, boolean>> = {
	true: true,
	t: true,
	"1": true,
	yes: true,
	false: false,
	f: false,
	"0": false,
	no: false,
};
// Empty (`draft:`, `draft: ""`) is unset, as Hugo and Jekyll read it; a number is true unless 0, as in Hugo.
const flag = scalar(
	z.union(
		[
			z.boolean(),
			z.null().transform(() => undefined),
			z.literal("").transform(() => undefined),
			z.number().transform((value) => value !== 0),
			z
				.string()
				.refine((value) => Object.hasOwn(FLAG_WORDS, value.toLowerCase()))
				.transform((value) => FLAG_WORDS[value.toLowerCase()] === true),
		],
		{ error: "true or false" },
	),
);
const list = z
	.union([z.string(), z.number().transform(String), z.array(z.union([z.string(), z.number().transform(String)]))], {
		error: "a name or a list of names",
	})
	.optional();
// An image or file: a URL, or an object naming it (`url`, `src` or `path`) with what is known of the file; numbers may
// be written as strings. A list (Hugo's `images`) offers its first entry.
const mediaObject = z.looseObject({
	url: z.string().optional(),
	src: z.string().optional(),
	path: z.string().optional(),
	type: z.string().optional(),
	length: z.union([z.number(), z.string()]).optional(),
	width: z.union([z.number(), z.string()]).optional(),
	height: z.union([z.number(), z.string()]).optional(),
});
const media = z
	.preprocess(
		(value) => (Array.isArray(value) ? value[0] : value),
		z.union([z.string().transform((value) => value.trim()), mediaObject], {
			error: "a URL or { url, type, length }",
		}),
	)
	.optional();
const person = z.union([
	z.string(),
	z.looseObject({
		name: z.string(),
		email: z.string().optional(),
		url: z.string().optional(),
		link: z.string().optional(),
	}),
]);
const people = z
	.union([person, z.array(person)], { error: "a name, { name, email, url } or a list of them" })
	.optional();

// Each type's `error` is what a diagnostic asks for when a value is not of it: `"draft" is "maybe"; write true or false`.

/**
 * The front matter keys wirefeed reads, from the dialects of Jekyll, Hugo, Eleventy, Astro and WordPress exports.
 * Other keys are allowed and ignored. Each entry lists aliases in order of preference.
 */
export const frontMatterSchema = z.looseObject({
	title: text,
	post_title: text,
	date: dateLike,
	pubDate: dateLike,
	post_date: dateLike,
	lastmod: dateLike,
	updated: dateLike,
	modified: dateLike,
	last_modified_at: dateLike,
	draft: flag,
	published: flag,
	// Hugo: held back until publishDate, left out from expiryDate (https://gohugo.io/methods/page/publishdate/).
	publishDate: dateLike,
	expiryDate: dateLike,
	headless: flag,
	// The generator's own link key (Hugo `url`, Jekyll and Eleventy `permalink`, Zola `path`), when a site is read.
	sitePath: scalar(z.union([z.string(), z.number().transform(String), z.literal(false)], { error: "a path or false" })),
	summary: text,
	description: text,
	excerpt: text,
	post_excerpt: text,
	spoiler: text,
	tags: list,
	categories: list,
	category: list,
	keywords: list,
	original_cats: list,
	author: people,
	authors: people,
	slug: text,
	url: text,
	permalink: text,
	link: text,
	id: text,
	guid: text,
	image: media,
	cover: media,
	heroImage: media,
	featured_image: media,
	images: media,
	enclosure: media,
	lang: text,
	language: text,
	license: text,
	rights: text,
	copyright: text,
	publisher: text,
	source: text,
	original_link: text,
	canonical_url: text,
});

/** Front matter after type checks: every known key has a usable type, unknown keys pass through. */
export type FrontMatterFields = z.output<typeof frontMatterSchema>;
