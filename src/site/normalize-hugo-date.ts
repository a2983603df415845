// The date strings wirefeed reads (see parseDate): a day, then maybe a time (minutes, seconds, a fraction) and a zone.
const ISO_LIKE_RE =
	/^(\d{4}-\d{2}-\d{2})(?:([Tt ])(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(?:(\s*)(Z|[+-]\d{2}:?\d{2}))?$/i;

/**
 * A front matter date in the form Hugo reads, when Hugo cannot read it as written; undefined when it can, or when it is
 * no date wirefeed reads either. Hugo 0.111 (spf13/cast's layouts) needs the seconds, an upper-case `T` and `Z`, and a
 * zone right after the time unless a space stands between day and time (`2024-04-08 10:00:00 +0200`); it dates any other
 * form 1 January of year 1, and Hugo 0.135 and later stop with an error (gohugoio/hugo#10717).
 */
export function normalizeHugoDate(text: string): string | undefined {
	const match = ISO_LIKE_RE.exec(text);
	if (match === null) return undefined;
	const [, day = "", separator, hour, minute, second = "00", fraction = "", space = "", zone] = match;
	const isSpaced = separator === " ";
	const time =
		hour === undefined
			? zone === undefined
				? ""
				: "T00:00:00"
			: `${isSpaced ? " " : "T"}${hour}:${minute}:${second}${fraction}`;
	const written =
		zone === undefined ? "" : zone.toUpperCase() === "Z" ? "Z" : `${isSpaced && space !== "" ? " " : ""}${zone}`;
	const readable = `${day}${time}${written}`;
	return readable === text ? undefined : readable;
}
