import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
import { parse as parseToml, TomlDate, TomlError } from "smol-toml";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import type { SourceFile } from "../load/read-source.js";
import { readLiteralDeclarations } from "../site/read-js-literals.js";
import { normalizeText } from "../text/normalize-text.js";
import { findJsonObjectEnd } from "./find-json-object-end.js";

/** A file split into its front matter data and its body. */
export interface FrontMatter {
	/** The front matter, still untrusted: the article stage validates it. */
	readonly data: Readonly<Record<string, unknown>>;
	/** Raw front matter text, for finding the line of a key. */
	readonly raw: string;
	readonly body: string;
	/** 1-based line of the first body line in the file. */
	readonly bodyLine: number;
	/** How the front matter is written, so hints can show a key in the same syntax. */
	readonly syntax: FrontMatterSyntax;
}

/** The language of a file's front matter (`none` when it has none). */
export type FrontMatterSyntax = "yaml" | "toml" | "json" | "js" | "none";

/** How a site's generator reads front matter beyond the common fences. */
export interface FrontMatterOptions {
	/** Hugo's reading: blank lines may come before the front matter, and a file opening with `{` has JSON front matter. */
	readonly isHugo?: boolean;
	/**
	 * A folder no generator claims (often one copied out of a Hugo site): Hugo's reading where it is surely meant, a
	 * file opening with a JSON object's first key (`{ "title": …`), and front matter after blank lines when it is
	 * valid; anything else there is the body, as before.
	 */
	readonly isPlainFolder?: boolean;
}

/** Limits that keep hostile front matter from using unbounded time or memory. */
const FRONT_MATTER_LIMITS = {
	/** Bytes of front matter accepted; real front matter is a few hundred bytes. */
	maxBytes: 64 * 1024,
	/** Values in the parsed front matter, counting each alias expansion ("billion laughs" defence). */
	maxValues: 10_000,
	/** Nesting depth of the parsed front matter. */
	maxDepth: 64,
} as const;

const YAML_LANGUAGES = new Set(["", "yaml", "yml"]);
const DATA_LANGUAGES = new Set([...YAML_LANGUAGES, "json", "toml"]);
const TOML_LANGUAGES = new Set(["", "toml"]);
const JS_LANGUAGES = new Set(["js", "javascript"]);

/**
 * Splits YAML (`---`), TOML (`+++`) or JSON (`---json`) front matter from the body with gray-matter.
 * Front matter in any other language (`---js`, `---coffee`, …) is refused: article files are data and never run code.
 */
