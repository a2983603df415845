/**
 * Every extension a Markdown file goes by (GitHub's list, as Astro and Jekyll take it), without the dot. A plain folder
 * reads them all; a site reads those its generator renders (see site/unrendered-markdown.ts).
 */
export const MARKDOWN_EXTENSIONS = ["md", "markdown", "mdown", "mkdn", "mkd", "mkdown", "mdwn"] as const;

/** The extensions as a pattern's alternatives: `\.(?:${MARKDOWN_EXTENSION_RE_SOURCE})$`. */
export const MARKDOWN_EXTENSION_RE_SOURCE = MARKDOWN_EXTENSIONS.join("|");
