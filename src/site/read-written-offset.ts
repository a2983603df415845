/**
 * The UTC offset, in minutes, a date was written with (`2024-03-01T23:30:00-05:00` → -300, `…Z` → 0), or undefined for
 * a date without one (`2024-03-01`, `2024-03-01 10:00`), which the site's zone reads. A TOML offset date-time keeps
 * its offset in its ISO text. Hugo puts the date as written into its links.
 */
export function readWrittenOffset(value: unknown): number | undefined {
	const written = value instanceof Date ? value.toISOString() : typeof value === "string" ? value.trim() : undefined;
	const match =
		written === undefined ? null : /\d:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i.exec(written);
	if (match === null) return undefined;
	if (match[1] !== undefined) return 0;
	const minutes = Number(match[3]) * 60 + Number(match[4]);
	return match[2] === "-" ? -minutes : minutes;
}
