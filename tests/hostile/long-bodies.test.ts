import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build, exitCodeFor } from "../../src/index.js";
import {
	COMPANION,
	copyFixtures,
	findFeedProblems,
	jsonItems,
	readFeeds,
	siteBuildOptions,
	useTempDirs,
} from "./support.js";

const tempDir = useTempDirs();
// More siblings than a function call takes as arguments: `push(...children)` of so many overflowed the call stack.
const COUNT = 150_000;
const page = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2021-08-01\n---\n\n${body}\n`;
const LAST = "<p>The last words.</p>";

// Generated, not fixtures: each is one file of about a megabyte, flat and long rather than deep.
const LONG_BODIES: Readonly<Record<string, string>> = {
	"long-markdown-list.md": page("Long list", `${"- a\n".repeat(COUNT)}\nThe last words.`),
	"long-dead-link.html": page("Long dead link", `<p><a>${"<b>x</b>".repeat(COUNT)}</a></p>${LAST}`),
};

describe("security: one very long flat article never stops the build", () => {
	test(`${COUNT.toLocaleString("en")} list items or elements in a link without href: each is published whole`, {
		timeout: 240_000,
	}, async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		for (const [name, text] of Object.entries(LONG_BODIES)) await writeFile(join(tmp, "articles", name), text);
		// The default budget is meant for a busy cron box; these bodies are slow on a busy test machine, not hostile.
		const result = await build(siteBuildOptions(tmp, false, { maxArticleSeconds: 600 }));
		expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
		expect(exitCodeFor(result.status, result.diagnostics)).toBe(0);
		const feeds = await readFeeds(join(tmp, "out"));
		expect(findFeedProblems(feeds)).toEqual([]);
		const items = jsonItems(feeds);
		for (const name of Object.keys(LONG_BODIES)) {
			const item = items.find((entry) => entry.url.endsWith(`/${name.replace(/\.\w+$/, "")}/`));
			expect(item?.content_html, name).toContain("The last words.");
		}
		expect(items.map((item) => item.url)).toContain("https://hostile.example.org/good-companion/");
	});
});
