import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build } from "../../src/index.js";
import { COMPANION, copyFixtures, jsonItems, listTree, readFeeds, siteBuildOptions, useTempDirs } from "./support.js";

const tempDir = useTempDirs();
const NAMES = 500;
const names = (prefix: string) => Array.from({ length: NAMES }, (_, i) => `${prefix} ${i}`).join(", ");

// A WordPress export's comma-joined fields, stretched: each name would be a topic feed holding an item that lists
// every name, so the output grew with the square of one article's front matter (4,000 authors in 40 KB: 12,006
// files, 2.7 GB, 450 s).
const article = (n: number) =>
	`---\ntitle: Named ${n}\ndate: 2021-08-0${n}\nauthor: "${names("Reporter")}"\ntags: "${names("Topic")}"\n---\n\nThe ferry ran late on Tuesday.\n`;

describe("security: one article naming hundreds of authors or tags cannot multiply the output", () => {
	test("the first 100 of each are kept, with a warning naming the file and the key", { timeout: 120_000 }, async () => {
		const tmp = await tempDir();
		await copyFixtures([COMPANION], join(tmp, "articles"));
		for (const n of [1, 2, 3]) await writeFile(join(tmp, "articles", `named-${n}.md`), article(n));
		const result = await build(siteBuildOptions(tmp, false, { feeds: { categories: true, authors: true, min: 3 } }));
		expect(result.status).toBe("written");
		for (const n of [1, 2, 3]) {
			for (const key of ["author", "tags"]) {
				expect(result.diagnostics).toContainEqual(
					expect.objectContaining({
						severity: "warning",
						rule: "front-matter/too-many-names",
						file: `articles/named-${n}.md`,
						message: expect.stringContaining(`${NAMES} names in ${key}`),
					}),
				);
			}
		}
		const item = jsonItems(await readFeeds(join(tmp, "out"))).find((entry) => entry.title === "Named 1") as
			| { authors?: unknown[]; tags?: string[] }
			| undefined;
		expect(item?.authors).toHaveLength(100);
		expect(item?.tags).toHaveLength(100);
		expect(item?.tags?.[0]).toBe("Topic 0");
		// 100 author feeds and 100 category feeds, three files each, beside the site's own.
		const topicFiles = (await listTree(join(tmp, "out"))).filter((path) => /^(?:authors|categories)\//.test(path));
		expect(topicFiles).toHaveLength(600);
	});
});