export function parseFrontMatter(given: SourceFile, options: FrontMatterOptions = {}): FrontMatter | Diagnostic {
	// The loader gives normalized text; a site's section pages and templates are read apart from it, and a Hugo
	// `_index.md` saved on Windows (CRLF) read as front matter never closed, its cascade lost without a word.
	const normalized = normalizeText(given.text);
	const source = normalized === given.text ? given : { ...given, text: normalized };
	const { text, file } = source;
	if (options.isHugo === true) {
		// Hugo's page lexer (lexIntroSection, parser/pageparser/pagelexer_intro.go) skips spaces and line breaks before
		// the front matter, and reads `{` there as the start of JSON front matter.
		const lead = HUGO_LEAD_RE.exec(text)?.[0] ?? "";
		if (text.charAt(lead.length) === "{") return parseHugoJson(source, lead.length);
		if (lead !== "" && /^(?:---|\+\+\+)/.test(text.slice(lead.length))) return parseAfterLead(source, lead);
	}
	if (options.isPlainFolder === true) {
		const lead = HUGO_LEAD_RE.exec(text)?.[0] ?? "";
		JSON_OBJECT_START_RE.lastIndex = lead.length;
		if (JSON_OBJECT_START_RE.test(text)) return parseHugoJson(source, lead.length);
		if (lead !== "" && /^(?:---|\+\+\+)/.test(text.slice(lead.length))) {
			const parsed = parseAfterLead(source, lead);
			if (!("severity" in parsed)) return parsed;
		}
	}
	const fence = text.startsWith("+++") ? "+++" : text.startsWith("---") ? "---" : undefined;
	// Like gray-matter, a longer run (`-----`, a Markdown thematic break) opens no front matter.
	if (fence === undefined || text.charAt(3) === fence[0])
		return { data: {}, raw: "", body: text, bodyLine: 1, syntax: "none" };

	const firstLineEnd = text.indexOf("\n");
	const language = (firstLineEnd === -1 ? text.slice(3) : text.slice(3, firstLineEnd)).trim().toLowerCase();
	// Eleventy's JavaScript front matter is read only when it is nothing but `const name = "literal";` lines: data.
	const literal =
		fence === "---" && JS_LANGUAGES.has(language) ? readLiteralFrontMatter(text, firstLineEnd) : undefined;
	if (literal !== undefined) return literal;
	// `+++` is TOML only: gray-matter would otherwise look up (and run) an engine named after the text on line 1.
	if (!(fence === "+++" ? TOML_LANGUAGES : DATA_LANGUAGES).has(language)) {
		return createDiagnostic(
			"error",
			"front-matter/unsupported-language",
			`front matter in "${language}" is refused: only YAML (---), TOML (+++), JSON (---json) and JavaScript made only of \`const name = "value";\` lines are read, code never runs`,
			{ file, line: 1, column: 4 },
		);
	}
	const closing = new RegExp(`\\n\\${fence[0]}\\${fence[0]}\\${fence[0]}[ \\t]*(?:\\n|$)`);
	const close = firstLineEnd === -1 ? null : closing.exec(text.slice(firstLineEnd));
	if (close === null) {
		return createDiagnostic(
			"error",
			"front-matter/unterminated",
			`front matter opened with "${fence}" on line 1 is never closed; add a "${fence}" line after it`,
			{ file, line: 1, column: 1 },
		);
	}
	if (close.index > FRONT_MATTER_LIMITS.maxBytes) {
		return createDiagnostic(
			"error",
			"front-matter/too-large",
			`front matter is over ${FRONT_MATTER_LIMITS.maxBytes / 1024} KiB; move long text into the body`,
			{ file, line: 1 },
		);
	}

	const parseLanguage = fence === "+++" ? "toml" : YAML_LANGUAGES.has(language) ? "yaml" : language;
	let failure: Diagnostic | undefined;
	let raw = "";
	const engine =
		(parse: (src: string) => unknown) =>
		(src: string): object => {
			raw = src;
			try {
				const value = parse(src);
				const excess = measureExcess(value);
				if (excess !== undefined) {
					failure = createDiagnostic("error", "front-matter/too-complex", excess, { file, line: 1 });
					return {};
				}
				if (value === null || value === undefined) return {};
				if (typeof value === "object" && !Array.isArray(value)) return value;
				failure = createDiagnostic(
					"error",
					"front-matter/not-a-mapping",
					"front matter must be a set of keys and values",
					{
						file,
						line: 2,
					},
				);
			} catch (error) {
				failure = describeParseError(error, file, parseLanguage);
			}
			return {};
		};
	const refuse = (): object => {
		throw new Error("code front matter is refused");
	};
	// gray-matter gets only the head of the file: it copies its whole input into a Buffer, which for thousands of
	// long bodies costs more than parsing the YAML. Passing options also turns off its shared cache.
	const headEnd = firstLineEnd + close.index + close[0].length;
	// The language is passed as an option and dropped from line 1, where gray-matter would read it case-sensitively
	// (`---JSON` → no engine "JSON" → a throw that would stop the whole build).
	const parsed = matter(fence + text.slice(firstLineEnd, headEnd), {
		language: parseLanguage,
		delimiters: fence,
		engines: {
			yaml: engine(parseYamlData),
			toml: engine(parseTomlData),
			json: engine(JSON.parse),
			js: refuse,
			javascript: refuse,
		},
	});
	if (failure !== undefined) return failure;
	const head = text.slice(0, headEnd);
	const data: unknown = parsed.data;
	return {
		data: typeof data === "object" && data !== null ? { ...data } : {},
		raw,
		body: text.slice(headEnd),
		bodyLine: countLines(head) + 1,
		syntax: parseLanguage === "toml" ? "toml" : parseLanguage === "json" ? "json" : "yaml",
	};
}

