/** What a page's link and id are made of, as its front matter and path give them (strings not yet checked). */
export interface PageFacts {
	/** Path relative to the articles folder, `/`-separated. */
	readonly relPath: string;
	readonly title: string;
	readonly published: Date;
	/** The UTC offset (minutes) the date was written with, when it names one: Hugo's links take the date as written. */
	readonly publishedOffset?: number | undefined;
	/** Front matter `slug`, as written. */
	readonly slug?: string | undefined;
	/** The generator's own link key as written: Hugo `url`, Jekyll and Eleventy `permalink`, Zola `path`. */
	readonly path?: string | undefined;
	/** Jekyll categories (the `:categories` of its links), in order. */
	readonly categories: readonly string[];
}

/** Splits a relative path into its folders and its file name without extension. */
export function splitPath(relPath: string): { readonly dirs: readonly string[]; readonly stem: string } {
	const parts = relPath.split("/").filter((part) => part !== "");
	const fileName = parts.pop() ?? "";
	return { dirs: parts, stem: fileName.replace(/\.[^.]+$/, "") };
}

/** Joins URL path pieces with single slashes, starting with one; an empty last piece leaves a trailing slash. */
export function joinUrlPath(...pieces: readonly string[]): string {
	return `/${pieces.join("/")}`.replace(/\/{2,}/g, "/");
}
