import { fileURLToPath } from "node:url";
import { describeAllTogether } from "./all-together.js";

describeAllTogether("the sample articles", fileURLToPath(new URL("../fixtures/site/articles/", import.meta.url)), 6);
