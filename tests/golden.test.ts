import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { build } from "../src/index.js";
import { makeConfig } from "./factories.js";

// The sample articles' feeds as golden files a person (and a validator) can read: any change to the output shows up
// as a diff of tests/fixtures/site/*. Update them deliberately with `npx vitest run tests/golden.test.ts -u`.
describe("the sample feeds", () => {
	test("match the golden files", async () => {
		const config = makeConfig({
			title: "wirefeed sample news",
			description: "Republished agency news, cleaned and licensed, built by wirefeed from the sample articles.",
			language: "en",
			author: { name: "wirefeed sample desk", email: "desk@news.example.org" },
			rights: "© 2020 wirefeed sample desk. Agency items remain the property of their agencies.",
		});
		const result = await build({
			config,
			articlesDir: fileURLToPath(new URL("fixtures/site/articles/", import.meta.url)),
			write: false,
			cacheDir: false,
			now: new Date("2026-01-01T00:00:00Z"),
		});
		expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
		await expect(result.outputs?.rss).toMatchFileSnapshot("fixtures/site/rss.xml");
		await expect(result.outputs?.atom).toMatchFileSnapshot("fixtures/site/atom.xml");
		await expect(result.outputs?.json).toMatchFileSnapshot("fixtures/site/feed.json");
	});
});
