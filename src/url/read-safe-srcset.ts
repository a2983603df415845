import { readSafeUrl } from "./read-safe-url.js";

/** The URLs of a `srcset` value (HTML §4.8.4.3.1: comma-separated candidates, each a URL and a descriptor). */
export function readSrcsetUrls(srcset: string): string[] {
	return splitCandidates(srcset)
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
		.filter((url) => url !== "");
}

const SPACE_RE = /\s/g;

/**
 * `srcset.split(/,\s+|,(?=\S+\s)/)`: cut at a comma followed by spaces (they go too), or by a word that spaces end. A
 * scan: the look ahead read the rest of a text without spaces again after every comma (quadratic: 80 KB took 16 s).
 */
function splitCandidates(srcset: string): string[] {
	const parts: string[] = [];
	let start = 0;
	// The first space at or after a point (-1: none), found again only once that point has passed it.
	let space = -2;
	for (let comma = srcset.indexOf(","); comma !== -1; comma = srcset.indexOf(",", comma + 1)) {
		if (space !== -1 && space <= comma) {
			SPACE_RE.lastIndex = comma + 1;
			space = SPACE_RE.exec(srcset)?.index ?? -1;
		}
		if (space === comma + 1) {
			let end = space;
			while (end < srcset.length && /\s/.test(srcset[end] ?? "")) end++;
			parts.push(srcset.slice(start, comma));
			start = end;
			comma = end - 1;
		} else if (space > comma + 1) {
			parts.push(srcset.slice(start, comma));
			start = comma + 1;
		}
	}
	parts.push(srcset.slice(start));
	return parts;
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
		const comma = srcset.indexOf(",", from);
		const descriptor = srcset.slice(from, comma === -1 ? undefined : comma).trim();
		candidates.push(descriptor === "" ? safe : `${safe} ${descriptor}`);
	}
	// Leave an untouched value byte-identical (idempotence, smaller diffs in --explain).
	return isChanged ? candidates.join(", ") : srcset;
}
