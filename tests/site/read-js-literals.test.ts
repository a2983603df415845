import { describe, expect, it } from "vitest";
import { readConstLiterals, readLiteralDeclarations, readObjectLiteral } from "../../src/site/read-js-literals.js";

describe("readObjectLiteral", () => {
	it("reads the literal properties of a config call and skips the ones that are code", () => {
		const source = `// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
export default defineConfig({
	site: "https://harbour.example", // the deployed site
	base: '/log',
	integrations: [mdx(), sitemap()],
	adapter: node({ mode: "standalone" }),
	trailingSlash: "always",
});`;
		expect(readObjectLiteral(source, /defineConfig\(/)).toEqual({
			site: "https://harbour.example",
			base: "/log",
			trailingSlash: "always",
		});
	});

	it("reads nested objects and arrays of an export", () => {
		const source = `export default {
	title: "Harbour Log",
	url: "https://harbour.example/",
	author: { name: "Ona Bay", email: "ona@harbour.example", },
	tags: ["posts"],
	/* a comment with "quotes", and a } brace */
	count: 3, draft: false, nothing: null,
	computed: process.env.URL,
	when: new Date(),
};`;
		expect(readObjectLiteral(source, /export\s+default/)).toEqual({
			title: "Harbour Log",
			url: "https://harbour.example/",
			author: { name: "Ona Bay", email: "ona@harbour.example" },
			tags: ["posts"],
			count: 3,
			draft: false,
			nothing: null,
		});
	});

	it("keeps a // inside a string and drops an array that holds code", () => {
		const source = `module.exports = { url: "https://a.example//x", list: ["a", b], t: \`plain\`, u: \`\${x}\` }`;
		expect(readObjectLiteral(source, /module\.exports\s*=/)).toEqual({ url: "https://a.example//x", t: "plain" });
	});

	it("drops a property whose value goes on as code, and answers undefined without the anchor", () => {
		expect(readObjectLiteral('export default { a: "x" + suffix, b: 1 as number, c: "ok" }', /export default/)).toEqual({
			c: "ok",
		});
		expect(readObjectLiteral("const a = 1;", /export default/)).toBeUndefined();
	});
});

describe("readLiteralDeclarations", () => {
	it("reads front matter made only of literal declarations", () => {
		expect(
			readLiteralDeclarations('const title = "A draft";\nconst date = "2023-01-23";\nconst draft = true;\n'),
		).toEqual({ title: "A draft", date: "2023-01-23", draft: true });
		expect(readLiteralDeclarations('let nav = {\n\tkey: "About",\n\torder: 3\n};')).toEqual({
			nav: { key: "About", order: 3 },
		});
	});

	it("refuses anything that is code", () => {
		expect(readLiteralDeclarations('const x = require("child_process").execSync("id");')).toBeUndefined();
		expect(readLiteralDeclarations('const title = "x";\nconsole.log(title);')).toBeUndefined();
		expect(readLiteralDeclarations('const title = "x" + y;')).toBeUndefined();
		expect(readLiteralDeclarations("const f = () => 1;")).toBeUndefined();
		expect(readLiteralDeclarations("")).toEqual({});
	});
});

describe("readConstLiterals", () => {
	it("reads exported constants and skips computed ones", () => {
		expect(
			readConstLiterals(
				"export const SITE_TITLE = \"Harbour Log\";\nexport const SITE_DESCRIPTION: string = 'Tides';\nexport const X = f();",
			),
		).toEqual({ SITE_TITLE: "Harbour Log", SITE_DESCRIPTION: "Tides" });
	});

	it("reads an object `as const` or `satisfies` a type, as themes write their site config", () => {
		expect(
			readConstLiterals(
				'export const SITE = {\n  website: "https://a.example/", // yours\n  margin: 15 * 60,\n} as const;\nexport const B = { n: 1 } satisfies Config;',
			),
		).toEqual({ SITE: { website: "https://a.example/" }, B: { n: 1 } });
	});
});

describe("readObjectLiteral with the constants in scope", () => {
	const scope = { SITE: { website: "https://a.example/" }, BLOG_PATH: "src/data/blog" };

	it("reads a constant's property and a template of constants", () => {
		const source =
			// biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source, read as text.
			"defineConfig({ site: SITE.website, base: `./${BLOG_PATH}`, a: SITE.website.replace(x), b: `${other}` })";
		expect(readObjectLiteral(source, /defineConfig\(/, scope)).toEqual({
			site: "https://a.example/",
			base: "./src/data/blog",
		});
		expect(readObjectLiteral(source, /defineConfig\(/)).toEqual({});
	});

	it("never reads an inherited property as a constant", () => {
		expect(readObjectLiteral("x({ a: SITE.constructor, b: toString })", /x\(/, scope)).toEqual({});
	});
});
