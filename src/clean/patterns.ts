// Config patterns are compiled once per options object, not once per article.
const wholeCache = new WeakMap<readonly string[], readonly RegExp[]>();
const partialCache = new WeakMap<readonly string[], readonly RegExp[]>();

/** Case-insensitive regular expressions for config pattern sources; `whole` anchors them to a whole trimmed text run. */
export function compilePatterns(sources: readonly string[], whole: boolean): readonly RegExp[] {
	const cache = whole ? wholeCache : partialCache;
	const cached = cache.get(sources);
	if (cached !== undefined) return cached;
	const compiled = sources.map((source) => new RegExp(whole ? `^\\s*(?:${source})\\s*$` : source, "i"));
	cache.set(sources, compiled);
	return compiled;
}

/** Why a pattern source is not a valid regular expression, or undefined when it is. */
export function checkPatternSource(source: string): string | undefined {
	try {
		new RegExp(source, "i");
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}

/** What the rules ask of a pattern: does the text match. */
export interface TextPattern {
	test(text: string): boolean;
}

/**
 * A pattern that is costly to compile behind a cheap one that every text it matches also matches: the costly one is
 * compiled only for a text that gets past the guard. V8 compiles each regular expression at its first use, per
 * process, and Unicode letter classes (`\p{L}`, `\p{Lu}`), the more so under `/i`, take milliseconds where a plain
 * pattern takes tens of microseconds; most builds never have a text that passes the guard.
 */
export function guardPattern(guard: RegExp, pattern: RegExp): TextPattern {
	return { test: (text) => guard.test(text) && pattern.test(text) };
}
