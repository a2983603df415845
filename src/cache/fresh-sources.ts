import type { ArticleBlocks } from "../evidence/learn-boilerplate.js";
import type { SourceEntry } from "../load/list-sources.js";
import { recordOf, type SourceRecord, withBlocks } from "./build-cache.js";

/**
 * What a build that read no cache (a first build, or one after a config change or a damaged cache) learned about its
 * sources, in listing order, for the snapshot it writes. A list, not a table by path: nothing is looked up in it, and
 * hashing 200k paths into an object's keys cost such a build more than writing its snapshot (issue #16). The evidence
 * stage's blocks are kept beside it, by listing entry (a few hundred articles), and joined to their records when
 * written.
 */
export class FreshSources implements Iterable<readonly [relPath: string, source: SourceRecord]> {
	// Side by side, not as pairs: 200k pairs would be 6 MB more at the build's peak.
	readonly #entries: SourceEntry[] = [];
	readonly #sources: SourceRecord[] = [];
	readonly #blocks = new Map<SourceEntry, ArticleBlocks>();

	/** Remembers what reading `entry` gave. */
	add(entry: SourceEntry, source: SourceRecord): void {
		this.#entries.push(entry);
		this.#sources.push(source);
	}

	/** The blocks the evidence stage read from `entry` in this build, if it did. */
	blocksOf(entry: SourceEntry): ArticleBlocks | undefined {
		return this.#blocks.get(entry);
	}

	/** Remembers the blocks the evidence stage read from `entry`. */
	addBlocks(entry: SourceEntry, blocks: ArticleBlocks): void {
		this.#blocks.set(entry, blocks);
	}

	*[Symbol.iterator](): Iterator<readonly [string, SourceRecord]> {
		// A lookup by an object that was never a key finds no hash on it and costs next to nothing.
		for (let index = 0; index < this.#entries.length; index++) {
			const entry = this.#entries[index] as SourceEntry;
			const source = this.#sources[index] as SourceRecord;
			const blocks = this.#blocks.get(entry);
			yield [entry.relPath, blocks === undefined ? source : withBlocks(recordOf(source), blocks)];
		}
	}
}
