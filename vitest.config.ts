import { defineConfig } from "vitest/config";

// Tests pin the clock (`now`) and the time zone, so they give the same answer anywhere. Set here rather than in the
// npm script, so `npm test` also runs from Windows shells; test workers inherit it.
process.env.TZ = "UTC";

// `npm test`: everything that reads only the repository. The suites over the real articles beside it
// (../shared/corpus, examples, sites) are tests/corpus/, run by `npm run test:corpus` (vitest.corpus.config.ts).
export default defineConfig({
	test: {
		include: ["tests/**/*.test.ts"],
		exclude: ["tests/corpus/**", "**/node_modules/**"],
		// Many tests spawn the CLI or real readers; on a busy 2-core machine vitest's 5 s default is not enough. No test
		// asserts on time (performance lives in `npm run bench`), so a generous bound only catches a hang.
		testTimeout: 30_000,
	},
});
