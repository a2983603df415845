/**
 * How many authors, and how many categories, one article keeps. Each name can be a topic feed holding the item, and
 * the item lists every name, so one article's front matter grew the output with its square: a WordPress export's
 * comma-joined author field of 4,000 names (40 KB) wrote 12,006 files, 2.7 GB, in 450 s. A real byline or tag list is
 * far shorter.
 */
export const MAX_NAMES = 100;

/** The first `MAX_NAMES` names, with a warning naming the keys they came from when there were more. */
export function capNames<T>(
	names: readonly T[],
	keys: readonly string[],
	warn: (rule: string, message: string, key?: string) => void,
): readonly T[] {
	if (names.length <= MAX_NAMES) return names;
	warn(
		"front-matter/too-many-names",
		`${names.length} names in ${keys.join(" and ")}; only the first ${MAX_NAMES} are kept — list fewer`,
		keys[0],
	);
	return names.slice(0, MAX_NAMES);
}