const HUGO_LEAD_RE = /^[ \t\n]+/;
// A JSON object's opening and its first key: `{{< shortcode >}}` or `{% tag %}` opening a body is no front matter.
const JSON_OBJECT_START_RE = /\{[ \t\n]*"/y;

// Front matter after blank lines, with its lines (the body's, a key's, an error's) counted from the top of the file.
function parseAfterLead(source: SourceFile, lead: string): FrontMatter | Diagnostic {
	const parsed = parseFrontMatter({ ...source, text: source.text.slice(lead.length) });
	const shift = countLines(lead);
	if ("severity" in parsed) return parsed.line === undefined ? parsed : { ...parsed, line: parsed.line + shift };
	if (parsed.syntax === "none") return { data: {}, raw: "", body: source.text, bodyLine: 1, syntax: "none" };
	return { ...parsed, raw: "\n".repeat(shift) + parsed.raw, bodyLine: parsed.bodyLine + shift };
}

// Hugo's JSON front matter: the object opening at `start`, then one line break (the lexer's consumeCRLF). The raw text
// keeps the lines before it, so a key's line in it is its line in the file.
function parseHugoJson(source: SourceFile, start: number): FrontMatter | Diagnostic {
	const { text, file } = source;
	const openLine = countLines(text.slice(0, start)) + 1;
	const end = findJsonObjectEnd(text, start);
	if (end === -1) {
		return createDiagnostic(
			"error",
			"front-matter/unterminated",
			`JSON front matter opened with "{" on line ${openLine} is never closed; end it with a matching "}" (Hugo reads a file starting with "{" as JSON front matter)`,
			{ file, line: openLine, column: 1 },
		);
	}
	if (end - start > FRONT_MATTER_LIMITS.maxBytes) {
		return createDiagnostic(
			"error",
			"front-matter/too-large",
			`front matter is over ${FRONT_MATTER_LIMITS.maxBytes / 1024} KiB; move long text into the body`,
			{ file, line: openLine },
		);
	}
	const raw = text.slice(0, end);
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch (error) {
		return describeJsonError(error, raw, file, openLine);
	}
	const excess = measureExcess(value);
	if (excess !== undefined)
		return createDiagnostic("error", "front-matter/too-complex", excess, { file, line: openLine });
	const headEnd = text.charAt(end) === "\n" ? end + 1 : end;
	return {
		data: { ...(value as Record<string, unknown>) },
		raw,
		body: text.slice(headEnd),
		bodyLine: countLines(text.slice(0, headEnd)) + 1,
		syntax: "json",
	};
}

// V8 says where JSON went wrong as a position (Node 22 adds the line and column): the file's line and column of it.
function describeJsonError(error: unknown, raw: string, file: string, openLine: number): Diagnostic {
	const message = error instanceof Error ? error.message : String(error);
	const position = /\bat position (\d+)/.exec(message);
	const reason = message.replace(/\s*(?:in JSON\s*)?at position \d+.*$/s, "").replace(/\s+in JSON$/, "");
	const hint =
		'fix it, or start the body with something other than "{" (Hugo reads a file starting with "{" as JSON front matter)';
	if (position === null)
		return createDiagnostic(
			"error",
			"front-matter/invalid-json",
			`front matter is not valid JSON: ${reason}; ${hint}`,
			{
				file,
				line: openLine,
			},
		);
	const before = raw.slice(0, Number(position[1]));
	return createDiagnostic("error", "front-matter/invalid-json", `front matter is not valid JSON: ${reason}; ${hint}`, {
		file,
		line: countLines(before) + 1,
		column: before.length - before.lastIndexOf("\n"),
	});
}

function readLiteralFrontMatter(text: string, firstLineEnd: number): FrontMatter | undefined {
	const close = firstLineEnd === -1 ? null : /\n---[ \t]*(?:\n|$)/.exec(text.slice(firstLineEnd));
	if (close === null || close.index > FRONT_MATTER_LIMITS.maxBytes) return undefined;
	const raw = text.slice(firstLineEnd + 1, firstLineEnd + close.index);
	const data = readLiteralDeclarations(raw);
	if (data === undefined || measureExcess(data) !== undefined) return undefined;
	const headEnd = firstLineEnd + close.index + close[0].length;
	return { data, raw, body: text.slice(headEnd), bodyLine: countLines(text.slice(0, headEnd)) + 1, syntax: "js" };
}

function parseYamlData(src: string): unknown {
	// The core schema keeps timestamps as strings, so naive times can be read in the configured time zone.
	// js-yaml 4 shares aliased values instead of copying them, so an alias bomb parses fast; measureExcess bounds the rest.
	return loadYaml(src, { schema: CORE_SCHEMA });
}

// TOML local dates, date-times and times (TOML 1.0 §"Local Date-Time") have no zone: as text in ISO form they are read
// like YAML's, in the configured time zone, and a time alone is refused with its own message. smol-toml would give a
// Date read as UTC, and a time on 0000-01-01. Offset date-times name an instant and stay Dates. Only top-level values
// (and one-item lists, as exporters write them) are keys wirefeed reads.
function parseTomlData(src: string): unknown {
	const data: unknown = parseToml(src);
	if (typeof data !== "object" || data === null) return data;
	const local = (value: unknown): unknown =>
		value instanceof TomlDate && value.isLocal()
			? value.toISOString()
			: Array.isArray(value)
				? value.map(local)
				: value;
	return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, local(value)]));
}

