import { describeFeedValidity } from "../readers/feed-validity.js";
import { describeFeedparser } from "../readers/feedparser.js";
import { describeNewsboat } from "../readers/newsboat.js";
import { CORPUS_DIR } from "../support/shared-dirs.js";
import type { EndToEndBuild } from "../support/use-feed-build.js";

/** The real corpus, where a few articles are rightly rejected. */
const CORPUS_BUILDS: readonly EndToEndBuild[] = [{ name: "corpus", articles: CORPUS_DIR, exitCodes: [0, 1] }];

// The real corpus built end to end and read by the real readers.
describeFeedValidity(CORPUS_BUILDS);
describeFeedparser(CORPUS_BUILDS);
describeNewsboat(CORPUS_BUILDS);
