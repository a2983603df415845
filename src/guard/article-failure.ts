import packageJson from "../../package.json" with { type: "json" };
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** The rule of an article a bug left out; not remembered by the cache, so the next build tries the article again. */
export const ARTICLE_FAILED = "build/article-failed";

/** What a stage was doing with the article when it failed, for the message. */
export type ArticleStage = "reading" | "rendering";

/**
 * One article's stage threw: a bug in wirefeed, since bad input is a diagnostic, never a throw. The article is left
 * out with an error naming its file, so the feeds keep every other article (exit 1; `--strict` writes nothing), and the
 * message says what to report. A call stack overflowing or a string too long for V8 are contained the same way: both
 * come from one article's size or shape.
 */
export function articleFailure(file: string, stage: ArticleStage, error: unknown): Diagnostic {
	const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return createDiagnostic(
		"error",
		ARTICLE_FAILED,
		`wirefeed failed while ${stage} this article (${what}); it is left out of the feeds and every other article is published. This is a bug in wirefeed ${packageJson.version}: please report it with this file`,
		{ file },
	);
}
