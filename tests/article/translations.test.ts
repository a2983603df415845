import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { build } from "../../src/index.js";

// A post and its translations side by side, as a Gatsby or Hugo blog keeps them (`hooks/index.md`,
// `hooks/index.uk.md`): each translation is an item of its own, in its language, with an id and a link of its own.
let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-translations-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

async function buildFolder(files: Record<string, string>, language?: string) {
	const articlesDir = await mkdtemp(join(tmp, "articles-"));
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(articlesDir, path)), { recursive: true });
		await writeFile(join(articlesDir, path), text);
	}
	const config = { url: "https://blog.example/", ...(language !== undefined && { language }) };
	const now = new Date("2025-01-01T00:00:00Z");
	const result = await build({ config, articlesDir, cwd: tmp, write: false, cacheDir: false, now });
	const items = JSON.parse(result.outputs?.json ?? '{"items":[]}').items as {
		id: string;
		url: string;
		language?: string;
	}[];
	return { result, items: items.map(({ id, url, language }) => ({ id, url, language })) };
}

const post = (title: string, text: string) => `---\ntitle: ${title}\ndate: '2019-02-25'\n---\n\n${text}\n`;

test("translations in a post's folder are items of their own, not duplicates of the original", async () => {
	const { result, items } = await buildFolder({
		"hooks/index.md": post("Why hooks", "Hooks change how we write components."),
		"hooks/index.uk.md": post("Чому хуки", "Хуки змінюють те, як ми пишемо компоненти."),
		"hooks/index.ru.md": post("Зачем хуки", "Хуки меняют то, как мы пишем компоненты."),
	});
	expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
	expect(items.map((item) => item.url).sort()).toEqual([
		"https://blog.example/hooks-ru/",
		"https://blog.example/hooks-uk/",
		"https://blog.example/hooks/",
	]);
	expect(new Set(items.map((item) => item.id)).size).toBe(3);
	expect(items.find((item) => item.url.endsWith("/hooks-uk/"))?.language).toBe("uk");
});

test("a post in the feed's own language keeps the folder's name", async () => {
	const { items } = await buildFolder(
		{
			"pier/index.en.md": post("The pier", "The pier reopened."),
			"pier/index.fr.md": post("La jetée", "La jetée a rouvert."),
		},
		"en-GB",
	);
	expect(items.map((item) => item.url).sort()).toEqual(["https://blog.example/pier-fr/", "https://blog.example/pier/"]);
});
