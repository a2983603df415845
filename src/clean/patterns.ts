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
