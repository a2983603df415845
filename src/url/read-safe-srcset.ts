import { readSafeUrl } from "./read-safe-url.js";

/** The URLs of a `srcset` value (HTML §4.8.4.3.1: comma-separated candidates, each a URL and a descriptor). */
export function readSrcsetUrls(srcset: string): string[] {
	return srcset
		.split(/,\s+|,(?=\S+\s)/)
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
		.filter((url) => url !== "");
}

/**
 * A `srcset` with every candidate URL passed through the URL policy as an image and resolved against `base`, its
 * descriptors kept; undefined when any candidate must not be written. An unchanged value comes back identical.
 */
export function readSafeSrcset(srcset: string, base: string): string | undefined {
	const urls = readSrcsetUrls(srcset);
	const candidates: string[] = [];
	let isChanged = false;
	let from = 0;
	for (const url of urls) {
		const safe = readSafeUrl(url, "image", base);
		if (safe === undefined) return undefined;
		if (safe !== url) isChanged = true;
		const start = srcset.indexOf(url, from);
		from = start + url.length;
		const descriptor = srcset.slice(from).split(",")[0]?.trim() ?? "";
		candidates.push(descriptor === "" ? safe : `${safe} ${descriptor}`);
	}
	// Leave an untouched value byte-identical (idempotence, smaller diffs in --explain).
	return isChanged ? candidates.join(", ") : srcset;
}
