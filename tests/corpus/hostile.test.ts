import { describeAllTogether } from "../hostile/all-together.js";
import { CORPUS_DIR } from "../support/shared-dirs.js";

describeAllTogether("the real corpus", CORPUS_DIR, 40);
