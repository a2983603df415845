import type { BodyFormat } from "../body/to-html.js";

/** A person credited for an article. */
export interface Person {
	readonly name: string;
	readonly email?: string;
	readonly url?: string;
}

/** Rights information written in the article's own front matter. */
export interface DeclaredRights {
	/** Licence as written: an SPDX id, a short form like `cc by-nc-sa`, or a URL. */
	readonly license?: string;
	/** Free-text rights or copyright notice. */
	readonly rights?: string;
	/** Publisher or agency name. */
	readonly publisher?: string;
}

/** A validated article: the currency between the parse stage and the render stage. Immutable. */
export interface Article {
	/** Path for messages, relative to the working directory. */
	readonly file: string;
	/** Path relative to the articles folder: the stable key of caches and duplicate checks. */
	readonly relPath: string;
	readonly slug: string;
	/** Guid/id: never changes once published. */
	readonly id: string;
	/** Absolute URL of the article on the site. */
	readonly link: string;
	readonly title: string;
	readonly published: Date;
	readonly updated: Date;
	readonly draft: boolean;
	/** Plain-text summary from front matter; when absent one is cut from the body. */
	readonly summary?: string;
	readonly authors: readonly Person[];
	readonly categories: readonly string[];
	readonly image?: string;
	readonly language?: string;
	/** Original URL of a republished article (its source, never its link). */
	readonly source?: string;
	readonly declaredRights: DeclaredRights;
	readonly format: BodyFormat;
	/** Body as written (Markdown, HTML or text), title heading removed. */
	readonly body: string;
	/** 1-based line of the first body line in the file. */
	readonly bodyLine: number;
}

/** What selection and duplicate checks need of an article, and all the cache keeps of it (bodies are re-read). */
export type ArticleFacts = Pick<Article, "file" | "relPath" | "id" | "link" | "published" | "draft">;
