import { DAY_NAMES, MONTH_NAMES, pad2, zonedDateParts } from "../article/zoned-date-parts.js";
import { isOneOf, trimEdges } from "../text/trim-edges.js";
import type { PageFacts } from "./page-facts.js";
import { joinUrlPath, splitPath } from "./page-facts.js";
import type { SiteRules } from "./site-rules.js";

const TOKEN_RE =
	/:(slugorfilename|contentbasename|weekdayname|monthname|filename|sections|section|weekday|yearday|title|month|year|slug|day)\b/g;

/**
 * The URL path (from the site's base URL, starting with `/`) Hugo gives a page: front matter `url` as written (a folder
 * when it has no "."), else the section's `[permalinks]` pattern (its dates as the front matter writes them), else the folders and the `slug` or file name (a page bundle's folder name), made
 * path-safe and lower-cased as Hugo's `MakePath` does, in the default language's folder when it has one (`/en/…`).
 * https://gohugo.io/content-management/urls/
 */
export function buildHugoPath(rules: SiteRules, page: PageFacts): string {
	const url = page.path?.trim();
	// Hugo serves a `url` with no "." in it as a folder: `/2015/03/old-post` is `/2015/03/old-post/`.
	if (url !== undefined && url !== "") return joinUrlPath(url.endsWith("/") || url.includes(".") ? url : `${url}/`);
	const { dirs: allDirs, stem: fileStem } = splitPath(joinUrlPath(rules.contentPath, page.relPath));
	const stem = withoutContentLanguage(fileStem, rules);
	// A leaf bundle (`posts/my-post/index.md`) is named after its folder.
	const isBundle = /^index(?:\.[a-z]{2,3}(?:-[a-z0-9]+)?)?$/i.test(stem) && allDirs.length > 0;
	const dirs = isBundle ? allDirs.slice(0, -1) : allDirs;
	const fileName = isBundle ? (allDirs.at(-1) ?? stem) : stem;
	// Hugo trims a front matter slug's outer hyphens (`-harbour-gate-` is `harbour-gate`).
	const slug = (page.slug === undefined ? "" : trimEdges(page.slug, isOneOf("-")).trim()) || undefined;
	const section = dirs[0] ?? "";
	const pattern = rules.permalinks[section];
	// Hugo unescapes a pattern's expansion as a query before making it a path: a `+` in it is a space (`c++-tips` is
	// `c-tips`), where a link without a pattern keeps it.
	const raw =
		pattern === undefined
			? joinUrlPath(...dirs, slug ?? fileName, "")
			: expandHugoPattern(pattern, {
					page,
					sections: hugoSectionsPath(dirs, rules),
					section,
					fileName,
					slug,
					timeZone: rules.timeZone,
					keepPathCase: rules.keepPathCase === true,
					isAccentFree: rules.hasAccentFreePaths === true,
				}).replaceAll("+", " ");
	const sanitized = makeHugoPath(raw, rules.hasAccentFreePaths === true);
	const made = rules.keepPathCase === true ? sanitized : lowerCaseAsGo(sanitized);
	const path = rules.languagePath === undefined ? made : joinUrlPath(rules.languagePath, made);
	const hasExtension = /\.[a-z0-9]+$/i.test(path);
	// `uglyURLs` (for the site, or for the page's section): a page is a `.html` file, whether its pattern ends in a
	// slash or not.
	const isUgly = rules.uglyUrls === true || rules.uglySections?.includes(section) === true;
	if (isUgly && path !== "/" && (path.endsWith("/") || !hasExtension)) return `${path.replace(/\/$/, "")}.html`;
	return path.endsWith("/") || hasExtension ? path : `${path}/`;
}

/**
 * A file name without the default language's suffix, as Hugo names the page of `post.en.md` (`post`); another suffix
 * is part of the name (`post.de.md` is `post.de` on a site without German; other languages' files are not read).
 */
export function withoutContentLanguage(stem: string, rules: Pick<SiteRules, "contentLanguage">): string {
	const suffix = rules.contentLanguage === undefined ? undefined : `.${rules.contentLanguage}`;
	return suffix !== undefined && stem.toLowerCase().endsWith(suffix) && stem.length > suffix.length
		? stem.slice(0, -suffix.length)
		: stem;
}

