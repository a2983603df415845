import type { FeedEntry } from "../serialize/feed-model.js";
import { assignTopicSlugs, topicKey } from "./slugify-topic.js";
import type { TopicFeedOptions } from "./topic-feed-options.js";

export type { TopicFeedOptions } from "./topic-feed-options.js";

/** One category or author feed to write. */
export interface TopicFeedPlan {
	readonly kind: "category" | "author";
	/** The name as most of its items spell it. */
	readonly name: string;
	/** Folder name under `categories/` or `authors/`. */
	readonly slug: string;
	/** Its newest items, newest first, at most `limit`. */
	readonly entries: readonly FeedEntry[];
	/** How many items have the topic, before the limit. */
	readonly total: number;
}

/**
 * Groups entries (newest first) by category and by author, case-insensitively, and plans a feed for every topic with
 * at least `min` items. Sorted by kind, then slug, so the plan (and every page listing it) is the same for the same input.
 */
export function planTopicFeeds(entries: readonly FeedEntry[], options: TopicFeedOptions): TopicFeedPlan[] {
	const plans: TopicFeedPlan[] = [];
	if (options.categories) plans.push(...planKind("category", entries, (entry) => entry.categories, options));
	if (options.authors) plans.push(...planKind("author", entries, (entry) => entry.authors.map((a) => a.name), options));
	return plans;
}

interface TopicGroup {
	readonly entries: FeedEntry[];
	readonly spellings: Map<string, number>;
}

function planKind(
	kind: TopicFeedPlan["kind"],
	entries: readonly FeedEntry[],
	namesOf: (entry: FeedEntry) => readonly string[],
	options: TopicFeedOptions,
): TopicFeedPlan[] {
	const groups = new Map<string, TopicGroup>();
	for (const entry of entries) {
		const seen = new Set<string>();
		for (const name of namesOf(entry)) {
			const key = topicKey(name);
			if (key === "" || seen.has(key)) continue;
			seen.add(key);
			const group: TopicGroup = groups.get(key) ?? { entries: [], spellings: new Map() };
			group.entries.push(entry);
			group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
			groups.set(key, group);
		}
	}
	const kept = [...groups].filter(([, group]) => group.entries.length >= options.min);
	// Slugs are assigned over every name seen, not only the kept ones: a topic crossing `min` must not move another's.
	const slugs = assignTopicSlugs([...groups.keys()]);
	return kept
		.map(([key, group]) => ({
			kind,
			name: preferredSpelling(group.spellings),
			slug: slugs.get(key) ?? key,
			entries: group.entries.slice(0, options.limit),
			total: group.entries.length,
		}))
		.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

// The most used spelling; ties go to the one that sorts first, so the title does not depend on item order.
function preferredSpelling(spellings: ReadonlyMap<string, number>): string {
	let best: [string, number] | undefined;
	for (const [name, count] of spellings) {
		if (best === undefined || count > best[1] || (count === best[1] && name < best[0])) best = [name, count];
	}
	return best?.[0] ?? "";
}
