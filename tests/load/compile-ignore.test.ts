import picomatch from "picomatch";
import { describe, expect, test } from "vitest";
import { compileIgnore } from "../../src/load/compile-ignore.js";

// `ignore` globs as users write them in the config (README: "Config keys"), and paths of the shapes a listing gives
// (relative to the articles folder, `/` separators, dot files and folders included).
const GLOBS = [
	"**/README.md",
	"**/README.markdown",
	"drafts/**",
	"_drafts",
	"**/_*.md",
	"*.txt",
	"**/*.{html,htm}",
	"notes/[0-9][0-9][0-9][0-9]-*.md",
	"**/.obsidian/**",
	"!keep.md",
	"**/index.md",
	"archive/20?[0-9]/**/*.md",
	"**/*draft*",
	"posts/2019-01-01-hello.md",
	"+(a|b)/*.md",
	"**/READ ME.md",
	"**/index.md.bak",
	"**/post.v2.md",
	"docs/**/*.mdx",
];
const PATHS = [
	"README.md",
	"readme.md",
	"blog/README.md",
	"a/b/c/README.markdown",
	"README.md.bak",
	"drafts",
	"drafts/one.md",
	"drafts/2024/two.md",
	"_drafts",
	"_drafts/x.md",
	"posts/_partial.md",
	"_index.md",
	"notes.txt",
	"sub/notes.txt",
	"page.html",
	"deep/page.htm",
	"notes/2024-hello.md",
	"notes/24-hello.md",
	".obsidian/workspace.md",
	"vault/.obsidian/x.md",
	"keep.md",
	"other.md",
	"posts/hello/index.md",
	"archive/2019/01/a.md",
	"archive/2109/a.md",
	"my (draft) post.md",
	"posts/2019-01-01-hello.md",
	"a/x.md",
	"c/x.md",
	"READ ME.md",
	"x/index.md.bak",
	"post.v2.md",
	"a/post.v2.md",
	"a/post.v2.mdx",
	"docs/guide/intro.mdx",
	".hidden.md",
	"posts/.hidden/x.md",
];

describe("compileIgnore", () => {
	test("decides every path as picomatch's matcher does, for each glob and for all of them at once", () => {
		for (const glob of GLOBS) {
			const reference = picomatch(glob, { dot: true });
			const compiled = compileIgnore([glob]);
			for (const path of PATHS) expect([glob, path, compiled(path)]).toEqual([glob, path, reference(path)]);
		}
		// A negated glob ignores every other path: left out of the set, or it would decide alone.
		const globs = GLOBS.filter((glob) => !glob.startsWith("!"));
		const all = compileIgnore(globs);
		const reference = picomatch(globs, { dot: true });
		const decided = PATHS.map((path) => all(path));
		expect(decided).toEqual(PATHS.map((path) => reference(path)));
		// The table is not trivially all-or-nothing.
		expect(decided.filter(Boolean).length).toBeGreaterThan(10);
		expect(decided.filter((ignored) => !ignored).length).toBeGreaterThan(3);
	});

	test("ignores nothing without globs", () => {
		const none = compileIgnore([]);
		expect(PATHS.some((path) => none(path))).toBe(false);
	});
});
