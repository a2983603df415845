import { forEachComparisonPiece } from "./blocks.js";

/**
 * A short, stable fingerprint of a block's text (case, punctuation and spacing ignored), the same whether the text
 * was read from the parsed tree or cut from the raw body by the cross-article evidence stage (src/evidence/).
 * cyrb53: fast on short strings and 53 bits wide, so a few hundred thousand blocks collide with odds below 1e-5. It
 * reads the normalised text piece by piece, so a block of megabytes costs what its size says (forEachComparisonPiece).
 */
export function fingerprintBlock(text: string): string {
	const hash = new Cyrb53();
	forEachComparisonPiece(text, (piece) => hash.update(piece));
	return hash.digest();
}

class Cyrb53 {
	#h1 = 0xdeadbeef;
	#h2 = 0x41c6ce57;

	update(text: string): void {
		let h1 = this.#h1;
		let h2 = this.#h2;
		for (let index = 0; index < text.length; index++) {
			const code = text.charCodeAt(index);
			h1 = Math.imul(h1 ^ code, 2654435761);
			h2 = Math.imul(h2 ^ code, 1597334677);
		}
		this.#h1 = h1;
		this.#h2 = h2;
	}

	digest(): string {
		const h1 =
			Math.imul(this.#h1 ^ (this.#h1 >>> 16), 2246822507) ^ Math.imul(this.#h2 ^ (this.#h2 >>> 13), 3266489909);
		const h2 = Math.imul(this.#h2 ^ (this.#h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
		return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
	}
}
