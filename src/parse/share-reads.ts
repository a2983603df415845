/** Reads two stages share: `read` keeps one, `take` hands it on once. */
export interface SharedReads<K, V> {
	/** Reads `key`, keeping the read for `take` while fewer than the bound are kept. */
	read(key: K): V;
	/** The kept read of `key`, released; else a fresh one. */
	take(key: K): V;
}

/**
 * Shares whole-article reads between the evidence stage, which reads the newest candidates first and in order, and the
 * render stage, which renders from the newest (issue #16: one read and one parse per article). The first `keep` reads
 * are kept, so memory is bounded by what is rendered, and each is released when taken. A read not kept is made again
 * when needed: slower, never different.
 */
export function shareReads<K, V>(read: (key: K) => V, keep: number): SharedReads<K, V> {
	const kept = new Map<K, V>();
	let room = keep;
	return {
		read(key) {
			const known = kept.get(key);
			if (known !== undefined) return known;
			const value = read(key);
			if (room > 0) {
				kept.set(key, value);
				room--;
			}
			return value;
		},
		take(key) {
			const known = kept.get(key);
			if (known === undefined) return read(key);
			kept.delete(key);
			return known;
		},
	};
}
