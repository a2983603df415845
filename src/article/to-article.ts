import { renderInlineMarkdown } from "../body/render-inline-markdown.js";
import { type BodyFormat, renderBodyHtml } from "../body/to-html.js";
import { cleanPlainText } from "../clean/index.js";
import type { SiteConfig } from "../config/resolve-config.js";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { FrontMatter } from "../front-matter/parse-front-matter.js";
import type { SourceFile } from "../load/read-source.js";
import { type MediaValue, readEnclosure, readMedia } from "../media/read-media.js";
import { stripForbiddenXmlChars } from "../serialize/xml-safe.js";
import { buildSiteLink } from "../site/build-site-link.js";
import { findExclusion } from "../site/find-exclusion.js";
import { jekyllPathCategories } from "../site/jekyll-link.js";
import { normalizeSiteFields } from "../site/normalize-site-fields.js";
import { findEleventyPathDate, readEleventyFileDate } from "../site/read-eleventy-date.js";
import { readJekyllNameDate } from "../site/read-jekyll-name-date.js";
import { readPageParams } from "../site/read-page-params.js";
import { readSiteDate } from "../site/read-site-date.js";
import { readWrittenOffset } from "../site/read-written-offset.js";
import type { Article, Enclosure, Media, Person } from "./article.js";
import { capNames } from "./cap-names.js";
import { deriveIdentity, resolveHttpUrl } from "./derive-identity.js";
import { derivePathFacts } from "./derive-slug.js";
import { describeValue } from "./describe-value.js";
import { formatKeyHint } from "./format-key-hint.js";
import { type FrontMatterFields, frontMatterSchema } from "./front-matter-schema.js";
import { IDENTITY_KEYS } from "./identity-keys.js";
import { readHtmlDocument } from "./read-html-document.js";
import { readLanguageTag } from "./read-language-tag.js";
import { readSourceUrl } from "./read-source-url.js";

/** An article, or the reasons the file cannot become one; warnings may come with either. */
export interface ToArticleResult {
	readonly article?: Article;
	readonly diagnostics: readonly Diagnostic[];
}

