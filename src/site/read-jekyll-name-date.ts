import { pad2 } from "../article/zoned-date-parts.js";

/** The date at the start of a Jekyll post's file name (Jekyll's `Document::DATE_FILENAME_MATCHER`), with its `-`. */
export const JEKYLL_DATE_PREFIX_RE = /^(\d{2,4})-(\d{1,2})-(\d{1,2})-/;

/**
 * The date a Jekyll post's file name gives it, as `YYYY-MM-DD`: Jekyll reads `2024-1-5-title.md` with Ruby's
 * `Time.parse`, which takes one-digit months and days and completes a two-digit year (`24-…` is 2024, `99-…` 1999).
 * Undefined for a name without one.
 */
export function readJekyllNameDate(relPath: string): string | undefined {
	const match = JEKYLL_DATE_PREFIX_RE.exec(relPath.slice(relPath.lastIndexOf("/") + 1));
	if (match === null) return undefined;
	const [, year = "", month = "", day = ""] = match;
	// Ruby's Date._parse with completion: a two-digit year from 69 on is in the 1900s, below it in the 2000s.
	const fullYear = year.length === 2 ? Number(year) + (Number(year) >= 69 ? 1900 : 2000) : Number(year);
	return `${String(fullYear).padStart(4, "0")}-${pad2(Number(month))}-${pad2(Number(day))}`;
}
