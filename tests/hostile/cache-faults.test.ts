import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BUILD_ARGS, COMPANION, copyFixtures, OUT_NAMES, readFeeds, runCli, SITE, useTempDirs } from "./support.js";

const tempDir = useTempDirs();

/** `wirefeed build --json` with the cache on, in `cacheDir` when given (else the default, beside the config). */
function buildArgs(cacheDir?: string): string[] {
	const cached = BUILD_ARGS.filter((arg) => arg !== "--no-cache");
	return [...cached, "--json", ...(cacheDir === undefined ? [] : ["--cache-dir", cacheDir])];
}

interface JsonReport {
	readonly exitCode: number;
	readonly status: string;
	readonly published: number;
	readonly diagnostics: readonly { rule: string; severity: string; file?: string; message: string }[];
}

async function makeSite(): Promise<string> {
	const tmp = await tempDir();
	await copyFixtures([COMPANION], join(tmp, "articles"));
	await writeFile(join(tmp, "site.json"), JSON.stringify(SITE));
	return tmp;
}

async function buildJson(
	tmp: string,
	cacheDir?: string,
): Promise<{ code: number | null; report: JsonReport; text: string }> {
	const run = await runCli(buildArgs(cacheDir), { cwd: tmp });
	let report: JsonReport;
	try {
		report = JSON.parse(run.stdout);
	} catch {
		throw new Error(`no JSON report (exit ${run.code}): ${run.stdout}${run.stderr}`);
	}
	return { code: run.code, report, text: run.stdout + run.stderr };
}

const ADDED = "---\ntitle: Tram line opens\ndate: 2021-06-01\n---\n\nThe new tram line opened on Sunday.\n";

