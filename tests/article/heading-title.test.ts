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
