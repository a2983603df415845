import { BUILDS } from "../support/use-feed-build.js";
import { describeFeedValidity } from "./feed-validity.js";
import { describeFeedparser } from "./feedparser.js";
import { describeNewsboat } from "./newsboat.js";

// The sample and hostile builds, read by the real readers (skipped with one line outside CI when they are absent).
describeFeedValidity(BUILDS);
describeFeedparser(BUILDS);
describeNewsboat(BUILDS);
