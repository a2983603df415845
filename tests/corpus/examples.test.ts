import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, test } from "vitest";
import { renderBodyHtml } from "../../src/body/to-html.js";
import { cleanHtml } from "../../src/clean/index.js";
import { createContext } from "../clean/helpers.js";
import { EXAMPLES_DIR } from "../support/shared-dirs.js";

// The owner's example (../shared/examples), read in place: the BNS story this product exists for.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function wirefeed(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[join(ROOT, "bin/wirefeed.js"), ...args],
			{ cwd: ROOT, timeout: 60_000 },
			(error, stdout, stderr) => {
				resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr });
			},
		);
	});
}

let tmp: string;
beforeEach(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-examples-"));
});
afterEach(async () => {
	await rm(tmp, { recursive: true, force: true });
});

describe("the owner's BNS example, cleaned", () => {
	it("extracts the BNS notice from the seed example", () => {
		const text = readFileSync(join(EXAMPLES_DIR, "2020-09-14-bns-lukashenko.txt"), "utf8");
		const body = text.slice(text.indexOf("\n") + 1);
		const result = cleanHtml(renderBodyHtml("text", body), createContext());
		expect(result.notice).toBe(
			"It is not allowed to publish, quote or reproduce the information of the BNS news agency in the media and on websites without the written consent of the UAB “BNS”.",
		);
		expect(result.html).not.toContain("[ad_");
		expect(result.html).not.toContain("BNS news agency");
		expect(result.html).toMatch(/^<p>He also noted that Mr\. Lukashenko/);
		expect(result.html).toMatch(/is the internal process of Belarus “\.<\/p>$/);
	});
});

describe("the article this product exists for, built by the CLI", () => {
	test("the bare BNS text file becomes one valid item whose rights are the BNS notice, shown once", async () => {
		const out = join(tmp, "out");
		const examples = EXAMPLES_DIR;
		const run = await wirefeed(["build", "--articles", examples, "--out", out]);
		expect(run.code).toBe(0);
		const { XMLParser } = await import("fast-xml-parser");
		const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "entry" });
		const rss = parser.parse(await readFile(join(out, "rss.xml"), "utf8")).rss.channel.item;
		const atom = parser.parse(await readFile(join(out, "atom.xml"), "utf8")).feed.entry;
		const json = JSON.parse(await readFile(join(out, "feed.json"), "utf8")).items;
		expect([rss.length, atom.length, json.length]).toEqual([1, 1, 1]);
		const notice =
			/^It is not allowed to publish, quote or reproduce the information of the BNS news agency .* without the written consent of the UAB “BNS”\.$/;
		expect(rss[0].title).toBe("Moscow says it considers Lukashenko the legitimate leader of Belarus");
		expect(rss[0]["dc:rights"]).toMatch(notice);
		expect(atom[0].rights).toMatch(notice);
		expect(json[0]._rights.text).toMatch(notice);
		expect(json[0].date_published).toBe("2020-09-14T00:00:00.000Z");
		const content: string = json[0].content_html;
		expect(content).not.toContain("[ad_");
		expect(content.match(/It is not allowed to publish/g)).toHaveLength(1);
		expect(content).toMatch(/<p class="rights">It is not allowed to publish[^<]*<\/p>$/);
		expect(content).toContain(
			"Kremlin: Putin and Lukashenko have not discussed establishing a Russian base in exchange for support",
		);
	});
});
