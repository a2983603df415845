import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { build } from "../../src/index.js";

// A site's own config is read as wirefeed's is (one parser per format): a broken one is named by its format and line.
let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-site-config-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

test("a Jekyll _config.yml that is not valid YAML is reported with its format and line, before the url it lacks", async () => {
	await mkdir(join(tmp, "_posts"));
	await writeFile(
		join(tmp, "_config.yml"),
		"title: Lighthouse notes\ndescription: [never closed\nurl: https://lighthouse.example/\n",
	);
	await writeFile(join(tmp, "_posts", "2024-02-01-lamp.md"), "---\ntitle: The lamp\n---\n\nThe lamp was lit.\n");
	const result = await build({
		cwd: tmp,
		write: false,
		cacheDir: false,
		now: new Date("2025-01-01T00:00:00Z"),
	});
	// The url is in the file, so "no url" alone would send the user looking in the wrong place.
	expect(result.outputs).toBeUndefined();
	expect(result.diagnostics.map((d) => d.rule).slice(0, 2)).toEqual(["site/unreadable-config", "site/missing-url"]);
	expect(result.diagnostics[0]?.message).toMatch(
		/^_config\.yml is not valid YAML \(line \d\): .+; its settings were not used$/,
	);
});