function expandHugoPattern(
	pattern: string,
	at: {
		readonly page: PageFacts;
		readonly sections: string;
		readonly section: string;
		readonly fileName: string;
		readonly slug: string | undefined;
		readonly timeZone: string;
		/** `disablePathToLower`: Hugo's urlize keeps the case of titles and slugs too. */
		readonly keepPathCase: boolean;
		/** `removePathAccents`: Hugo's urlize drops the accents of titles and slugs too. */
		readonly isAccentFree: boolean;
	},
): string {
	// A date written with its offset keeps it (Go's time.Time): its day is the one written, whatever the site's zone.
	const offset = at.page.publishedOffset;
	const date =
		offset === undefined
			? zonedDateParts(at.page.published, at.timeZone)
			: zonedDateParts(new Date(at.page.published.getTime() + offset * 60_000), "UTC");
	const urlized = (text: string) => {
		const sanitized = makeHugoPath(text, at.isAccentFree);
		return at.keepPathCase ? sanitized : lowerCaseAsGo(sanitized);
	};
	const values: Record<string, string> = {
		year: String(date.year),
		month: pad2(date.month),
		monthname: (MONTH_NAMES[date.month - 1] ?? "").toLowerCase(),
		day: pad2(date.day),
		weekday: String(date.weekday),
		weekdayname: (DAY_NAMES[date.weekday] ?? "").toLowerCase(),
		yearday: String(date.yearDay),
		section: at.section,
		sections: at.sections,
		title: urlized(at.page.title),
		slug: at.slug === undefined ? urlized(at.page.title) : urlized(at.slug),
		slugorfilename: at.slug ?? at.fileName,
		filename: at.fileName,
		contentbasename: at.fileName,
	};
	return joinUrlPath(pattern.replace(TOKEN_RE, (_, token: string) => values[token] ?? ""));
}

// Hugo's `:sections`: the path of the page's nearest section, the top-level folder or a folder below it with an
// `_index` file (a folder without one only groups files).
function hugoSectionsPath(dirs: readonly string[], rules: SiteRules): string {
	const nested = new Set(rules.nestedSections ?? []);
	for (let end = dirs.length; end > 1; end--) {
		const path = dirs.slice(0, end).join("/");
		if (nested.has(path)) return path;
	}
	return dirs[0] ?? "";
}

/**
 * Hugo's `UnicodeSanitize`: keeps letters, digits, marks and `./\_#+~-@` (and `%XX` escapes); spaces become one hyphen
 * before the next kept character, none next to a hyphen (`part 1 - intro` is `part-1-intro`); anything else is dropped.
 * With `removePathAccents`, accents go first (Hugo's RemoveAccentsString: decomposed, nonspacing marks dropped).
 */
export function makeHugoPath(text: string, isAccentFree = false): string {
	const source = [
		...(isAccentFree
			? text
					.normalize("NFD")
					.replace(/\p{Mn}/gu, "")
					.normalize("NFC")
			: text),
	];
	let target = "";
	let prependHyphen = false;
	let wasHyphen = false;
	source.forEach((char, index) => {
		const isAllowed =
			/^[./\\_#+~\-@\p{L}\p{N}\p{M}]$/u.test(char) ||
			(char === "%" && /^[0-9a-f]{2}$/i.test((source[index + 1] ?? "") + (source[index + 2] ?? "")));
		if (isAllowed) {
			wasHyphen = char === "-";
			if (prependHyphen && !wasHyphen) target += "-";
			prependHyphen = false;
			target += char;
		} else if (target !== "" && /^\s$/u.test(char) && !wasHyphen) prependHyphen = true;
	});
	return target;
}

// Go's strings.ToLower maps each letter alone (Unicode's simple case mapping): a final capital sigma is σ, where
// JavaScript writes ς at a word's end, and a dotted capital I is i, where JavaScript adds a combining dot.
function lowerCaseAsGo(text: string): string {
	return Array.from(text, (char) => (char === "\u0130" ? "i" : char.toLowerCase())).join("");
}
