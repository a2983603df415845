import { normalizeForComparison } from "./blocks.js";

/**
 * A short, stable fingerprint of a block's text (case, punctuation and spacing ignored), the same whether the text
 * was read from the parsed tree or cut from the raw body by the cross-article evidence stage (src/evidence/).
 * cyrb53: fast on short strings and 53 bits wide, so a few hundred thousand blocks collide with odds below 1e-5.
 */
export function fingerprintBlock(text: string): string {
	const normalized = normalizeForComparison(text);
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let index = 0; index < normalized.length; index++) {
		const code = normalized.charCodeAt(index);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
