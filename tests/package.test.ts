import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { REPO_ROOT } from "./support/build-feeds.js";
import { readReadmeExamples } from "./support/readme-examples.js";
import { type CommandResult, runCommand } from "./support/run-command.js";

// What a user does: pack wirefeed, install the tarball into a new project (offline: the package has no dependencies),
// then run the command, import the library from ESM and type-check a TypeScript consumer against the shipped types.
// The tarball is packed once, from the dist/ that `npm test` builds first (pretest), as `npm pack` would after its
// prepack script.

const SAMPLES = join(REPO_ROOT, "tests", "fixtures", "site", "articles");
const TSC = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
const NOW = "2026-01-01T00:00:00Z";

// A user's shell, not npm's: `npm test` exports npm_config_* and npm_package_* variables that would steer the npm
// commands below (and tell them they run inside wirefeed's own package).
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));

let tmp: string;
let project: string;
let tarball: string;
let packedFiles: string[];

async function run(file: string, args: readonly string[], cwd = project): Promise<CommandResult> {
	return runCommand(file, args, { cwd, env: userEnv, timeout: 120_000 });
}

function expectSuccess(result: CommandResult): void {
	expect(result, `${result.stdout}\n${result.stderr}`).toMatchObject({ code: 0 });
}

beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-package-"));
	// Readable by every user, for the read-only run below.
	await chmod(tmp, 0o755);
	const packed = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], REPO_ROOT);
	expectSuccess(packed);
	const [report] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
	tarball = join(tmp, report?.filename ?? "no tarball");
	packedFiles = (report?.files ?? []).map((file) => file.path).sort();

	project = join(tmp, "site");
	await mkdir(project);
	expectSuccess(await run("npm", ["init", "-y"]));
	expectSuccess(await run("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball]));
	const manifest = JSON.parse(await readFile(join(project, "package.json"), "utf8")) as Record<string, unknown>;
	await writeFile(
		join(project, "package.json"),
		JSON.stringify({
			...manifest,
			type: "module",
			wirefeed: { url: "https://news.example.org/", title: "Site", rights: "© Site" },
		}),
	);
	await cp(SAMPLES, join(project, "articles"), { recursive: true });
}, 300_000);

afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

describe("the packed tarball", () => {
	test("holds only what a user needs: the command, the bundles, their types and licences, the docs", () => {
		expect(packedFiles).toEqual([
			"CHANGELOG.md",
			"LICENSE",
			"README.md",
			"SECURITY.md",
			"bin/code-cache.js",
			"bin/wirefeed.js",
			"dist/THIRD-PARTY-LICENSES",
			"dist/index.d.ts",
			"dist/index.js",
			"dist/replay.cjs",
			"dist/wirefeed.cjs",
			"package.json",
		]);
	});

	test("has a package.json npm publishes as it is (npm pkg fix changes nothing)", async () => {
		// `npm publish` silently "corrects" what `npm pkg fix` would, and a corrected bin path is dropped from the package.
		const dir = join(tmp, "pkg-fix");
		await mkdir(dir);
		const manifest = await readFile(join(REPO_ROOT, "package.json"), "utf8");
		await writeFile(join(dir, "package.json"), manifest);
		await cp(join(REPO_ROOT, "bin"), join(dir, "bin"), { recursive: true });
		expectSuccess(await run("npm", ["pkg", "fix"], dir));
		expect(JSON.parse(await readFile(join(dir, "package.json"), "utf8"))).toEqual(JSON.parse(manifest));
	});

	test("installs as one package of at most 6 MB: everything it runs is bundled", async () => {
		expect(packageJson).not.toHaveProperty("dependencies");
		const installed = await readdir(join(project, "node_modules"));
		expect(installed.filter((name) => !name.startsWith("."))).toEqual(["wirefeed"]);
		expect(await folderSize(join(project, "node_modules", "wirefeed"))).toBeLessThanOrEqual(6 * 1024 * 1024);
	});

	test("its types import nothing, and every type they mention can be imported by name", async () => {
		const shipped = await readFile(join(project, "node_modules", "wirefeed", "dist", "index.d.ts"), "utf8");
		const types = shipped.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/(?!\/).*$/gm, "");
		expect(types).not.toMatch(/^\s*import\b|\bfrom\s+["']|\bimport\(|\/\/\/\s*<reference|\bNodeJS\.|\bBuffer\b/m);
		const unexported = types.match(/^(?:declare )?(?:interface|type|const|function|class|enum) \w+/gm);
		expect(unexported).toBeNull();
	});
});

describe("the installed command", () => {
	test("npx wirefeed build writes the three feeds and the pages for subscribers", async () => {
		const result = await run("npx", ["--no-install", "wirefeed", "build", "--now", NOW]);
		expectSuccess(result);
		const rss = await readFile(join(project, "out", "rss.xml"), "utf8");
		expect(rss).toContain("<title>Site</title>");
		expect(await feedFiles(join(project, "out"))).toEqual(OUT_FILES);
		const json = JSON.parse(await readFile(join(project, "out", "feed.json"), "utf8")) as { items: unknown[] };
		expect(json.items.length).toBeGreaterThan(0);
		// The code cache goes to the project's node_modules/.cache, not into the installed package.
		expect(await readdir(join(project, "node_modules", ".cache", "wirefeed-code"))).toHaveLength(1);
	}, 60_000);

	test("npx wirefeed --version is the package's version", async () => {
		const result = await run("npx", ["--no-install", "wirefeed", "--version"]);
		expect(result.stdout.trim()).toBe(packageJson.version);
	});

	test("runs, silently without its code cache, from an install nobody may write to", async () => {
		const readOnly = join(tmp, "read-only");
		await cp(project, readOnly, { recursive: true });
		await rm(join(readOnly, "node_modules", ".cache"), { recursive: true, force: true });
		await rm(join(readOnly, "out"), { recursive: true, force: true });
		const out = await mkdtemp(join(tmpdir(), "wirefeed-package-out-"));
		try {
			const args = ["node_modules/.bin/wirefeed", "build", "--quiet", "--no-cache", "--out", out, "--now", NOW];
			// Root writes anywhere: run as nobody, with everything but the output folder owned by root.
			const asRoot = process.getuid?.() === 0;
			if (asRoot) await runCommand("chown", ["65534:65534", out]);
			else await runCommand("chmod", ["-R", "a-w", readOnly]);
			const result = asRoot
				? await run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "node", ...args], readOnly)
				: await run("node", args, readOnly);
			expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
			expect(await feedFiles(out)).toEqual(OUT_FILES);
			await expect(stat(join(readOnly, "node_modules", ".cache"))).rejects.toThrow();
		} finally {
			await runCommand("chmod", ["-R", "u+w", readOnly]);
			await rm(out, { recursive: true, force: true });
		}
	}, 60_000);
});

