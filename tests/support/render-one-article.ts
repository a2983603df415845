import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../../src/index.js";

/** Builds one article file (name and whole text) alone, in memory, through the public API: its item's HTML. */
export async function renderOneArticle(name: string, text: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), "wirefeed-article-"));
	try {
		await writeFile(join(dir, name), text);
		const result = await build({
			config: { url: "https://harbour.example/" },
			articlesDir: dir,
			cwd: dir,
			write: false,
			cacheDir: false,
			site: false,
			now: new Date("2025-01-01T00:00:00Z"),
		});
		return (JSON.parse(result.outputs?.json ?? "{}").items[0].content_html as string).trim();
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