/** The feeds were written: exit 0, the files there, both articles in them, no error and no false "left as they were". */
async function expectWritten(
	tmp: string,
	run: { code: number | null; report: JsonReport; text: string },
): Promise<void> {
	expect(run.code, run.text).toBe(0);
	expect(run.report.status).toBe("written");
	expect(run.report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
	expect(run.text).not.toMatch(/left as they were/);
	expect((await readdir(join(tmp, "out"))).sort()).toEqual([...OUT_NAMES]);
	expect((await readFeeds(join(tmp, "out"))).json).toContain("Tram line opens");
}

describe("security: a cache that cannot be written never fails a build whose feeds were written (issue #11, finding 6)", () => {
	test("--cache-dir names a file: feeds written, exit 0, a cache/unwritable warning naming it", async () => {
		const tmp = await makeSite();
		await writeFile(join(tmp, "articles", "tram.md"), ADDED);
		await writeFile(join(tmp, "cache"), "not a folder\n");
		const run = await buildJson(tmp, "cache");
		await expectWritten(tmp, run);
		const warning = run.report.diagnostics.find((d) => d.rule === "cache/unwritable");
		expect(warning).toMatchObject({ severity: "warning", file: "cache" });
		// And again: a cache that is never written must not stop later builds either.
		const again = await buildJson(tmp, "cache");
		await expectWritten(tmp, again);
		expect(await readFile(join(tmp, "cache"), "utf8")).toBe("not a folder\n");
	});

	test("the default cache folder's parent is a file: feeds written, exit 0, the warning names the folder", async () => {
		const tmp = await makeSite();
		await writeFile(join(tmp, "articles", "tram.md"), ADDED);
		await mkdir(join(tmp, "node_modules"));
		await writeFile(join(tmp, "node_modules", ".cache"), "");
		const run = await buildJson(tmp);
		await expectWritten(tmp, run);
		expect(run.report.diagnostics.find((d) => d.rule === "cache/unwritable")).toMatchObject({
			severity: "warning",
			file: join("node_modules", ".cache", "wirefeed"),
		});
	});

	// Root writes into a read-only folder anyway: this case needs an ordinary user (the ones above hold for both).
	test.skipIf(process.getuid?.() === 0)(
		"a read-only cache folder (0500): feeds written, exit 0, a warning",
		async () => {
			const tmp = await makeSite();
			await writeFile(join(tmp, "articles", "tram.md"), ADDED);
			await mkdir(join(tmp, "cache"));
			await chmod(join(tmp, "cache"), 0o500);
			try {
				const run = await buildJson(tmp, "cache");
				await expectWritten(tmp, run);
				expect(run.report.diagnostics.map((d) => d.rule)).toContain("cache/unwritable");
			} finally {
				await chmod(join(tmp, "cache"), 0o700);
			}
		},
	);
});

/** The damaged lines tried: torn, not cache lines at all, or cache lines of the wrong shape. */
const DAMAGED_LINES: readonly { readonly name: string; readonly line: (generation: string) => string }[] = [
	{ name: "null", line: () => "null" },
	{ name: "a number", line: () => "42" },
	{ name: "a string", line: () => '"sources"' },
	{ name: "an array", line: () => "[1,2,3]" },
	{ name: "a torn line", line: (generation) => `{"generation":"${generation}","sour` },
	{ name: "sources null", line: (generation) => JSON.stringify({ generation, sources: null, entries: {} }) },
	{
		name: "a source that is not a record",
		line: (generation) => JSON.stringify({ generation, sources: { "good-companion.md": 7 }, entries: {} }),
	},
	{
		name: "an entry that is not a record",
		line: (generation) => JSON.stringify({ generation, sources: {}, entries: { "good-companion.md": "x" } }),
	},
];

describe("security: a damaged cache is rebuilt, never a failed build (issue #11, finding 6)", () => {
	async function cacheFiles(tmp: string): Promise<{ snapshot: string; journal: string; stamp: string }> {
		const names = await readdir(join(tmp, "cache"));
		const snapshot = names.find((name) => /^build-[0-9a-f]+\.json$/.test(name));
		if (snapshot === undefined) throw new Error(`no snapshot in ${names}`);
		return {
			snapshot: join(tmp, "cache", snapshot),
			journal: join(tmp, "cache", snapshot.replace(/\.json$/, ".journal.ndjson")),
			stamp: join(tmp, "cache", snapshot.replace(/\.json$/, ".stamp.json")),
		};
	}

	test.each(DAMAGED_LINES)("a journal line that is $name: exit 0, every article published", async ({ line }) => {
		const tmp = await makeSite();
		expect((await buildJson(tmp, "cache")).code).toBe(0);
		const { snapshot, journal } = await cacheFiles(tmp);
		const generation = JSON.parse((await readFile(snapshot, "utf8")).split("\n")[0] ?? "{}").generation;
		await writeFile(journal, `${line(generation)}\n`);
		// A new article, so the build does not stop at the stamp and reads the cache.
		await writeFile(join(tmp, "articles", "tram.md"), ADDED);
		const run = await buildJson(tmp, "cache");
		await expectWritten(tmp, run);
		expect(run.report.published).toBe(2);
		// And the next build, from whatever cache this one wrote.
		await writeFile(join(tmp, "articles", "tram.md"), ADDED.replace("Sunday", "Monday"));
		const next = await buildJson(tmp, "cache");
		await expectWritten(tmp, next);
		expect((await readFeeds(join(tmp, "out"))).json).toContain("Monday");
	});

	const SNAPSHOT_LINES: typeof DAMAGED_LINES = [
		...DAMAGED_LINES,
		{ name: "a source record of null", line: () => '["good-companion.md",null]' },
		{ name: "a source record of a number", line: () => '["good-companion.md",7]' },
		{ name: "a source record without a name", line: () => "[null,[1,2]]" },
	];

	test.each(SNAPSHOT_LINES)("a snapshot line that is $name: exit 0, every article published", async ({ line }) => {
		const tmp = await makeSite();
		expect((await buildJson(tmp, "cache")).code).toBe(0);
		const { snapshot } = await cacheFiles(tmp);
		const lines = (await readFile(snapshot, "utf8")).split("\n");
		const generation = JSON.parse(lines[0] ?? "{}").generation;
		// Line 1 is the companion's source record.
		lines[1] = line(generation);
		await writeFile(snapshot, lines.join("\n"));
		await writeFile(join(tmp, "articles", "tram.md"), ADDED);
		const run = await buildJson(tmp, "cache");
		await expectWritten(tmp, run);
		expect(run.report.published).toBe(2);
	});

	const STAMP_EDITS: readonly { readonly name: string; readonly edit: (stamp: Record<string, unknown>) => unknown }[] =
		[
			{ name: "only its schema and key", edit: (stamp) => ({ schema: stamp.schema, key: stamp.key }) },
			{ name: "a result that is null", edit: (stamp) => ({ ...stamp, result: null }) },
			{ name: "outputs that are a string", edit: (stamp) => ({ ...stamp, outputs: "x" }) },
			{ name: "a listing that is a number", edit: (stamp) => ({ ...stamp, listing: 5 }) },
		];
	// With the articles as they were, the build asks the stamp whether anything changed; with a new one, how many
	// article files the last build had (the shrink guard).
	test.each(STAMP_EDITS.flatMap((stampEdit) => [false, true].map((isChanged) => ({ ...stampEdit, isChanged }))))(
		"a stamp with $name (articles changed: $isChanged): exit 0, the feeds built",
		async ({ edit, isChanged }) => {
			const tmp = await makeSite();
			expect((await buildJson(tmp, "cache")).code).toBe(0);
			const { stamp } = await cacheFiles(tmp);
			await writeFile(stamp, JSON.stringify(edit(JSON.parse(await readFile(stamp, "utf8")))));
			if (isChanged) await writeFile(join(tmp, "articles", "tram.md"), ADDED);
			const run = await buildJson(tmp, "cache");
			expect(run.code, run.text).toBe(0);
			expect(run.report.status).toBe("written");
			expect(run.report.published).toBe(isChanged ? 2 : 1);
			expect((await readdir(join(tmp, "out"))).sort()).toEqual([...OUT_NAMES]);
		},
	);
});
