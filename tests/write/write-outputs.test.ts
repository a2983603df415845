import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { lockOutput, OutputLockedError } from "../../src/write/lock-output.js";
import { writeOutputs } from "../../src/write/write-outputs.js";

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), "wirefeed-write-"));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe("writeOutputs", () => {
	test("writes new files and leaves unchanged ones untouched (mtime kept)", async () => {
		await writeOutputs(dir, [
			{ name: "rss.xml", content: "one" },
			{ name: "atom.xml", content: "two" },
		]);
		const before = await stat(join(dir, "rss.xml"));
		await new Promise((r) => setTimeout(r, 20));
		const results = await writeOutputs(dir, [
			{ name: "rss.xml", content: "one" },
			{ name: "atom.xml", content: "TWO" },
		]);
		expect(results.map((r) => r.changed)).toEqual([false, true]);
		expect((await stat(join(dir, "rss.xml"))).mtimeMs).toBe(before.mtimeMs);
		expect(await readFile(join(dir, "atom.xml"), "utf8")).toBe("TWO");
		expect((await readdir(dir)).sort()).toEqual(["atom.xml", "rss.xml"]);
	});

	test("a hand-edited file is replaced", async () => {
		await writeFile(join(dir, "rss.xml"), "edited by hand");
		await writeOutputs(dir, [{ name: "rss.xml", content: "fresh" }]);
		expect(await readFile(join(dir, "rss.xml"), "utf8")).toBe("fresh");
	});
});

describe("lockOutput", () => {
	test("a second build waits, then gives up with a clear error; the lock is released after", async () => {
		const release = await lockOutput(dir);
		await expect(lockOutput(dir, { waitMs: 300 })).rejects.toBeInstanceOf(OutputLockedError);
		await release();
		const again = await lockOutput(dir, { waitMs: 300 });
		await again();
	});
});
