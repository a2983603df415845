import { describeFeedValidity } from "../readers/feed-validity.js";
import { describeFeedparser } from "../readers/feedparser.js";
import { describeNewsboat } from "../readers/newsboat.js";
import { CORPUS_BUILDS } from "../support/use-feed-build.js";

// The real corpus built end to end and read by the real readers.
describeFeedValidity(CORPUS_BUILDS);
describeFeedparser(CORPUS_BUILDS);
describeNewsboat(CORPUS_BUILDS);
