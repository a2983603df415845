import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readdir, readFile, readlink, realpath, rename, symlink, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build } from "../../src/index.js";
import { COMPANION, copyFixtures, makeSiteConfig, NOW, useTempDirs } from "./support.js";

const tempDir = useTempDirs();
const CANARY = "SECRET-CANARY-7f3a";

// Flips `link` between two targets as fast as it can, each time atomically (a new link renamed over the old one), so
// the article file is always a link, pointing inside the articles folder one moment and outside the next.
const FLIPPER = `
const { symlinkSync, renameSync, rmSync } = require("node:fs");
const [link, inside, outside] = process.argv.slice(1);
const temp = require("node:path").join(require("node:path").dirname(link), ".flip");
for (let i = 0; ; i++) {
	rmSync(temp, { force: true });
	symlinkSync(i % 2 === 0 ? outside : inside, temp);
	renameSync(temp, link);
}
`;

// Flips the folder `desk` between a real folder inside the articles folder and a link to one outside, each step one
// atomic rename: the folder is real, missing, a link, missing, real again.
const FOLDER_FLIPPER = `
const { renameSync } = require("node:fs");
const { join } = require("node:path");
const [articles] = process.argv.slice(1);
const desk = join(articles, "desk"), real = join(articles, ".real-desk"), link = join(articles, ".link-desk");
for (;;) {
	renameSync(desk, real);
	renameSync(link, desk);
	renameSync(desk, link);
	renameSync(real, desk);
}
`;

// Descriptors of this process open on `folder` or anything in it (Linux: /proc/self/fd).
async function descriptorsInside(folder: string): Promise<string[]> {
	const open: string[] = [];
	for (const fd of await readdir("/proc/self/fd").catch(() => [])) {
		const target = await readlink(join("/proc/self/fd", fd)).catch(() => "");
		if (target === folder || target.startsWith(`${folder}/`)) open.push(target);
	}
	return open;
}

async function readTree(root: string): Promise<string> {
	let text = "";
	for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) text += await readFile(join(entry.parentPath, entry.name), "utf8").catch(() => "");
	}
	return text;
}

describe("security: a symbolic link flipped between a file inside and one outside the folder (issue #11, finding 3)", () => {
	test("never publishes the outside file, in 40 builds while it flips, nor from the cache once it stops", {
		timeout: 180_000,
	}, async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		await copyFixtures([COMPANION], articles);
		await mkdir(join(articles, "kept"));
		const inside = join(articles, "kept", "inside.md");
		const outside = join(tmp, "secret.md");
		await writeFile(inside, "---\ntitle: Inside\ndate: 2021-07-01\n---\n\nA harmless article inside the folder.\n");
		await writeFile(outside, `---\ntitle: ${CANARY}\ndate: 2021-07-01\n---\n\n${CANARY} must never be published.\n`);
		const link = join(articles, "flipping.md");
		await symlink(inside, link);
		const config = makeSiteConfig({ ignore: ["kept/**"] });
		const run = (outDir: string) =>
			build({ config, articlesDir: "articles", outDir, cacheDir: "cache", now: NOW, cwd: tmp });

		const flipper: ChildProcess = spawn(process.execPath, ["-e", FLIPPER, link, inside, outside], { stdio: "ignore" });
		try {
			for (let round = 0; round < 40; round++) {
				const result = await run(`out-${round % 2}`);
				expect(JSON.stringify(result.outputs ?? {}), `build ${round}`).not.toContain(CANARY);
				expect(JSON.stringify(result.items), `build ${round}`).not.toContain(CANARY);
			}
		} finally {
			flipper.kill("SIGKILL");
			await new Promise((done) => flipper.once("exit", done));
		}
		// Back to the inside file for good: whatever the cache kept, the secret is not in it and is not served.
		await rename(link, `${link}.old`);
		await symlink(inside, link);
		const settled = await run("out-final");
		expect(settled.items.map((item) => item.title).sort()).toEqual([
			"Harbour ferry returns to the winter timetable",
			"Inside",
		]);
		expect(await readTree(tmp)).toContain("A harmless article inside the folder.");
		for (const folder of ["out-0", "out-1", "out-final", "cache"]) {
			expect(await readTree(join(tmp, folder)).catch(() => ""), folder).not.toContain(CANARY);
		}
	});

	test("never publishes files of an outside folder swapped in for a folder of articles while it is read, in 40 builds", {
		timeout: 180_000,
	}, async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		await copyFixtures([COMPANION], articles);
		const outside = join(tmp, "outside-desk");
		await mkdir(join(articles, "desk"));
		await mkdir(outside);
		// Several files in the folder: the scan opens a folder's files one after the other, through the folder.
		for (const name of ["a-ferry.md", "b-tides.md", "c-harbour.md", "d-pier.md"]) {
			await writeFile(join(articles, "desk", name), `---\ntitle: Desk ${name}\ndate: 2021-07-01\n---\n\nHarmless.\n`);
			await writeFile(join(outside, name), `---\ntitle: ${CANARY}\ndate: 2021-07-02\n---\n\n${CANARY} never.\n`);
		}
		await symlink(outside, join(articles, ".link-desk"));
		const config = makeSiteConfig();
		const flipper: ChildProcess = spawn(process.execPath, ["-e", FOLDER_FLIPPER, articles], { stdio: "ignore" });
		let published = 0;
		try {
			for (let round = 0; round < 40; round++) {
				const result = await build({
					config,
					articlesDir: "articles",
					outDir: "out",
					cacheDir: false,
					now: NOW,
					cwd: tmp,
				});
				expect(JSON.stringify(result.outputs ?? {}), `build ${round}`).not.toContain(CANARY);
				expect(JSON.stringify(result.items), `build ${round}`).not.toContain(CANARY);
				published += result.items.filter((item) => item.title.startsWith("Desk ")).length;
			}
		} finally {
			flipper.kill("SIGKILL");
			await new Promise((done) => flipper.once("exit", done));
		}
		// The race was run: the folder's own files were read in some builds.
		expect(published).toBeGreaterThan(0);
		expect(await descriptorsInside(await realpath(articles))).toEqual([]);
	});

	test("a link swapped to another file of the same size and mtime is read again, not served from the cache", {
		timeout: 60_000,
	}, async () => {
		const tmp = await tempDir();
		const articles = join(tmp, "articles");
		await copyFixtures([COMPANION], articles);
		await mkdir(join(articles, "kept"));
		const first = join(articles, "kept", "first.md");
		const second = join(articles, "kept", "second.md");
		// Same length, same mtime: only the device and inode tell them apart.
		await writeFile(first, "---\ntitle: First\ndate: 2021-07-01\n---\n\nThe first version.\n");
		await writeFile(second, "---\ntitle: Other\ndate: 2021-07-01\n---\n\nThe other version.\n");
		const when = new Date("2021-07-01T12:00:00Z");
		await utimes(first, when, when);
		await utimes(second, when, when);
		const link = join(articles, "linked.md");
		await symlink(first, link);
		const config = makeSiteConfig({ ignore: ["kept/**"] });
		const run = () => build({ config, articlesDir: "articles", outDir: "out", cacheDir: "cache", now: NOW, cwd: tmp });
		expect((await run()).items.map((item) => item.title)).toContain("First");
		await rename(link, join(articles, ".old-link"));
		await symlink(second, link);
		const again = await run();
		expect(again.items.map((item) => item.title)).toContain("Other");
		expect(JSON.stringify(again.outputs ?? {})).toContain("The other version.");
	});
});
