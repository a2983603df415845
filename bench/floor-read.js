// Floor: list the corpus and read every file, doing nothing else.
// `node bench/floor-read.js DIR`

import { readFileSync } from "node:fs";
import { listArticleFiles } from "./list-files.js";

let bytes = 0;
for (const file of listArticleFiles(process.argv[2] ?? ".")) bytes += readFileSync(file).length;
console.log(`read ${bytes} bytes`);
