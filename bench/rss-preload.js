// Loaded with `node --import` when GNU time is unavailable: records this process's peak RSS (KiB) and its user and
// system CPU time (seconds) into the file named by WIREFEED_BENCH_RSS_FILE when the process exits, as GNU time's
// `%M %U %S` would.

import { writeFileSync } from "node:fs";

const file = process.env.WIREFEED_BENCH_RSS_FILE;
// Child processes of the measured one must not overwrite the file.
delete process.env.WIREFEED_BENCH_RSS_FILE;
if (file) {
	process.on("exit", () => {
		const usage = process.resourceUsage();
		writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}`);
	});
}
