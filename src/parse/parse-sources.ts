import type { CachedSource } from "../cache/build-cache.js";
import type { SiteConfig } from "../config/resolve-config.js";
import type { SourceEntry } from "../load/list-sources.js";
import { isUnchanged, type ParseMode, parseSource, scanSource } from "./parse-source.js";

/**
 * Parses every listed source, in listing order: a file whose size and mtime are unchanged keeps what the cache knew,
 * the others are scanned when the build allows it, and the full parser (YAML, TOML, validation) is loaded only if
 * some file needs it. (A worker thread taking half the files did not pay on the 2-core machine the benchmarks run on;
 * see the README's performance section.)
 */
export async function parseSources(
	entries: readonly SourceEntry[],
	previous: Readonly<Record<string, CachedSource>>,
	config: SiteConfig,
	mode: ParseMode & { readonly onProgress?: ((done: number, total: number) => void) | undefined },
): Promise<CachedSource[]> {
	const parseMode: ParseMode = { isCaching: mode.isCaching, isScanAllowed: mode.isScanAllowed };
	const results = entries.map((entry, index): CachedSource | undefined => {
		mode.onProgress?.(index + 1, entries.length);
		const cached = previous[entry.relPath];
		if (cached !== undefined && isUnchanged(entry, cached)) return cached;
		return scanSource(entry, config, parseMode);
	});
	if (results.every((result) => result !== undefined)) return results;
	const { parseArticle } = await import("../article/parse-article.js");
	return results.map(
		(result, index) =>
			result ??
			parseSource(
				entries[index] as SourceEntry,
				previous[entries[index]?.relPath ?? ""],
				config,
				parseMode,
				parseArticle,
			),
	);
}
