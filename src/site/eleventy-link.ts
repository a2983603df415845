import { formatLiquidDate } from "./format-liquid-date.js";
import { generatorSlugs } from "./load-generator-slugs.js";
import { joinUrlPath, type PageFacts, splitPath } from "./page-facts.js";
import type { SiteRules } from "./site-rules.js";

// TemplateFileSlug._stripDateFromSlug: a name keeps what follows its first `YYYY-MM-DD-`, wherever that is.
const NAME_DATE_RE = /\d{4}-\d{2}-\d{2}-(.*)/;

/**
 * The URL path Eleventy gives a template: its `permalink` (front matter or directory data) with `page.fileSlug`,
 * `page.filePathStem`, `title | slugify` and Liquid's `page.date | date: "%Y/%m"` filled in, else the input path
 * without extension as a folder (`index` and a file named after its folder stand for the folder). Undefined when the permalink uses anything else: Eleventy
 * would run a template engine, wirefeed does not. https://www.11ty.dev/docs/permalinks/
 */
export function buildEleventyPath(rules: SiteRules, page: PageFacts): string | undefined {
	const inputPath = joinUrlPath(rules.contentPath, page.relPath);
	const { dirs, stem } = splitPath(inputPath);
	const prefix = rules.pathPrefix ?? "";
	if (page.path !== undefined && page.path.trim() !== "") {
		// Eleventy's fileSlug: the file name without its date, or an `index` file's folder name without its date; its
		// filePathStem: the folders and the file name without its date.
		const name = withoutDate(stem);
		const fileSlug = name === "index" ? withoutDate(dirs.at(-1) ?? "") : name;
		let isKnown = true;
		const filled = replaceExpressions(page.path.trim(), (expression) => {
			const value = fillExpression(expression.replace(/\s+/g, " "), {
				fileSlug,
				filePathStem: joinUrlPath(...dirs, name),
				title: page.title,
				date: page.published,
				timeZone: rules.timeZone,
			});
			if (value === undefined) isKnown = false;
			return value ?? "";
		});
		if (!isKnown || /\{[{%]/.test(filled)) return undefined;
		// An output file `x/index.html` is served as `x/`.
		return joinUrlPath(prefix, filled.replace(/(^|\/)index\.html$/, "$1"));
	}
	const isFolderIndex = stem === "index" || stem === dirs.at(-1);
	return joinUrlPath(prefix, ...dirs, isFolderIndex ? "" : stem, "");
}

/**
 * `text` with each template expression a permalink commonly holds, in Nunjucks or Liquid spelling, replaced by
 * `fill(expression)`: what `\{\{-?\s*([^}]*?)\s*-?\}\}` replaced, found by a scan that reads the next `}` once (the
 * pattern tried every split of a run of spaces: a permalink of 2,000 tabs after `{{` took 28 s).
 */
function replaceExpressions(text: string, fill: (expression: string) => string): string {
	let out = "";
	let last = 0;
	let close = -2;
	for (let open = text.indexOf("{{"); open !== -1; open = text.indexOf("{{", open + 1)) {
		if (close !== -1 && close < open + 2) close = text.indexOf("}", open + 2);
		if (close === -1) break;
		if (text[close + 1] !== "}") continue;
		// The expression without the whitespace-control dashes and the spaces around it.
		const inner = text.slice(open + 2, close);
		const trimmed = (inner.startsWith("-") ? inner.slice(1) : inner).trimStart();
		out += text.slice(last, open) + fill((trimmed.endsWith("-") ? trimmed.slice(0, -1) : trimmed).trimEnd());
		last = close + 2;
		open = close + 1;
	}
	return out + text.slice(last);
}

function withoutDate(name: string): string {
	return NAME_DATE_RE.exec(name)?.[1] ?? name;
}

// `page.date | date: "%Y/%m"`: Liquid's date filter, in single or double quotes.
const LIQUID_DATE_RE = /^page\.date \| date: ?(["'])(.*)\1$/;

function fillExpression(
	expression: string,
	page: {
		readonly fileSlug: string;
		readonly filePathStem: string;
		readonly title: string;
		readonly date: Date;
		readonly timeZone: string;
	},
): string | undefined {
	const liquidDate = LIQUID_DATE_RE.exec(expression);
	// Eleventy's Liquid formats in the build machine's zone (UTC on the usual hosts); wirefeed in the site's `timezone`.
	if (liquidDate !== null) return formatLiquidDate(page.date, liquidDate[2] ?? "", page.timeZone);
	switch (expression) {
		case "page.fileSlug":
			return page.fileSlug;
		case "page.filePathStem":
			return page.filePathStem;
		case "page.fileSlug | slugify":
			return generatorSlugs().slugifyEleventy(page.fileSlug);
		case "page.fileSlug | slug":
			return generatorSlugs().slugEleventy(page.fileSlug);
		case "title | slugify":
			return generatorSlugs().slugifyEleventy(page.title);
		case "title | slug":
			return generatorSlugs().slugEleventy(page.title);
		default:
			return undefined;
	}
}
