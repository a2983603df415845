import { fileURLToPath } from "node:url";
import { build } from "../../src/build.js";
import type { BuildResult } from "../../src/build-result.js";

/** A fixture site's folder (tests/fixtures/sites/NAME). */
export function fixtureSite(name: string): string {
	return fileURLToPath(new URL(`../fixtures/sites/${name}/`, import.meta.url));
}

/** One item of a built feed, as the JSON Feed has it. */
export interface BuiltItem {
	readonly id: string;
	readonly url: string;
	readonly title: string;
	readonly published: string;
	readonly summary: string;
	readonly html: string;
	readonly tags: readonly string[];
	readonly image?: string;
}

/** Builds a site zero-config, in memory (nothing written, no cache), as `wirefeed build` in its folder would. */
export async function buildSite(root: string, now: Date): Promise<{ result: BuildResult; items: BuiltItem[] }> {
	const result = await build({ cwd: root, write: false, cacheDir: false, now });
	const json = result.outputs === undefined ? { items: [] } : JSON.parse(result.outputs.json);
	const items = (json.items as Record<string, unknown>[]).map((item) => ({
		id: String(item.id),
		url: String(item.url),
		title: String(item.title),
		published: String(item.date_published),
		summary: String(item.summary ?? ""),
		html: String(item.content_html ?? ""),
		tags: (item.tags as string[] | undefined) ?? [],
		...(typeof item.image === "string" && { image: item.image }),
	}));
	return { result, items };
}
