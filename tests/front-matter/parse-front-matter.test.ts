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

// Hugo's page lexer (parser/pageparser/pagelexer_intro.go) skips blank lines before the front matter, and reads a file
// whose first other character is `{` as JSON front matter, up to the brace that closes it (braces in strings do not
// count), then one line break. Checked against Debian's hugo 0.111.
describe("parseFrontMatter, as Hugo reads a file", () => {
	const parseHugo = (text: string) => parseFrontMatter(makeSource("a.md", text), { isHugo: true });

	test("a file opening with { is JSON front matter, to the brace that closes it", () => {
		const result = parseHugo(
			'{\n  "title": "Braces {inside} \\"quoted\\"",\n  "date": "2024-03-04T08:00:00-05:00",\n  "params": {"x": 1}\n}\n\nBody\n',
		);
		expect(result).toEqual({
			data: { title: 'Braces {inside} "quoted"', date: "2024-03-04T08:00:00-05:00", params: { x: 1 } },
			raw: '{\n  "title": "Braces {inside} \\"quoted\\"",\n  "date": "2024-03-04T08:00:00-05:00",\n  "params": {"x": 1}\n}',
			body: "\nBody\n",
			bodyLine: 6,
			syntax: "json",
		});
	});

	test("JSON front matter on one line, after blank lines, with the body on the closing line", () => {
		expect(parseHugo('\n\n{"title": "Compact"} Same line.\nNext\n')).toMatchObject({
			data: { title: "Compact" },
			body: " Same line.\nNext\n",
			bodyLine: 3,
			syntax: "json",
		});
	});

	test("YAML and TOML front matter after blank lines, with their lines counted from the file's top", () => {
		expect(parseHugo("\n\n---\ntitle: Late\n---\nBody\n")).toMatchObject({
			data: { title: "Late" },
			body: "Body\n",
			bodyLine: 6,
			syntax: "yaml",
		});
		expect(parseHugo('\n+++\ntitle = "T"\n+++\nBody\n')).toMatchObject({ data: { title: "T" }, bodyLine: 5 });
		expect(parseHugo("\n\n---\ntitle: ok\ntags: [a, b\n---\nBody")).toMatchObject({
			rule: "front-matter/invalid-yaml",
			line: 6,
		});
	});

	test("JSON that never closes its brace is unterminated; JSON that does not parse says where", () => {
		expect(parseHugo('{"title": "x", "date": "2024-01-01"\nBody\n')).toMatchObject({
			severity: "error",
			rule: "front-matter/unterminated",
			line: 1,
		});
		const invalid = parseHugo('\n{\n"title": "x",\n"date": "2024-01-01",\n}\nBody\n');
		expect(invalid).toMatchObject({ severity: "error", rule: "front-matter/invalid-json", line: 5 });
		expect("message" in invalid && invalid.message).toMatch(/^front matter is not valid JSON: /);
	});

	test("a body that opens with a shortcode is read as JSON, as Hugo does, and refused with its reason", () => {
		expect(parseHugo('{{< figure src="a.png" >}}\n\nBody\n')).toMatchObject({
			severity: "error",
			rule: "front-matter/invalid-json",
		});
	});

	test("outside a Hugo site, { and blank lines open no front matter", () => {
		expect(parse('{"title": "x"}\nBody\n')).toMatchObject({ data: {}, syntax: "none", bodyLine: 1 });
		expect(parse("\n---\ntitle: x\n---\nBody\n")).toMatchObject({ data: {}, syntax: "none" });
	});
});
