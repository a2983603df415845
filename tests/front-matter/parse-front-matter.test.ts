import { describe, expect, test } from "vitest";
import { parseFrontMatter } from "../../src/front-matter/parse-front-matter.js";
import { makeSource } from "../factories.js";

const parse = (text: string) => parseFrontMatter(makeSource("a.md", text));

describe("parseFrontMatter", () => {
	test("YAML keeps timestamps as strings and reports where the body starts", () => {
		const result = parse("---\ntitle: Hello\ndate: 2016-04-03 03:31:07\n---\n\nBody\n");
		expect(result).toEqual({
			data: { title: "Hello", date: "2016-04-03 03:31:07" },
			raw: "\ntitle: Hello\ndate: 2016-04-03 03:31:07",
			body: "\nBody\n",
			bodyLine: 5,
			syntax: "yaml",
		});
	});

	test("TOML between +++ fences", () => {
		const result = parse('+++\ntitle = "Hugo"\ndate = "2024-03-23T14:00:16-03:00"\ntags = ["a", "b"]\n+++\nBody');
		expect("data" in result && result.data).toEqual({
			title: "Hugo",
			date: "2024-03-23T14:00:16-03:00",
			tags: ["a", "b"],
		});
	});

	test("JSON with ---json", () => {
		const result = parse('---json\n{"title": "J"}\n---\nBody');
		expect("data" in result && result.data).toEqual({ title: "J" });
	});

	test("no front matter: the whole file is the body", () => {
		expect(parse("Just text\n")).toEqual({ data: {}, raw: "", body: "Just text\n", bodyLine: 1, syntax: "none" });
	});

	test("JavaScript front matter made only of literal declarations is read as data (Eleventy's ---js)", () => {
		const result = parse(
			'---js\nconst title = "A fifth post";\nconst date = "2023-01-23";\nconst draft = true;\n---\nDraft\n',
		);
		expect(result).toMatchObject({
			data: { title: "A fifth post", date: "2023-01-23", draft: true },
			body: "Draft\n",
			bodyLine: 6,
			syntax: "js",
		});
	});

	test("JavaScript front matter that calls anything is still refused, unrun", () => {
		const marker = "__wirefeed_ran_literal";
		const result = parse(`---js\nconst title = "x";\nglobalThis.${marker} = true;\n---\nBody`);
		expect(result).toMatchObject({ severity: "error", rule: "front-matter/unsupported-language" });
		expect(marker in globalThis).toBe(false);
	});

	test.each(["js", "javascript", "coffee", "coffeescript"])("refuses ---%s without running it", (language) => {
		const marker = `__wirefeed_ran_${language}`;
		const result = parse(`---${language}\n{ title: (globalThis.${marker} = true, "x") }\n---\nBody`);
		expect(result).toMatchObject({ severity: "error", rule: "front-matter/unsupported-language", line: 1 });
		expect(marker in globalThis).toBe(false);
	});

	test("broken YAML reports the parser's line and column (file lines: the fence is line 1)", () => {
		const result = parse("---\ntitle: ok\ntags: [a, b\nauthor: x\n---\nBody");
		expect(result).toMatchObject({ severity: "error", rule: "front-matter/invalid-yaml", line: 4 });
		expect("column" in result && result.column).toBeGreaterThan(0);
	});

	test("broken TOML reports the parser's line", () => {
		const result = parse('+++\ntitle = "ok"\ndate = \n+++\nBody');
		expect(result).toMatchObject({ severity: "error", rule: "front-matter/invalid-toml", line: 3 });
	});

	test("a missing closing fence is an error on line 1", () => {
		expect(parse("---\ntitle: x\n\nBody without end")).toMatchObject({ rule: "front-matter/unterminated", line: 1 });
	});

	test("a YAML alias bomb is refused quickly", () => {
		const bomb = [
			"---",
			'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
			...Array.from({ length: 8 }, (_, i) => {
				const name = String.fromCharCode(98 + i);
				const previous = String.fromCharCode(97 + i);
				return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(",")}]`;
			}),
			"---",
			"Body",
		].join("\n");
		const started = performance.now();
		const result = parse(bomb);
		expect(result).toMatchObject({ severity: "error", rule: "front-matter/too-complex" });
		expect("message" in result && result.message).toMatch(/alias/i);
		expect(performance.now() - started).toBeLessThan(5000);
	});

	test("deep nesting is an error, not a crash", () => {
		const deep = `---\na: ${"[".repeat(20000)}${"]".repeat(20000)}\n---\nBody`;
		const result = parse(deep);
		expect(result).toMatchObject({ severity: "error" });
	});

	test("a list at the top is not a mapping", () => {
		expect(parse("---\n- a\n- b\n---\nBody")).toMatchObject({ rule: "front-matter/not-a-mapping" });
	});
});
