import { expect, test } from "vitest";
import { buildFolder } from "../support/build-folder.js";

// A translated tutorial has no `title`: its title is the body's first `# heading`, which readers should see as the
// page shows it, its inline Markdown (code, emphasis, links, escapes) read, in any script.
const tutorial = (heading: string) =>
	`---\nauthor: Invented Author\ndate: 2024-03-01\nlanguage: zh\nlicense: cc by-nc-sa\nsource: https://docs.example.com/zh/x\n---\n\n# ${heading}\n\n正文。\n`;

test.each([
	["如何使用 `nginx` 和 **Docker** 配置 &amp; 部署", "如何使用 nginx 和 Docker 配置 & 部署"],
	["👨‍👩‍👧‍👦 家族で使う [サーバー](https://example.com) の設定", "👨‍👩‍👧‍👦 家族で使う サーバー の設定"],
	["كيفية تثبيت *Node.js* 20 على أوبونتو 22.04", "كيفية تثبيت Node.js 20 على أوبونتو 22.04"],
	["Using `List<T>` in C\\# and 2 * 3 * 4", "Using List<T> in C# and 2 * 3 * 4"],
	["Hello <em>world</em> & snake_case_name", "Hello world & snake_case_name"],
])("# %s is titled %s", async (heading, title) => {
	const { items } = await buildFolder({ "tutorial.md": tutorial(heading) });
	expect(items[0]?.title).toBe(title);
});

// A setext heading (the line under it a run of `=`) is as much a level-1 heading as `# heading` (CommonMark §4.3):
// older posts are written so, and without a `title` they were refused (`article/missing-title`).
test("a setext heading is the title, and leaves the body", async () => {
	const { result, items } = await buildFolder({
		"2024-02-08-tides.md":
			"---\ndate: 2024-02-08\n---\n\nSpring *tides* explained\n========================\n\nThe moon pulls.\n",
	});
	expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
	expect(items[0]?.title).toBe("Spring tides explained");
	expect(items[0]?.content_html).not.toMatch(/Spring|<h1/);
});

test("a paragraph's last line over a run of `=` in code, or an indented one, is no title", async () => {
	const { items } = await buildFolder({
		"a.md": "---\ndate: 2024-02-08\n---\n\n```\nx\n===\n```\n\n    y\n    ===\n\n# Real title\n\nText.\n",
	});
	expect(items[0]?.title).toBe("Real title");
});
