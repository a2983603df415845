/**
 * @typedef {object} Random
 * @property {() => number} next uniform float in [0, 1)
 * @property {(min: number, max: number) => number} int uniform integer in [min, max]
 * @property {<T>(items: readonly T[]) => T} pick one element, uniformly
 * @property {(probability: number) => boolean} chance true with the given probability
 */

/**
 * A small seeded PRNG (mulberry32): the same seed always yields the same sequence,
 * so corpora are reproducible byte for byte. Not for anything security-related.
 * @param {number} seed any 32-bit integer
 * @returns {Random}
 */
export function createRandom(seed) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (items) => items[Math.floor(next() * items.length)],
		chance: (probability) => next() < probability,
	};
}