/** Validates a file's front matter and maps the dialects of Jekyll, Hugo, Eleventy, Astro and WordPress onto an `Article`. */
export function toArticle(source: SourceFile, frontMatter: FrontMatter, config: SiteConfig): ToArticleResult {
	const diagnostics: Diagnostic[] = [];
	const at = (key: string | undefined) => ({
		file: source.file,
		line: key === undefined ? 1 : keyLine(frontMatter.raw, key),
	});
	const error = (rule: string, message: string, key?: string) =>
		diagnostics.push(createDiagnostic("error", rule, message, at(key)));
	const warn = (rule: string, message: string, key?: string) =>
		diagnostics.push(createDiagnostic("warning", rule, message, at(key)));

	// A web page saved whole, with no front matter: its head gives the fields and its <article> the body.
	const page =
		source.format === "html" && frontMatter.syntax === "none" ? readHtmlDocument(frontMatter.body) : undefined;
	const body = page?.body ?? frontMatter.body;
	// The generator's dialect in wirefeed's keys; pages it never lists are left out before anything is validated.
	const data = normalizeSiteFields(page?.fields ?? frontMatter.data, source.relPath, config.site);
	const exclusion = findExclusion(data, source.relPath, config.site);
	if (exclusion !== undefined) {
		return { diagnostics: [createDiagnostic("info", exclusion.rule, exclusion.message, { file: source.file })] };
	}
	const parsed = frontMatterSchema.safeParse(data);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const key = String(issue.path[0] ?? "");
			error("front-matter/invalid-type", `"${key}" is ${describeValue(data[key])}; write ${issue.message}`, key);
		}
		return { diagnostics };
	}
	const fields = parsed.data;
	const pathFacts = derivePathFacts(source.relPath);

	const titled = readTitle(fields, source, body);
	if (titled.title === "") {
		error(
			"article/missing-title",
			titled.hadMarkupOnly
				? "title is only markup or invisible characters, no text; write a plain-text title"
				: `no title: add ${formatKeyHint(frontMatter.syntax, "title")} to the front matter or start the body with ${source.format === "html" ? "an <h1> heading" : 'a "# Heading"'}`,
			titled.key,
		);
	}

	const readDate = (value: unknown) =>
		readSiteDate(value instanceof Date ? value : String(value), config.timezone, config.site);
	const dateKey = firstKey(fields, IDENTITY_KEYS.date) ?? firstKey(fields, ["publishDate"]);
	// Jekyll reads more file names as dated than `YYYY-MM-DD-` (`2024-1-5-title.md`).
	// Eleventy, any `YYYY-MM-DD` in the input path (`notes-2024-05-09.md`).
	const nameDate =
		config.site?.generator === "jekyll"
			? readJekyllNameDate(source.relPath)
			: config.site?.generator === "eleventy"
				? findEleventyPathDate(config.site.contentPath, source.relPath)
				: pathFacts.datePrefix;
	const writtenDate = dateKey === undefined ? nameDate : fields[dateKey];
	// Eleventy dates a page by its file when the value names one (`date: git Last Modified`) or there is no date.
	const fileDate =
		config.site?.generator === "eleventy" ? readEleventyFileDate(writtenDate, source.fileDates) : undefined;
	if (fileDate?.warning !== undefined) warn(fileDate.warning.rule, fileDate.warning.message, dateKey);
	const dateValue = fileDate?.date ?? writtenDate;
	let published: Date | undefined;
	if ((dateValue === undefined || typeof dateValue === "boolean") && config.site?.generator === "zola") {
		// Zola's feeds hold only dated pages (https://www.getzola.org/documentation/templates/feeds/).
		const message = "no date: Zola leaves undated pages out of its feed; left out";
		return { diagnostics: [createDiagnostic("info", "select/not-listed", message, { file: source.file })] };
	}
	// A draft may have no date yet (WordPress writes "0000-00-00 00:00:00" for one never scheduled): it is left out as
	// a draft, as selection leaves out every draft, not failed for what it does not need until it is published.
	const isDraft = fields.draft === true || fields.published === false;
	if (isDraft && config.site?.isDraftBuilt !== true && isUndated(dateValue)) {
		const left = createDiagnostic("info", "select/draft", "draft; left out", { file: source.file });
		return { diagnostics: [...diagnostics.filter((diagnostic) => diagnostic.severity !== "error"), left] };
	}
	if (dateValue === undefined || typeof dateValue === "boolean") {
		error(
			"article/missing-date",
			`no date: add ${formatKeyHint(frontMatter.syntax, "date", "2020-09-14 10:00")} to the front matter or name the file "2020-09-14-slug.md"`,
		);
	} else {
		const result = readDate(dateValue);
		if (result.ok) published = result.date;
		else
			error(
				"front-matter/invalid-date",
				`${dateKey ?? "file name date"} "${String(dateValue)}" ${result.reason}`,
				dateKey,
			);
	}
	// An embargo or an expiry that cannot be read must not publish the article early or keep it late.
	const readBound = (key: "publishDate" | "expiryDate"): Date | undefined => {
		const value = fields[key];
		if (value === undefined || value === null || value === "") return undefined;
		const result = readDate(value);
		if (result.ok) return result.date;
		error("front-matter/invalid-date", `${key} "${String(value)}" ${result.reason}`, key);
		return undefined;
	};
	const availableFrom = readBound("publishDate");
	const expires = readBound("expiryDate");
	if (published === undefined || titled.title === "" || hasError(diagnostics)) return { diagnostics };

	let updated = published;
	const updatedKey = firstKey(fields, ["lastmod", "updated", "modified", "last_modified_at"]);
	if (updatedKey !== undefined) {
		const value = fields[updatedKey];
		const result = readDate(value);
		if (!result.ok)
			warn(
				"front-matter/invalid-date",
				`${updatedKey} "${String(value)}" ${result.reason}; using the publication date`,
				updatedKey,
			);
		else if (result.date < published)
			warn(
				"front-matter/updated-before-published",
				`${updatedKey} is before the publication date; ignored`,
				updatedKey,
			);
		else updated = result.date;
	}

	const linkKey = firstKey(fields, IDENTITY_KEYS.link);
	const idKey = firstKey(fields, IDENTITY_KEYS.id);
	const siteLink = readSiteLink(fields, source.relPath, titled.title, published, dateValue, config, warn);
	const { slug, link, id, isLinkInvalid } = deriveIdentity(
		{
			slug: typeof fields.slug === "string" ? fields.slug : undefined,
			link: linkKey === undefined ? undefined : String(fields[linkKey]),
			id: idKey === undefined ? undefined : String(fields[idKey]),
			published,
			pathSlug: pathFacts.slug,
			bundleLanguage: pathFacts.bundleLanguage,
			...(siteLink !== undefined && { siteLink }),
		},
		config,
	);
	if (isLinkInvalid) {
		warn("front-matter/invalid-url", `${linkKey} is not a usable http(s) URL; using the permalink pattern`, linkKey);
	}

	const sourceKey = firstKey(fields, ["source", "original_link", "canonical_url"]);
	let sourceUrl: string | undefined;
	if (sourceKey !== undefined) {
		sourceUrl = readSourceUrl(String(fields[sourceKey]));
		if (sourceUrl === undefined)
			warn("front-matter/invalid-url", `${sourceKey} is not an absolute http(s) URL; ignored`, sourceKey);
	}

	const summaryKey = firstKey(fields, ["summary", "description", "excerpt", "post_excerpt", "spoiler"]);
	const summary = summaryKey === undefined ? "" : readSummary(String(fields[summaryKey]), summaryKey, config);
	// A media reference that cannot be used is a warning: the article goes on without it.
	let image: Media | undefined;
	const imageRef = mediaKey(fields, IMAGE_KEYS);
	if (imageRef !== undefined) {
		// Jekyll's themes and jekyll-feed write a front matter image through `absolute_url`: a path is the site's.
		const siteRoot = config.site?.generator === "jekyll" ? config.url : undefined;
		const read = readMedia(imageRef.value, link, siteRoot);
		if (read.ok) image = read.media;
		else warn("front-matter/invalid-media", `${imageRef.key} ${read.reason}; left out`, imageRef.key);
	}
	let enclosure: Enclosure | undefined;
	const enclosureRef = mediaKey(fields, ["enclosure"]);
	if (enclosureRef !== undefined) {
		const read = readEnclosure(enclosureRef.value, link);
		if (read.ok) enclosure = read.enclosure;
		else warn("front-matter/invalid-media", `enclosure ${read.reason}; left out`, "enclosure");
	}
	// As BCP 47 writes it (`index.zh-hans.md` is zh-Hans); a value that is no tag is left out, for the file name's.
	const languageKey = firstKey(fields, ["lang", "language"]);
	const writtenLanguage = stringField(fields, ["lang", "language"]);
	const fileLanguage = pathFacts.language === undefined ? undefined : readLanguageTag(pathFacts.language);
	const language = (writtenLanguage === undefined ? undefined : readLanguageTag(writtenLanguage)) ?? fileLanguage;
	if (writtenLanguage !== undefined && readLanguageTag(writtenLanguage) === undefined)
		warn(
			"front-matter/invalid-language",
			`${languageKey} ${JSON.stringify(writtenLanguage)} is not a language tag such as "zh-Hans" or "pt-BR"; left out`,
			languageKey,
		);
	const license = stringField(fields, ["license"]);
	const rights = stringField(fields, ["rights", "copyright"]);
	const publisher = stringField(fields, ["publisher"]);

	const separator = excerptSeparator(fields, config, titled.body);
	const article: Article = {
		file: source.file,
		relPath: source.relPath,
		slug,
		id,
		link,
		title: titled.title,
		published,
		updated,
		draft: isDraft,
		...(availableFrom !== undefined && availableFrom > published && { availableFrom }),
		...(expires !== undefined && { expires }),
		...(summary !== "" && { summary }),
		authors: capNames(readAuthors(fields.authors ?? fields.author), presentKeys(fields, ["authors", "author"]), warn),
		categories: capNames(
			readCategories(fields, siteCategories(config, source.relPath)),
			presentKeys(fields, CATEGORY_KEYS),
			warn,
		),
		...(image !== undefined && { image }),
		...(enclosure !== undefined && { enclosure }),
		...(language !== undefined && { language }),
		...(sourceUrl !== undefined && sourceUrl !== link && { source: sourceUrl }),
		declaredRights: {
			...(license !== undefined && { license }),
			...(rights !== undefined && { rights }),
			...(publisher !== undefined && { publisher }),
		},
		// WordPress exporters write the post's HTML into `.md` files; Markdown rules would mangle it. WordPress shows
		// it through wpautop (blank lines are paragraphs), so it is read that way.
		format: source.format !== "text" && isWordPressExport(fields) ? "wordpress" : source.format,
		body: titled.body,
		...(separator !== undefined && { excerptSeparator: separator }),
		...(isEleventyTemplateText(fields, config, source.format) && { isTemplateText: true }),
		...(PARAM_SHORTCODE_RE.test(titled.body) && {
			params: readPageParams(frontMatter.data, source.relPath, config.site),
		}),
		bodyLine: frontMatter.bodyLine + titled.bodyLineShift,
	};
	return { article, diagnostics };
}

