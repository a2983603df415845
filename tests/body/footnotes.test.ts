import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { build } from "../../src/index.js";

// Hugo (goldmark), Jekyll (kramdown) and Zola all read `[^name]` footnotes by default; a reader must never see the
// raw markers or the definitions as text.
let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-footnotes-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

test("Markdown footnotes become numbered references and a list of notes at the end", async () => {
	await mkdir(join(tmp, "articles"));
	const body = [
		"The harbour master counted the boats twice.[^count] Nobody asked why.[^why-not]",
		"",
		"The tide came in at noon.",
		"",
		"[^count]: Once at dawn and once at dusk.",
		"[^why-not]: Asking was not the custom.",
	].join("\n");
	await writeFile(join(tmp, "articles", "boats.md"), `---\ntitle: Counting boats\ndate: 2024-05-01\n---\n\n${body}\n`);
	const result = await build({
		config: { url: "https://harbour.example/" },
		articlesDir: "articles",
		cwd: tmp,
		write: false,
		cacheDir: false,
		now: new Date("2025-01-01T00:00:00Z"),
	});
	const html = JSON.parse(result.outputs?.json ?? "{}").items[0].content_html as string;
	expect(html).not.toContain("[^");
	expect(html).toContain("counted the boats twice.<sup>[1]</sup> Nobody asked why.<sup>[2]</sup>");
	// No link to an anchor: ids do not survive sanitizing, so it could only open the website.
	expect(html).not.toMatch(/#fn/);
	expect(html).toMatch(/<li[^>]*>\s*<p>Once at dawn and once at dusk\./);
	expect(html).toMatch(/<li[^>]*>\s*<p>Asking was not the custom\./);
	// The notes come after the article's text.
	expect(html.indexOf("Once at dawn")).toBeGreaterThan(html.indexOf("The tide came in at noon."));
});
