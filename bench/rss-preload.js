// Loaded with `node --import` when GNU time is unavailable: records this process's peak RSS
// (KiB) into the file named by WIREFEED_BENCH_RSS_FILE when the process exits.

import { writeFileSync } from "node:fs";

const file = process.env.WIREFEED_BENCH_RSS_FILE;
// Child processes of the measured one must not overwrite the file.
delete process.env.WIREFEED_BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
