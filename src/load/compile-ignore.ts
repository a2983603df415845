import picomatch from "picomatch";

// `**/README.md`: any path whose last segment is that literal name (no glob syntax, no separator in it).
const ANY_FOLDER_NAME_RE = /^\*\*\/([^/\\*?[\]{}()!+@|]+)$/;

/**
 * The `ignore` globs as one test of a path relative to the articles folder (`/` separators), deciding as picomatch's
 * matcher with `dot: true` does. The test runs on every entry of every listing, the no-change build's included
 * (issue #16): picomatch's matcher builds two result objects per call, and its regular expression for `**∕name`
 * walks every character of the path looking for `.` and `..` segments. Here a `**∕name` glob (both defaults) is a
 * comparison of the last segment: the listing never yields `.` or `..` segments (it skips every name starting with a
 * dot), so the two agree on every path it gives. Other globs test picomatch's regular expression.
 */
export function compileIgnore(globs: readonly string[]): (relPath: string) => boolean {
	// picomatch's default export reads Windows separators on Windows; makeRe alone does not, so ask for the same.
	const options = { dot: true, windows: process.platform === "win32" };
	const names = new Set<string>();
	const tests: { readonly glob: string; readonly regex: RegExp }[] = [];
	for (const glob of globs) {
		const name = ANY_FOLDER_NAME_RE.exec(glob)?.[1];
		if (name !== undefined) names.add(name);
		else tests.push({ glob, regex: picomatch.makeRe(glob, options) });
	}
	return (relPath) => {
		if (relPath === "") return false;
		if (names.size > 0 && names.has(relPath.slice(relPath.lastIndexOf("/") + 1))) return true;
		for (const { glob, regex } of tests) if (relPath === glob || regex.test(relPath)) return true;
		return false;
	};
}
