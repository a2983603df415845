import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import type { SourceEntry } from "../../src/load/list-sources.js";
import { readSource, readSourceHead } from "../../src/load/read-source.js";
import { makeConfig } from "../factories.js";
import { expectEntryAgreement, expectHeadAgreement, sourceEntryFor } from "./expect-head-agreement.js";

// A cold build scans unpublished articles from the first 4 KiB of each file. Whatever the head gives must be what
// the whole file gives: the same front matter text, so the same selection facts.

const config = makeConfig({ timezone: "Europe/Vilnius" });
const tmp = mkdtempSync(join(tmpdir(), "wirefeed-head-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const entryFor = (path: string, relPath = relative(tmp, path)): SourceEntry => sourceEntryFor(path, relPath);
const expectAgreement = (entry: SourceEntry): boolean => expectEntryAgreement(entry, config);

function write(name: string, content: string | Buffer): SourceEntry {
	const path = join(tmp, name);
	writeFileSync(path, content);
	return entryFor(path, name);
}

describe("readSourceHead", () => {
	test("gives the front matter of an ordinary article, up to its closing fence", () => {
		const entry = write("2020-09-14-plain.md", "---\ntitle: Talks in Sochi\ndate: 2020-09-14\n---\nThe body.\n");
		expect(readSourceHead(entry)?.text).toBe("---\ntitle: Talks in Sochi\ndate: 2020-09-14\n---\n");
		expect(expectAgreement(entry)).toBe(true);
	});

	test("strips a byte-order mark and turns CRLF into LF, as the full read does", () => {
		const entry = write("2020-09-14-crlf.md", "\uFEFF---\r\ntitle: Riga\r\ndate: 2020-09-14\r\n---\r\nBody\r\n");
		expect(readSourceHead(entry)?.text).toBe("---\ntitle: Riga\ndate: 2020-09-14\n---\n");
		expectAgreement(entry);
	});

	test("takes a fence on the last line without a newline only when the whole file was read", () => {
		const short = write("2020-09-14-short.md", "---\ntitle: Only front matter\n---");
		expect(readSourceHead(short)?.text).toBe("---\ntitle: Only front matter\n---");
		const long = write("2020-09-14-long.md", `---\ntitle: Long\nnote: ${"x".repeat(5000)}\n---`);
		expect(readSourceHead(long)).toBeUndefined();
	});

	test("gives up on front matter longer than the head, so the caller reads the whole file", () => {
		const entry = write("2020-09-14-big.md", `---\ntitle: Big\nsummary: ${"word ".repeat(1000)}\n---\nBody\n`);
		expect(readSourceHead(entry)).toBeUndefined();
	});

	test("gives up when the head holds what the full read refuses (NUL bytes, invalid UTF-8)", () => {
		expect(readSourceHead(write("2020-09-14-nul.md", "---\ntitle: A\0B\n---\nBody\n"))).toBeUndefined();
		const invalid = Buffer.concat([Buffer.from("---\ntitle: "), Buffer.from([0xc3, 0x28]), Buffer.from("\n---\n")]);
		expect(readSourceHead(write("2020-09-14-latin.md", invalid))).toBeUndefined();
	});

	test("does not look past the front matter: a body the full read refuses is left to the full read", () => {
		const entry = write("2020-09-14-binary-body.md", Buffer.from("---\ntitle: Binary body\n---\n\0\0\0"));
		expect(readSourceHead(entry)?.text).toBe("---\ntitle: Binary body\n---\n");
		expect("diagnostic" in readSource(entry, 1024)).toBe(true);
	});

	test("a missing file gives undefined, so the full read reports it", () => {
		expect(readSourceHead(entryFor(join(tmp, "gone.md")))).toBeUndefined();
	});

	test("agrees with the full read on every fixture and sample article", () => {
		const { files, scanned } = expectHeadAgreement([fileURLToPath(new URL("../fixtures/", import.meta.url))], config);
		expect(files).toBeGreaterThan(40);
		// Most articles have plain front matter: the comparison ran on them, not only on refusals.
		expect(scanned).toBeGreaterThan(files / 3);
	});

	test("agrees with the full read whatever the front matter's length and characters (property)", () => {
		const line = fc.stringMatching(/^[a-z]{1,8}: [^\n\r\0]{0,300}$/);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
				const text = ["---", "title: Property", "date: 2020-09-14", ...lines, "---", "Body."].join(eol);
				const entry = write("2020-09-14-property.md", text);
				// The head is read whenever the front matter fits in it.
				if (Buffer.byteLength(text) < 3500) expect(readSourceHead(entry)).toBeDefined();
				expectAgreement(entry);
			}),
			{ numRuns: 200 },
		);
	});
});