describe("the installed library", () => {
	test("import { build } from 'wirefeed' works from ESM", async () => {
		await writeFile(
			join(project, "feeds.mjs"),
			[
				'import { build, defineConfig, formatDiagnostic } from "wirefeed";',
				'const config = defineConfig({ url: "https://news.example.org/", rights: "© Site" });',
				`const result = await build({ config, outDir: "esm-out", cacheDir: false, now: new Date("${NOW}") });`,
				"for (const d of result.diagnostics) console.error(formatDiagnostic(d));",
				"console.log(JSON.stringify({ status: result.status, items: result.items.length }));",
			].join("\n"),
		);
		const result = await run("node", ["feeds.mjs"]);
		expectSuccess(result);
		expect(JSON.parse(result.stdout)).toMatchObject({ status: "written", items: expect.any(Number) });
		expect(await feedFiles(join(project, "esm-out"))).toEqual(OUT_FILES);
	});

	for (const resolution of ["nodenext", "bundler"] as const) {
		test.concurrent(`a TypeScript consumer type-checks with strict and moduleResolution ${resolution}`, async () => {
			const dir = join(project, `ts-${resolution}`);
			await mkdir(dir);
			await writeFile(join(dir, "consumer.ts"), TS_CONSUMER);
			// The README's library examples, each a module of its own, exactly as a user would paste them.
			const examples = readReadmeExamples("api-");
			expect([...examples.keys()]).toEqual(["api-build", "api-config", "api-memory", "api-resolve"]);
			for (const [name, code] of examples) await writeFile(join(dir, `${name}.ts`), code);
			await writeFile(
				join(dir, "tsconfig.json"),
				JSON.stringify({
					compilerOptions: {
						strict: true,
						exactOptionalPropertyTypes: true,
						noUncheckedIndexedAccess: true,
						// The shipped declarations are checked too, not only the consumer.
						skipLibCheck: false,
						noEmit: true,
						target: "ES2022",
						module: resolution === "nodenext" ? "NodeNext" : "ESNext",
						moduleResolution: resolution,
						// Node's own types for the examples' console and process; the package needs none (checked above).
						types: ["node"],
						typeRoots: [join(REPO_ROOT, "node_modules", "@types")],
					},
					files: ["consumer.ts", ...[...examples.keys()].map((name) => `${name}.ts`)],
				}),
			);
			expectSuccess(await run(process.execPath, [TSC, "-p", dir]));
		}, 120_000);
	}
});

// Uses every runtime export and names the main types.
const TS_CONSUMER = `
import {
	build,
	type BuildOptions,
	defineConfig,
	type BuildResult,
	type Diagnostic,
	EXIT,
	exitCodeFor,
	formatDiagnostic,
	type PublishedItem,
	resolveConfig,
	type SiteConfig,
	type WirefeedConfig,
} from "wirefeed";

const raw: WirefeedConfig = defineConfig({ url: "https://example.org/", clean: { rules: { text: false } } });
// @ts-expect-error an unknown rule id is a type error, not only a config/invalid diagnostic
defineConfig({ url: "https://example.org/", clean: { rules: { txet: false } } });

const options: BuildOptions = { config: raw, articlesDir: "articles", now: new Date(0), cacheDir: false };
const result: BuildResult = await build(options);
const code: number = exitCodeFor(result.status, result.diagnostics);
const lines: string[] = result.diagnostics.map((d: Diagnostic) => formatDiagnostic(d));
const links: string[] = result.items.map((item: PublishedItem) => item.link);
const resolved = resolveConfig({ url: "https://example.org/" }, "inline");
const config: SiteConfig | undefined = resolved.ok ? resolved.config : undefined;
export const summary = [code === EXIT.ok, lines, links, config?.feedUrl];
`;

/** The files a build wrote for readers (wirefeed's own bookkeeping, such as its manifest, is hidden). */
/** What a build writes by default: the three feeds, feed.css, feeds.opml and index.html. */
const OUT_FILES = ["atom.xml", "feed.css", "feed.json", "feeds.opml", "index.html", "rss.xml"];

async function feedFiles(dir: string): Promise<string[]> {
	return (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
}

async function folderSize(dir: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
	}
	return total;
}