// Walks the parsed value counting every value reached, aliases as often as they are referenced, so no later
// stage (validation, caching, JSON) can be made to walk an exponential structure.
function measureExcess(root: unknown): string | undefined {
	let values = 0;
	const walk = (value: unknown, depth: number): string | undefined => {
		values++;
		if (values > FRONT_MATTER_LIMITS.maxValues) {
			return `front matter expands to more than ${FRONT_MATTER_LIMITS.maxValues} values (YAML aliases?); simplify it`;
		}
		if (depth > FRONT_MATTER_LIMITS.maxDepth)
			return `front matter is nested more than ${FRONT_MATTER_LIMITS.maxDepth} levels deep`;
		if (typeof value !== "object" || value === null || value instanceof Date) return undefined;
		for (const child of Object.values(value)) {
			const problem = walk(child, depth + 1);
			if (problem !== undefined) return problem;
		}
		return undefined;
	};
	return walk(root, 0);
}

function describeParseError(error: unknown, file: string, language: string): Diagnostic {
	// The raw text handed to the engine starts right after the opening fence, so its line 1 is file line 1.
	if (error instanceof YAMLException) {
		// js-yaml's mark is 0-based.
		return createDiagnostic("error", "front-matter/invalid-yaml", `front matter is not valid YAML: ${error.reason}`, {
			file,
			line: error.mark.line + 1,
			column: error.mark.column + 1,
		});
	}
	if (error instanceof TomlError) {
		const message = error.message.split("\n")[0] ?? error.message;
		return createDiagnostic("error", "front-matter/invalid-toml", `front matter is not valid TOML: ${message}`, {
			file,
			line: error.line,
			column: error.column,
		});
	}
	if (error instanceof RangeError) {
		return createDiagnostic("error", "front-matter/too-deep", "front matter is nested too deeply to read", {
			file,
			line: 1,
		});
	}
	const message = error instanceof Error ? error.message : String(error);
	return createDiagnostic("error", `front-matter/invalid-${language}`, `front matter cannot be read: ${message}`, {
		file,
		line: 1,
	});
}

function countLines(text: string): number {
	let count = 0;
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
	return count;
}