type Fields = FrontMatterFields & Record<string, unknown>;

// Hugo's `{{< param "key" >}}` and Jekyll's `{{ page.key }}`, which print a front matter value (render-hugo-params,
// render-liquid-values).
const PARAM_SHORTCODE_RE = /\{\{[<%]\s*param\s|\{\{-?[ \t]*page\./;

/**
 * Featured image keys of Jekyll/WordPress (`image`, `featured_image`), Hugo themes (`cover`, PaperMod's `cover.image`,
 * `images`), Astro (`heroImage`), Next.js and Gatsby starters and WordPress exporters (`coverImage`, `featuredImage`),
 * Ghost (`feature_image`), many themes (`thumbnail`), Eleventy (`socialImage`) and Minimal Mistakes (`header`, an
 * object of `overlay_image` or `teaser`; a theme's `header: Welcome` is no image).
 */
const IMAGE_KEYS = [
	"image",
	"cover",
	"heroImage",
	"featured_image",
	"featuredImage",
	"coverImage",
	"feature_image",
	"images",
	"thumbnail",
	"socialImage",
	"header",
] as const;
const OBJECT_ONLY_KEYS: ReadonlySet<string> = new Set(["header"]);

// The first key that holds a media reference, or undefined; schema-checked as a string or an object.
function mediaKey(fields: Fields, keys: readonly string[]): { key: string; value: MediaValue } | undefined {
	const key = firstKey(
		fields,
		keys.filter((name) => !OBJECT_ONLY_KEYS.has(name) || isRecord(fields[name])),
	);
	const value = key === undefined ? undefined : fields[key];
	return key === undefined || (typeof value !== "string" && !isRecord(value)) ? undefined : { key, value };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasError(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === "error");
}

// The link the site's generator gives the page; a link key it does not read as a path (an explicit absolute `link`)
// still wins, through deriveIdentity.
function readSiteLink(
	fields: Fields,
	relPath: string,
	title: string,
	published: Date,
	dateValue: unknown,
	config: SiteConfig,
	warn: (rule: string, message: string, key?: string) => void,
) {
	const rules = config.site;
	if (rules === undefined || rules.isPermalinkFromConfig === true) return undefined;
	const sitePath = typeof fields.sitePath === "string" ? fields.sitePath : undefined;
	const categories = rules.generator === "jekyll" ? toStrings(fields.categories ?? fields.category) : [];
	const page = {
		relPath,
		// Hugo makes `:title` (and `:slug` without a slug) of the title as written: `Fish &amp; chips` is `fish-amp-chips`.
		title: rules.generator === "hugo" && typeof fields.title === "string" ? fields.title : title,
		published,
		publishedOffset: readWrittenOffset(dateValue),
		slug: typeof fields.slug === "string" ? fields.slug : undefined,
		path: sitePath,
		categories,
	};
	const built = buildSiteLink(rules, page, config.url);
	if (built !== undefined || sitePath === undefined) return built;
	warn(
		"site/permalink-template",
		`permalink "${sitePath}" needs a template engine to fill, which wirefeed does not run; using the default link`,
		"permalink",
	);
	return buildSiteLink(rules, { ...page, path: undefined }, config.url);
}

// Hugo renders a front matter `summary` as Markdown (without emoji, typeset when the site's goldmark typesets): its
// text is the summary, not the Markdown signs. A `description` is shown as written.
function readSummary(text: string, key: string, config: SiteConfig): string {
	if (key !== "summary" || config.site?.generator !== "hugo") return cleanPlainText(text);
	const isTypeset = config.site.isTypeset === true;
	const isMarkdown = MARKDOWN_SIGN_RE.test(text) || (isTypeset && TYPOGRAPHY_SIGN_RE.test(text));
	return cleanPlainText(isMarkdown ? renderBodyHtml("markdown", text, { isTypeset }) : text);
}

// What Markdown a one-line summary may hold: emphasis, code, links and images, escapes, entities and tags.
const MARKDOWN_SIGN_RE = /[*_`[\\<&]/;
// What a typographer sets: quotes, dashes, an ellipsis.
const TYPOGRAPHY_SIGN_RE = /['"]|--|\.\.\./;

function toStrings(value: unknown): string[] {
	const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
	return list.map(String).filter((item) => item.trim() !== "");
}

// Where a manual summary ends: Hugo's `<!--more-->`, Zola's `<!-- more -->`, Jekyll's `excerpt_separator` (a blank
// line unless the post or the site sets another). Outside a site, the marker the author wrote: WordPress's
// `<!--more-->` (also `<!--more Read on-->`), Octopress's and Jekyll themes' `<!-- more -->`.
const MORE_MARKER_RE = /<!--\s*more\b[^>]*?-->/i;

function excerptSeparator(fields: Fields, config: SiteConfig, body: string): string | undefined {
	switch (config.site?.generator) {
		case "hugo":
			return "<!--more-->";
		case "zola":
			return "<!-- more -->";
		case "jekyll":
			return typeof fields.excerpt_separator === "string"
				? fields.excerpt_separator
				: (config.site.excerptSeparator ?? "\n\n");
		default:
			return body.includes("more") ? MORE_MARKER_RE.exec(body)?.[0] : undefined;
	}
}

// Eleventy runs a Markdown post through a template engine before Markdown (Liquid unless the config names another)
// unless its `templateEngineOverride` (front matter or directory data) names Markdown alone (`md`; `njk,md` is both),
// or the config's `markdownTemplateEngine` is false and no override names an engine.
function isEleventyTemplateText(fields: Fields, config: SiteConfig, format: BodyFormat): boolean {
	if (config.site?.generator !== "eleventy" || format !== "markdown") return false;
	const override = fields.templateEngineOverride;
	if (typeof override === "string") return override.split(",").every((engine) => engine.trim().toLowerCase() === "md");
	return config.site.hasPlainMarkdown === true;
}

// WordPress's date of a post never scheduled.
const ZERO_DATE_RE = /^0000-00-00(?:[ T]00:00:00)?$/;

function isUndated(value: unknown): boolean {
	return value === undefined || value === null || typeof value === "boolean" || ZERO_DATE_RE.test(String(value).trim());
}

function isWordPressExport(fields: Fields): boolean {
	return fields.post_title !== undefined || fields.post_date !== undefined;
}

function firstKey(fields: Fields, keys: readonly string[]): string | undefined {
	return keys.find((key) => {
		const value = fields[key];
		return value !== undefined && value !== null && value !== "";
	});
}

function stringField(fields: Fields, keys: readonly string[]): string | undefined {
	const key = firstKey(fields, keys);
	if (key === undefined) return undefined;
	const value = cleanPlainText(String(fields[key]));
	return value === "" ? undefined : value;
}

interface Titled {
	readonly title: string;
	readonly body: string;
	/** Lines removed from the start of the body together with the title. */
	readonly bodyLineShift: number;
	readonly key?: string;
	readonly hadMarkupOnly: boolean;
}

/**
 * The text of an ATX level-1 heading line (CommonMark §4.2: `#`, spaces, the heading, an optional closing run of `#`
 * after a space, trailing spaces), or undefined. Written out: a regular expression with a lazy heading followed by
 * optional spaces rescans a run of spaces from each of its characters ("# a" + 200,000 spaces took 53 s, issue #11).
 */
function readAtxHeading(line: string): string | undefined {
	if (!line.startsWith("# ")) return undefined;
	let start = 2;
	while (line.charCodeAt(start) === 32) start++;
	let end = line.length;
	while (end > start && line.charCodeAt(end - 1) === 32) end--;
	let closing = end;
	while (closing > start && line.charCodeAt(closing - 1) === 35) closing--;
	if (closing < end && closing > start && line.charCodeAt(closing - 1) === 32) {
		end = closing;
		while (end > start && line.charCodeAt(end - 1) === 32) end--;
	}
	return end > start ? line.slice(start, end) : undefined;
}

// A setext level-1 heading's text (CommonMark §4.3): a line of text after a blank one (or the body's start), under it
// a line of `=` alone (up to 3 spaces before it, spaces after). A line opening a list, quote, table, HTML or code block
// is no heading's text; a heading of several lines is not read.
const SETEXT_UNDERLINE_RE = /^ {0,3}=+[ \t]*$/;
const NOT_HEADING_TEXT_RE = /^(?: {4}|\t| {0,3}(?:[-*+>|<#`~]|\d{1,9}[.)](?:\s|$)|$))/;

function readSetextHeading(lines: readonly string[], index: number): string | undefined {
	const line = lines[index] ?? "";
	if (!SETEXT_UNDERLINE_RE.test(lines[index + 1] ?? "") || NOT_HEADING_TEXT_RE.test(line)) return undefined;
	if (index > 0 && (lines[index - 1] ?? "").trim() !== "") return undefined;
	const text = line.trim();
	return text === "" ? undefined : text;
}

// An HTML body's opening <h1>: before it only whitespace, comments and opening tags (`<article>`), never words.
const OPENING_H1_RE = /^((?:\s|<!--[\s\S]*?-->|<(?!h1\b)[a-z][\w-]*(?:\s[^<>]*)?>)*)<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i;

// Title: front matter, else the body's first "# heading" or setext heading (Markdown) or opening <h1> (HTML), else the first line
// (text); the heading leaves the body.
// Format characters (zero-width, bidi controls, BOM) and spaces: nothing a reader shows.
const INVISIBLE_ONLY_RE = /^[\p{Cf}\p{Z}\s]*$/u;

function readTitle(fields: Fields, source: SourceFile, body: string): Titled {
	const key = firstKey(fields, IDENTITY_KEYS.title);
	if (key !== undefined) {
		const raw = String(fields[key]);
		const cleaned = cleanPlainText(raw);
		// Zero-width characters or a bidi override alone: a reader would list an item with a blank title.
		const title = INVISIBLE_ONLY_RE.test(cleaned) ? "" : cleaned;
		return { title, body, bodyLineShift: 0, key, hadMarkupOnly: title === "" && raw.trim() !== "" };
	}
	const lines = body.split("\n");
	if (source.format === "markdown") {
		let inFence = false;
		for (const [index, line] of lines.entries()) {
			if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
			const setext = inFence ? undefined : readSetextHeading(lines, index);
			const heading = inFence ? undefined : (readAtxHeading(line) ?? setext);
			if (heading !== undefined) {
				const end = heading === setext ? index + 2 : index + 1;
				const rest = [...lines.slice(0, index), ...lines.slice(end)].join("\n");
				const title = cleanPlainText(renderInlineMarkdown(heading));
				return { title, body: rest, bodyLineShift: 0, hadMarkupOnly: false };
			}
		}
	}
	if (source.format === "html") {
		const heading = OPENING_H1_RE.exec(body);
		const title = cleanPlainText(heading?.[2] ?? "");
		if (heading !== null && title !== "") {
			const rest = (heading[1] ?? "") + body.slice(heading[0].length);
			return { title, body: rest, bodyLineShift: 0, hadMarkupOnly: false };
		}
	}
	if (source.format === "text") {
		const index = lines.findIndex((line) => line.trim() !== "");
		if (index !== -1) {
			const title = cleanPlainText(lines[index] ?? "");
			return { title, body: lines.slice(index + 1).join("\n"), bodyLineShift: index + 1, hadMarkupOnly: false };
		}
	}
	return { title: "", body, bodyLineShift: 0, hadMarkupOnly: false };
}

function keyLine(raw: string, key: string): number {
	const pattern = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*[:=]`);
	const index = raw.split("\n").findIndex((line) => pattern.test(line));
	return index === -1 ? 1 : index + 1;
}

const EMAIL_RE = /^[^<>\s]+$/;
const LINE_TERMINATOR_RE = /[\n\r\u2028\u2029]/;

/**
 * "Name <address>" as `/^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/` reads it: the address between the last "<" and a final ">",
 * with an "@" inside it, the name before it (spaces trimmed, on one line). The pattern tried every "@" of an address
 * with every "@" after it (a 30 KB author of "@" took 2 s).
 */
function readEmailInName(text: string): [name: string, email: string] | undefined {
	const open = text.lastIndexOf("<");
	if (open === -1 || !text.endsWith(">") || open === text.length - 1) return undefined;
	const email = text.slice(open + 1, -1);
	const at = email.indexOf("@", 1);
	if (at === -1 || at === email.length - 1 || !EMAIL_RE.test(email)) return undefined;
	const name = text.slice(0, open).trimEnd();
	return LINE_TERMINATOR_RE.test(name) ? undefined : [name, email];
}

function readAuthors(value: Fields["author"]): Person[] {
	if (value === undefined) return [];
	const entries = Array.isArray(value) ? value : [value];
	const people: Person[] = [];
	for (const entry of entries) {
		if (typeof entry === "string") {
			for (const part of entry.split(",")) {
				const name = cleanPlainText(part);
				if (name === "") continue;
				const [person, email] = readEmailInName(name) ?? [];
				people.push(person && email ? { name: person, email } : { name });
			}
		} else {
			const name = cleanPlainText(entry.name);
			if (name === "") continue;
			const url = entry.url ?? entry.link;
			const resolved = url === undefined ? undefined : resolveHttpUrl(url, "invalid:");
			people.push({
				name,
				...(entry.email?.includes("@") && { email: stripForbiddenXmlChars(entry.email).trim() }),
				...(resolved !== undefined && { url: resolved }),
			});
		}
	}
	return people;
}

// The categories a page's place in the site gives it: a Jekyll post's folders above its `_posts` (jekyll-feed lists
// them first).
function siteCategories(config: SiteConfig, relPath: string): readonly string[] {
	return config.site?.generator === "jekyll" ? jekyllPathCategories(config.site, relPath) : [];
}

const CATEGORY_KEYS = ["categories", "category", "tags", "keywords", "original_cats"] as const;

// The keys of those given that the front matter has, for a warning's words and line.
function presentKeys(fields: Fields, keys: readonly (keyof Fields)[]): string[] {
	return keys.filter((key) => fields[key] !== undefined);
}

// Tags and categories from every taxonomy key after the site's own, split on commas (WordPress joins them into one
// string), whitespace collapsed, entities decoded, de-duplicated case-insensitively keeping the first spelling.
function readCategories(fields: Fields, fromSite: readonly string[]): string[] {
	const seen = new Map<string, string>();
	for (const name of fromSite) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
	for (const key of CATEGORY_KEYS) {
		const value = fields[key];
		if (value === undefined) continue;
		for (const entry of Array.isArray(value) ? value : [value]) {
			for (const part of entry.split(",")) {
				const name = cleanPlainText(part);
				if (name !== "" && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
			}
		}
	}
	return [...seen.values()];
}
