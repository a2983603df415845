import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

process.env.TZ = "UTC";

// `npm run test:corpus`: the suites that read the real articles in place (../shared/corpus, or WIREFEED_CORPUS, with
// examples/ and sites/ beside it). Outside CI, a machine without them skips the whole run with one line; in CI
// (`CI` set, as .ci/run does) their absence is a failure.
const corpus = resolve(process.env.WIREFEED_CORPUS ?? "../shared/corpus");
const present = existsSync(corpus);
if (!present && !process.env.CI) {
	console.log(`test:corpus skipped: no corpus at ${corpus} (set WIREFEED_CORPUS to the shared corpus folder)`);
}

export default defineConfig({
	test: {
		include: present || process.env.CI ? ["tests/corpus/**/*.test.ts"] : [],
		passWithNoTests: !present && !process.env.CI,
		testTimeout: 60_000,
		hookTimeout: 180_000,
	},
});
