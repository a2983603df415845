// Floor: list the corpus and stat every file — the least a cache-validating rebuild must do.
// `node bench/floor-stat.js DIR`

import { statSync } from "node:fs";
import { listArticleFiles } from "./list-files.js";

let newest = 0;
for (const file of listArticleFiles(process.argv[2] ?? ".")) newest = Math.max(newest, statSync(file).mtimeMs);
console.log(`newest mtime ${new Date(newest).toISOString()}`);
