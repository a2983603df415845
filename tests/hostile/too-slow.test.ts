import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build, exitCodeFor } from "../../src/index.js";
import {
	BUILD_ARGS,
	COMPANION,
	copyFixtures,
	findFeedProblems,
	jsonItems,
	makeSiteConfig,
	NOW,
	readFeeds,
	runCli,
	SITE,
	useTempDirs,
} from "./support.js";

const tempDir = useTempDirs();

/** A temp folder with the companion and a large article of WordPress captions that are never closed. */
async function makeSlowSite(): Promise<string> {
	const tmp = await tempDir();
	await copyFixtures([COMPANION], join(tmp, "articles"));
	// Newer than the companion, so it is rendered first and the companion after it, with everything compiled.
	const body = "[caption] <b>x</b> ".repeat(150_000);
	await writeFile(join(tmp, "articles", "slow.html"), `---\ntitle: Slow\ndate: 2021-09-01\n---\n\n<p>${body}</p>\n`);
	return tmp;
}

describe("security: one article slow to clean is rejected, never the whole build (issue #11)", () => {
	test("an article over the time limit is rejected with clean/too-slow; the others are published", {
		timeout: 120_000,
	}, async () => {
		const tmp = await makeSlowSite();
		const result = await build({
			config: makeSiteConfig({ maxArticleSeconds: 0.3 }),
			articlesDir: "articles",
			outDir: "out",
			cacheDir: false,
			now: NOW,
			cwd: tmp,
		});
		expect(result.status).toBe("written");
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(1);
		expect(result.diagnostics).toContainEqual({
			severity: "error",
			file: "articles/slow.html",
			rule: "clean/too-slow",
			message: expect.stringMatching(/longer than 0\.3 s.*"maxArticleSeconds"/),
		});
		expect(result.items.map((item) => item.file)).toEqual([`articles/${COMPANION}`]);
		expect(findFeedProblems(await readFeeds(join(tmp, "out")))).toEqual([]);
	});

	test("with every article over the limit the feeds are still written, empty, and the build exits 1", {
		timeout: 120_000,
	}, async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		await writeFile(join(tmp, "site.json"), JSON.stringify({ ...SITE, maxArticleSeconds: 0.000_001 }));
		const run = await runCli(BUILD_ARGS, { cwd: tmp });
		expect(run.code, run.stderr).toBe(1);
		expect(run.stderr).toMatch(
			/^articles\/good-companion\.md {2}error {2}cleaning took longer than 0\.000001 s.* {2}clean\/too-slow$/m,
		);
		expect(jsonItems(await readFeeds(join(tmp, "out")))).toEqual([]);
	});
});
