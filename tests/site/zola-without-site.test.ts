import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { build } from "../../src/index.js";

// A Zola site's pages copied into a plain articles folder (no config.toml, so no site is detected): their `@/` links
// name pages by their path under content/, and their shortcodes are the site's own templates.
let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-zola-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

test("a copied Zola page links @/ paths to the folder's posts and keeps its shortcodes' text and pictures", async () => {
	const articlesDir = await mkdtemp(join(tmp, "articles-"));
	await writeFile(join(articlesDir, "other.md"), '+++\ntitle = "Other"\ndate = 2023-04-01\n+++\n\nOther text.\n');
	await writeFile(
		join(articlesDir, "post.md"),
		[
			"+++",
			'title = "Pond post"',
			"date = 2023-05-01",
			"+++",
			"",
			"Intro.",
			"",
			'{% note(header="Heads up") %}',
			"The ice is thin.",
			"{% end %}",
			"",
			'{{ figure(src="/img/a.png", caption="A figure") }}',
			"",
			"See [the other post](@/blog/other.md) and [a gone one](@/blog/gone.md).",
			"",
		].join("\n"),
	);
	const result = await build({
		config: { url: "https://pond.example/" },
		articlesDir,
		cwd: tmp,
		write: false,
		cacheDir: false,
		site: false,
		now: new Date("2025-01-01T00:00:00Z"),
	});
	const items = JSON.parse(result.outputs?.json ?? "{}").items as { title: string; content_html: string }[];
	const html = items.find((item) => item.title === "Pond post")?.content_html ?? "";
	expect(html).toContain("<blockquote>\n<p><strong>Heads up</strong></p>\n<p>The ice is thin.</p>\n</blockquote>");
	expect(html).toContain(
		'<figure><img src="https://pond.example/img/a.png" alt=""><figcaption>A figure</figcaption></figure>',
	);
	expect(html).toContain('<p>See <a href="https://pond.example/other/">the other post</a> and a gone one.</p>');
	expect(result.diagnostics.map((diagnostic) => diagnostic.rule)).not.toContain("clean/template-tag-removed");
	expect(result.diagnostics.filter((diagnostic) => diagnostic.rule === "site/unresolved-link")).toHaveLength(1);
});
