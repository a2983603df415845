import { isPlainObject } from "./merge-data.js";
import type { SiteRules } from "./site-rules.js";

/** One set of Jekyll's front matter `defaults:` that can apply to posts (see `SiteRules.frontMatterDefaults`). */
export type JekyllDefaultSet = NonNullable<SiteRules["frontMatterDefaults"]>[number];

/**
 * The sets of a `_config.yml` `defaults:` list that apply to posts, in order: no scope type or `posts` (`post`, as
 * Jekyll still accepts). The scope path is made relative to `collections_dir`, as Jekyll compares it.
 * https://jekyllrb.com/docs/configuration/front-matter-defaults/
 */
export function readJekyllDefaults(value: unknown, collectionsDir: string): JekyllDefaultSet[] {
	if (!Array.isArray(value)) return [];
	const sets: JekyllDefaultSet[] = [];
	const collections = collectionsDir.replace(/^\.?\/*|\/+$/g, "");
	for (const set of value) {
		if (!isPlainObject(set) || !isPlainObject(set.values)) continue;
		const scope = isPlainObject(set.scope) ? set.scope : {};
		const type = scope.type;
		if (type !== undefined && type !== "posts" && type !== "post") continue;
		let path = typeof scope.path === "string" ? scope.path.replace(/^\//, "") : "";
		if (collections !== "" && path.startsWith(`${collections}/`)) path = path.slice(collections.length + 1);
		sets.push({ path, isTyped: type !== undefined, values: set.values });
	}
	return sets;
}

/**
 * A post's front matter over the defaults that apply to it (its path from the collections folder: `_posts/x.md`,
 * `news/_posts/x.md`), as Jekyll's `FrontmatterDefaults#all` and `Document#merge_data!` make it: a set with a longer
 * scope path (or, as long, one naming the type) wins over the ones before it; tables are merged, anything else
 * replaced, and `categories` joined (the defaults' first). Pure.
 */
export function applyJekyllDefaults(
	data: Readonly<Record<string, unknown>>,
	postPath: string,
	sets: readonly JekyllDefaultSet[],
): Record<string, unknown> {
	let defaults: Record<string, unknown> = {};
	let winner: JekyllDefaultSet | undefined;
	for (const set of sets) {
		if (!appliesTo(set.path, postPath)) continue;
		if (winner === undefined || hasPrecedence(winner, set)) {
			defaults = deepMerge(defaults, set.values);
			winner = set;
		} else defaults = deepMerge(set.values, defaults);
	}
	if (winner === undefined) return { ...data };
	const merged = deepMerge(defaults, data);
	const before = splitCategories(defaults.categories);
	const own = splitCategories(data.categories);
	if (before !== undefined && own !== undefined) merged.categories = [...new Set([...before, ...own])];
	return merged;
}

// A plain scope path is a prefix of the post's path, as Ruby's `start_with?` compares; a glob (`*`) is what
// `Dir.glob` would find: a file or folder the post's path starts with.
function appliesTo(scopePath: string, postPath: string): boolean {
	if (scopePath === "") return true;
	if (!scopePath.includes("*")) return postPath.startsWith(scopePath);
	const pattern = scopePath
		.replace(/\/+$/, "")
		.split(/(\*\*\/|\*\*|\*|\?)/)
		.map((part) =>
			part === "**/"
				? "(?:[^/]+/)*"
				: part === "**"
					? ".*"
					: part === "*"
						? "[^/]*"
						: part === "?"
							? "[^/]"
							: part.replace(/[.+^${}()|[\]\\]/g, "\\$&"),
		)
		.join("");
	return new RegExp(`^${pattern}(?:/|$)`).test(postPath);
}

function hasPrecedence(old: JekyllDefaultSet, next: JekyllDefaultSet): boolean {
	if (next.path.length !== old.path.length) return next.path.length >= old.path.length;
	return next.isTyped || !old.isTyped;
}

function splitCategories(value: unknown): unknown[] | undefined {
	if (typeof value === "string") return value.split(/\s+/).filter((part) => part !== "");
	return Array.isArray(value) ? value : undefined;
}

// Jekyll's `Utils.deep_merge_hashes`: tables merge, a null keeps the value before, anything else replaces it.
function deepMerge(
	base: Readonly<Record<string, unknown>>,
	over: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
	const merged: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(over)) {
		const before = merged[key];
		if (value === null || value === undefined) {
			if (!(key in merged)) merged[key] = value;
		} else if (isPlainObject(before) && isPlainObject(value)) merged[key] = deepMerge(before, value);
		else merged[key] = value;
	}
	return merged;
}
