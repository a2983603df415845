import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BuildResult } from "../../src/build-result.js";
import { build } from "../../src/index.js";

/** One item of the JSON Feed a folder built to. */
export interface FolderItem {
	readonly title: string;
	readonly summary?: string;
	readonly content_html: string;
	readonly date_published?: string;
	readonly tags?: readonly string[];
}

/**
 * Builds a plain articles folder of the files given (name → whole text), in memory, through the public API, with no
 * site detected and no cache: the result and the JSON Feed's items.
 */
export async function buildFolder(
	files: Readonly<Record<string, string>>,
	options: { readonly url?: string; readonly strict?: boolean } = {},
): Promise<{ readonly result: BuildResult; readonly items: readonly FolderItem[] }> {
	const dir = await mkdtemp(join(tmpdir(), "wirefeed-folder-"));
	try {
		for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
		const result = await build({
			config: { url: options.url ?? "https://harbour.example/" },
			articlesDir: dir,
			cwd: dir,
			write: false,
			cacheDir: false,
			site: false,
			...(options.strict !== undefined && { strict: options.strict }),
			now: new Date("2025-01-01T00:00:00Z"),
		});
		return { result, items: JSON.parse(result.outputs?.json ?? '{"items":[]}').items as FolderItem[] };
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
