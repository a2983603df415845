import { describe, expect, it } from "vitest";
import { renderOneArticle } from "../support/render-one-article.js";

// Tutorials exported from a site's rendered pages back to Markdown (DigitalOcean's community tutorials are the
// largest such collection) carry the labels the site drew on its code blocks as text: the "Output" label glued to the
// block's first line ("OutputID Name Status"), and an `[environment]` line that coloured the block. A reader of the
// feed must see the label as a label and the output as it was, and the article's own code must never change.
const htmlOf = (body: string) =>
	renderOneArticle(
		"tutorial.md",
		`---\nauthor: Sam Roe\ndate: 2018-03-26\nlanguage: en\n---\n\n# How to list your servers\n\n${body}\n`,
	);

const indent = (lines: readonly string[]) => lines.map((line) => `    ${line}`).join("\n");

describe("labels of exported code blocks", () => {
	it.each([
		["a table's header", ["OutputID Name Status", "1234 web-1 active"], "Output\nID Name Status\n1234 web-1 active\n"],
		[
			"a lower-case first word",
			["Outputserver1 | SUCCESS => {", '    "ping": "pong"', "}"],
			'Output\nserver1 | SUCCESS => {\n    "ping": "pong"\n}\n',
		],
		["a checksum", ["Output332b64236d30 go1.4.3.tar.gz"], "Output\n332b64236d30 go1.4.3.tar.gz\n"],
		["an elision", ["Output...", "Done."], "Output\n...\nDone.\n"],
		[
			"output that follows its command in one block",
			["doctl compute tag create web", "", "OutputName Droplet Count", "web 0"],
			"doctl compute tag create web\n\nOutput\nName Droplet Count\nweb 0\n",
		],
		[
			"the output of a named script (a secondary label)",
			["Output of src/all.bashALL TESTS PASSED", "", "---"],
			"Output of src/all.bash\nALL TESTS PASSED\n\n---\n",
		],
		[
			"the output of a named command",
			["Output of docker psCONTAINER ID   IMAGE", "1f2e3d   nginx"],
			"Output of docker ps\nCONTAINER ID   IMAGE\n1f2e3d   nginx\n",
		],
		[
			"the output of a program, in mixed case",
			["Output of hello.goHello, World!"],
			"Output of hello.go\nHello, World!\n",
		],
	])("puts the Output label on its own line before %s", async (_, lines, code) => {
		const html = await htmlOf(`List them:\n\n${indent(lines)}\n\nThat is all.`);
		expect(html).toContain(`<pre><code>${code}</code></pre>`);
	});

	it("drops the line that set a block's background colour", async () => {
		const html = await htmlOf(`Leave the server:\n\n${indent(["[environment]", "exit"])}\n\nThat is all.`);
		expect(html).toContain("<pre><code>exit\n</code></pre>");
	});

	it.each([
		["Java that starts with an Output class", ["OutputStream out = new FileOutputStream(path);", "out.close();"]],
		["a call on an Output object", ["Output.print(result);"]],
		["an INI file with an [environment] section", ["[environment]", "PATH = /usr/local/bin"]],
		["the word Output and a space", ["Output of the command:", "ok"]],
		["the output of a function, in camel case", ["Output of getUserName() is cached."]],
		["an algorithm's Output line", ["Input: a set S of n numbers.", "", "Output: the median of S."]],
		["Output and a colon first", ["Output: the median of S."]],
	])("leaves %s as it is", async (_, lines) => {
		const html = await htmlOf(`The file:\n\n${indent(lines)}\n\nThat is all.`);
		const escaped = lines.join("\n").replace(/&/g, "&amp;").replace(/</g, "&lt;");
		expect(html).toContain(`<pre><code>${escaped}\n</code></pre>`);
	});

	it("leaves fenced code alone: its author wrote it as it is", async () => {
		const html = await htmlOf("```\nOutputID Name\n[environment]\n```");
		expect(html).toContain("<pre><code>OutputID Name\n[environment]\n</code></pre>");
	});
});
