import { expect, test } from "vitest";
import { buildFolder } from "../support/build-folder.js";

// A draft is unfinished: it often has no date yet (a Jekyll `_drafts` post, a Hugo or Astro draft written by hand),
// and WordPress writes "0000-00-00 00:00:00" for a draft never scheduled. Such a draft is left out like any other,
// never reported as an error that fails the build.
const FILES: Record<string, string> = {
	"pier.md": "---\ntitle: The pier\ndate: 2024-01-10\n---\n\nThe pier opened.\n",
	"undated.md": "---\ntitle: Not yet\ndraft: true\n---\n\nSoon.\n",
	"zero.md": "---\ntitle: Zero\ndate: 0000-00-00 00:00:00\ndraft: true\n---\n\nSoon.\n",
	"wp-draft.md":
		"---\nID: 2001\npost_title: 'Draft &amp; unfinished'\nauthor: editor\npost_date: 0000-00-00 00:00:00\npublished: false\n---\n<p>Not ready.</p>\n",
	"typo.md": "---\ntitle: Typo\ndate: 2024-13-45\ndraft: true\n---\n\nSoon.\n",
	"undated-post.md": "---\ntitle: Forgot the date\n---\n\nText.\n",
};

test.each([false, true])("an undated draft is left out as a draft, not an error (strict: %s)", async (strict) => {
	const { result } = await buildFolder(FILES, { strict });
	const byFile = result.diagnostics
		.filter((diagnostic) => diagnostic.severity !== "warning")
		.map((diagnostic) => `${diagnostic.severity} ${diagnostic.file?.split("/").at(-1)} ${diagnostic.rule}`)
		.sort();
	expect(byFile).toEqual([
		"error typo.md front-matter/invalid-date",
		"error undated-post.md article/missing-date",
		"info undated.md select/draft",
		"info wp-draft.md select/draft",
		"info zero.md select/draft",
	]);
});
