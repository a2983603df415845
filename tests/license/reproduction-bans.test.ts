import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { build } from "../../src/index.js";

// A notice that forbids reproduction is one wording list: what `content: "by-rights"` shortens an item for is also
// what the cleaner recognises as the item's notice at the end of its body (else the notice stays article text, and
// the item goes out in full).
let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-bans-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

const BODY = [
	"The lighthouse keeper retired after thirty winters on the rock.",
	"",
	"A new lamp, run from the shore, will be lit in the spring.",
	"",
].join("\n");

test.each([
	["Keeper retires", "Harbour Wire reports may not be published, broadcast, rewritten and redistributed."],
	["Lamp replaced", "Redistribution is strictly prohibited without a licence from Harbour Wire."],
	["Rock abandoned", "This report may not be copied without the consent of Harbour Wire."],
	// The agency's own languages (BNS writes Lithuanian and Russian too).
	["Keeper honoured", "Draudžiama Uosto žinių informaciją skelbti be raštiško UAB „Uosto žinios“ sutikimo."],
	["Lamp lit", "Перепечатка материалов «Портовых новостей» без письменного согласия редакции запрещена."],
	["Rock charted", "Nachdruck nur mit schriftlicher Genehmigung der Hafenzeitung."],
])("%s: a body ending %j is shortened under by-rights, the ban being its notice", async (title, notice) => {
	const dir = join(tmp, title.replaceAll(" ", "-"));
	await mkdir(dir);
	await writeFile(join(dir, "post.md"), `---\ntitle: ${title}\ndate: 2024-03-01\n---\n\n${BODY}\n${notice}\n`);
	const result = await build({
		config: { url: "https://wire.example/", content: "by-rights", summaryLength: 40 },
		articlesDir: dir,
		cwd: tmp,
		write: false,
		cacheDir: false,
		now: new Date("2025-01-01T00:00:00Z"),
	});
	const [item] = JSON.parse(result.outputs?.json ?? "{}").items;
	expect(item._rights?.text).toBe(notice);
	expect(result.items[0]?.fullText?.rule).toBe("rights/forbids-reproduction");
	// The summary, a link and the notice, shown once.
	expect(item.content_html).not.toContain("A new lamp");
	expect(item.content_html.split(notice)).toHaveLength(2);
});
