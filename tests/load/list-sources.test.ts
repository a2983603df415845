import {
	appendFileSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	statSync,
	symlinkSync,
	utimesSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { fileIdOf, listSources, type SourceEntry } from "../../src/load/list-sources.js";
import { readSource, readSourceHead } from "../../src/load/read-source.js";

const tmp = mkdtempSync(join(tmpdir(), "wirefeed-list-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("listSources", () => {
	// A site whose articles folder is a link (a shared mount, a monorepo) must show the paths the user typed, not
	// ../../real/place/… from the resolved target.
	test("names files by the folder as given when the articles folder is reached through a symbolic link", () => {
		const real = join(tmp, "storage", "posts");
		mkdirSync(real, { recursive: true });
		writeFileSync(join(real, "2021-01-01-hello.md"), "---\ntitle: Hello\n---\nText.\n");
		const project = join(tmp, "project");
		mkdirSync(project);
		symlinkSync(real, join(project, "articles"));
		const listing = listSources(join(project, "articles"), { cwd: project, ignore: [] });
		expect(listing.entries.map((entry) => entry.file)).toEqual([join("articles", "2021-01-01-hello.md")]);
		expect(listing.diagnostics).toEqual([]);
	});

	// A first build (no cache yet) lists names only and takes each file's stats when it opens it to read its head: the
	// cache and the stamp it writes must hold what a listing with stats gives the next build, or nothing is skipped.
	test("without stats, each file's size, mtime and identity are those of its first opening, before it is read", () => {
		const dir = join(tmp, "unstated");
		mkdirSync(join(dir, "news"), { recursive: true });
		writeFileSync(join(dir, "news", "2021-02-01-port.md"), "---\ntitle: Port reopens\n---\nShips moved again.\n");
		writeFileSync(join(dir, "2021-02-02-rain.md"), "---\ntitle: Rain\n---\nIt rained all week.\n");
		symlinkSync(join(dir, "2021-02-02-rain.md"), join(dir, "2021-02-03-rain-again.md"));
		const opts = { cwd: dir, ignore: [] };
		const stated = listSources(dir, opts).entries;
		const listed = listSources(dir, { ...opts, withStats: false }).entries;
		const statsOf = (entries: readonly SourceEntry[]) =>
			entries.map(({ relPath, size, mtimeMs, fileId }) => ({ relPath, size, mtimeMs, fileId }));
		// Links are checked to lead inside when listed, and keep the stats of that check.
		expect(listed.map((entry) => entry.size === -1)).toEqual([true, false, true]);
		for (const entry of listed) expect(readSourceHead(entry)?.text).toMatch(/^---\ntitle: /);
		expect(statsOf(listed)).toEqual(statsOf(stated));
		const port = lstatSync(join(dir, "news", "2021-02-01-port.md"));
		expect(statsOf(listed)[2]).toEqual({
			relPath: "news/2021-02-01-port.md",
			size: port.size,
			mtimeMs: port.mtimeMs,
			fileId: fileIdOf(port),
		});

		// Changed after its first opening: the entry keeps what the file was when first opened, so the next build sees
		// another size and mtime than the cache recorded, and reads it again.
		const rain = listed[0] as SourceEntry;
		appendFileSync(rain.path, "And on Sunday.\n");
		utimesSync(rain.path, new Date("2030-01-01T00:00:00Z"), new Date("2030-01-01T00:00:00Z"));
		const whole = readSource(rain, 1 << 20);
		expect("source" in whole && whole.source.text).toContain("And on Sunday.");
		expect(rain.size).toBe(stated[0]?.size);
		expect(rain.mtimeMs).toBe(stated[0]?.mtimeMs);
		expect(statSync(rain.path).size).toBeGreaterThan(rain.size);
	});
});
