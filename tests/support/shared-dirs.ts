import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The real-article corpus, read in place and never copied into the repository: `../shared/corpus` beside the
 * repository, or `WIREFEED_CORPUS`. Only `npm run test:corpus` (tests/corpus/) reads it; `npm test` never does.
 */
export const CORPUS_DIR = resolve(REPO_ROOT, process.env.WIREFEED_CORPUS ?? "../shared/corpus");

/** The owner's example articles, beside the corpus (`../shared/examples`). */
export const EXAMPLES_DIR = join(CORPUS_DIR, "..", "examples");

/** The real static sites, beside the corpus (`../shared/sites`). */
export const SITES_DIR = join(CORPUS_DIR, "..", "sites");

/** True when the corpus folder is there to read. */
export function hasCorpus(): boolean {
	return existsSync(CORPUS_DIR);
}
