import type { BodyFormat } from "../body/to-html.js";

/** A person credited for an article. */
export interface Person {
	readonly name: string;
	readonly email?: string;
	readonly url?: string;
}

/** A picture or file an article points at: its absolute URL and what is known of it without fetching it. */
export interface Media {
	readonly url: string;
	/** MIME type, e.g. `image/jpeg`. */
	readonly type?: string;
	/** Size in bytes. */
	readonly length?: number;
	readonly width?: number;
	readonly height?: number;
}

/** A file attached to an item (podcast audio): RSS 2.0 requires url, length and type on `<enclosure>`. */
export interface Enclosure extends Media {
	readonly type: string;
	readonly length: number;
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
	/** An embargo later than `published` (Hugo `publishDate`): the article is held back until then. */
	readonly availableFrom?: Date;
	/** When the article leaves the feed (Hugo `expiryDate`). */
	readonly expires?: Date;
	/** Plain-text summary from front matter; when absent one is cut from the body. */
	readonly summary?: string;
	readonly authors: readonly Person[];
	readonly categories: readonly string[];
	/** The featured image from front matter; the render stage may find one in the body instead. */
	readonly image?: Media;
	/** A file attached to the item (podcast audio, a video, a PDF). */
	readonly enclosure?: Enclosure;
	readonly language?: string;
	/** Original URL of a republished article (its source, never its link). */
	readonly source?: string;
	readonly declaredRights: DeclaredRights;
	readonly format: BodyFormat;
	/** Body as written (Markdown, HTML or text), title heading removed. */
	readonly body: string;
	/** 1-based line of the first body line in the file. */
	readonly bodyLine: number;
	/** Where the site's generator ends a post's summary in its body (`<!--more-->`), when it does. */
	readonly excerptSeparator?: string;
	/**
	 * Eleventy renders the post with no template engine before Markdown (`templateEngineOverride: md`, the config's
	 * `markdownTemplateEngine: false`): its `{{ }}` and `{% %}` are text.
	 */
	readonly isTemplateText?: boolean;
	/**
	 * The front matter as written over what the site lays under it (Jekyll's `defaults:`, Hugo's `cascade`), where
	 * the body prints its values: Hugo's `param` shortcode, Jekyll's `{{ page.key }}`.
	 */
	readonly params?: Readonly<Record<string, unknown>>;
}

/** What selection and duplicate checks need of an article, and all the cache keeps of it (bodies are re-read). */
export type ArticleFacts = Pick<
	Article,
	"file" | "relPath" | "id" | "link" | "published" | "draft" | "availableFrom" | "expires"
>;
